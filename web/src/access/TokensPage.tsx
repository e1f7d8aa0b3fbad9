import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { apiFetch } from '../api/client.ts';
import { ErrorAlert } from '../app/messages.tsx';
import { PageTitle } from '../app/PageTitle.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { htmlLang } from '../i18n/lang.ts';
import { accessText } from './messages.ts';

interface TokenRow {
  id: string;
  name: string;
  actions: string[];
  revokedAt: string | null;
  lastUsedAt: string | null;
}

export function TokensPage() {
  const { lang } = useI18n();
  const a = (k: Parameters<typeof accessText>[1]) => accessText(lang, k);
  const [rows, setRows] = useState<TokenRow[]>([]);
  const [actions, setActions] = useState<string[]>([]);
  const [chosen, setChosen] = useState<string[]>([]);
  const [name, setName] = useState('');
  const [departments, setDepartments] = useState('');
  const [secret, setSecret] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  const load = useCallback(() => {
    apiFetch<{ tokens: TokenRow[]; actions: string[] }>('/api/v1/tokens')
      .then((r) => {
        setRows(r.tokens);
        setActions(r.actions);
      })
      .catch(setError);
  }, []);
  useEffect(load, [load]);

  const onCreate = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    try {
      const r = await apiFetch<{ token: string }>('/api/v1/tokens', {
        json: {
          name,
          actions: chosen,
          departments: departments
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean),
        },
      });
      setSecret(r.token);
      load();
    } catch (caught) {
      setError(caught);
    }
  };

  const onRevoke = async (id: string) => {
    try {
      await apiFetch(`/api/v1/tokens/${id}/revoke`, { method: 'POST' });
      load();
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <>
      <PageTitle>{a('tokens.title')}</PageTitle>
      <ErrorAlert error={error} />
      {secret && (
        <div role="status" className="token-secret">
          <p>{a('tokens.shownOnce')}</p>
          <code>{secret}</code>
        </div>
      )}
      <table>
        <thead>
          <tr>
            <th scope="col">{a('tokens.name')}</th>
            <th scope="col">{a('tokens.actions')}</th>
            <th scope="col">{a('tokens.lastUsed')}</th>
            <th scope="col">{a('tokens.status')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.name}</th>
              <td>{row.actions.join(', ')}</td>
              <td>
                {row.lastUsedAt ? new Date(row.lastUsedAt).toLocaleString(htmlLang[lang]) : a('tokens.never')}
              </td>
              <td>
                {row.revokedAt ? (
                  a('tokens.revoked')
                ) : (
                  <button type="button" onClick={() => onRevoke(row.id)}>
                    {a('tokens.revoke')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form onSubmit={onCreate}>
        <div className="field">
          <label htmlFor="token-name">{a('tokens.name')}</label>
          <input id="token-name" value={name} onChange={(e) => setName(e.target.value)} />
        </div>
        <fieldset>
          <legend>{a('tokens.actions')}</legend>
          {actions.map((action) => (
            <label key={action}>
              <input
                type="checkbox"
                checked={chosen.includes(action)}
                onChange={(e) =>
                  setChosen(e.target.checked ? [...chosen, action] : chosen.filter((c) => c !== action))
                }
              />{' '}
              {action}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="token-departments">{a('tokens.departments')}</label>
          <input
            id="token-departments"
            value={departments}
            onChange={(e) => setDepartments(e.target.value)}
          />
        </div>
        <button type="submit">{a('tokens.create')}</button>
      </form>
    </>
  );
}
