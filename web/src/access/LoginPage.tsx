import { type FormEvent, useState } from 'react';
import { ErrorAlert } from '../app/messages.tsx';
import { PageTitle } from '../app/PageTitle.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { accessText } from './messages.ts';
import { useSession } from './session.tsx';

export function LoginPage() {
  const { lang } = useI18n();
  const { signIn } = useSession();
  const a = (k: Parameters<typeof accessText>[1]) => accessText(lang, k);
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [missing, setMissing] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (login.trim() === '' || password === '') {
      setMissing(true);
      return;
    }
    setMissing(false);
    setBusy(true);
    setError(null);
    try {
      await signIn(login.trim(), password, lang);
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  };

  return (
    <>
      <PageTitle>{a('login.title')}</PageTitle>
      <ErrorAlert error={error} />
      {missing && (
        <div className="error-alert" role="alert">
          {a('login.required')}
        </div>
      )}
      <form className="login-form" onSubmit={onSubmit} noValidate>
        <div className="field">
          <label htmlFor="login-name">{a('login.login')}</label>
          <input
            id="login-name"
            name="username"
            autoComplete="username"
            value={login}
            onChange={(e) => setLogin(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="login-password">{a('login.password')}</label>
          <input
            id="login-password"
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </div>
        <button type="submit" disabled={busy}>
          {busy ? a('login.busy') : a('login.submit')}
        </button>
      </form>
      <p>
        <a href="/api/v1/auth/oidc/start">{a('login.sso')}</a>
      </p>
    </>
  );
}
