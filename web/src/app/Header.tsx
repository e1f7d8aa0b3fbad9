import { accessText } from '../access/messages.ts';
import { useSession } from '../access/session.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { hrefFor } from './router.ts';
import { type NavEntry, navFor } from './routes.tsx';

export function Header({ section }: { section: NavEntry['id'] | null }) {
  const i18n = useI18n();
  const { t, lang, setLang } = i18n;
  const { user, signOut } = useSession();
  const other = lang === 'nl' ? 'en' : 'nl';
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <a className="app-name" href={hrefFor('/')}>
          {t('app.name')}
        </a>
        {user && (
          <nav aria-label={t('app.navLabel')}>
            <ul>
              {navFor(user).map((entry) => (
                <li key={entry.id}>
                  <a
                    href={hrefFor(entry.path(user))}
                    aria-current={entry.id === section ? 'page' : undefined}
                  >
                    {entry.label(i18n)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        )}
        {user && (
          <div className="session">
            <span>{accessText(lang, 'session.signedInAs', { name: user.displayName })}</span>{' '}
            <button type="button" onClick={() => void signOut()}>
              {accessText(lang, 'session.logout')}
            </button>
          </div>
        )}
        <button
          type="button"
          className="lang-switch"
          lang={other === 'en' ? 'en' : 'nl-BE'}
          aria-label={t('app.switchLanguageLabel')}
          onClick={() => setLang(other)}
        >
          {t('app.switchLanguage')}
        </button>
      </div>
    </header>
  );
}
