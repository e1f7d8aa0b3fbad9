import { useEffect, useState } from 'react';
import { apiFetch } from '../api/client.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { htmlLang } from '../i18n/lang.ts';
import { accessText, actionLabel, roleName } from './messages.ts';
import { hasRole, useSession } from './session.tsx';

interface Entry {
  at: string;
  organisation: string;
  role: string;
  action: string;
  purpose: string;
  actor?: string;
  actorName?: string;
}

/** "Who looked at this person": staff see who; the citizen sees organisations and roles only. */
export function WhoLookedPanel({ debtorId }: { debtorId: string }) {
  const { lang } = useI18n();
  const { user } = useSession();
  const [entries, setEntries] = useState<Entry[] | null>(null);
  const allowed = hasRole(user, ['auditor', 'finance', 'citizen']);

  useEffect(() => {
    if (!allowed) return;
    const controller = new AbortController();
    apiFetch<{ entries: Entry[] }>(`/api/v1/debtors/${encodeURIComponent(debtorId)}/access-log`, {
      signal: controller.signal,
    })
      .then((r) => setEntries(r.entries))
      .catch(() => setEntries(null));
    return () => controller.abort();
  }, [debtorId, allowed]);

  if (!allowed || !entries) return null;
  const a = (k: Parameters<typeof accessText>[1]) => accessText(lang, k);
  const withActor = entries.some((e) => e.actor !== undefined);
  return (
    <section aria-labelledby="who-looked-title" className="who-looked">
      <h2 id="who-looked-title">{a('whoLooked.title')}</h2>
      {entries.length === 0 ? (
        <p>{a('whoLooked.none')}</p>
      ) : (
        <div
          className="table-wrap"
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a table that scrolls sideways must be reachable by keyboard
          tabIndex={0}
        >
          <table>
            <thead>
              <tr>
                <th scope="col">{a('whoLooked.when')}</th>
                <th scope="col">{a('whoLooked.organisation')}</th>
                <th scope="col">{a('whoLooked.role')}</th>
                {withActor && <th scope="col">{a('whoLooked.actor')}</th>}
                <th scope="col">{a('whoLooked.what')}</th>
                <th scope="col">{a('whoLooked.purpose')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e, i) => (
                // entries have no id of their own and never change order while shown
                // biome-ignore lint/suspicious/noArrayIndexKey: see above
                <tr key={i}>
                  <td>{new Date(e.at).toLocaleString(htmlLang[lang])}</td>
                  <td>{e.organisation}</td>
                  <td>{roleName(lang, e.role)}</td>
                  {withActor && <td>{e.actorName ?? e.actor}</td>}
                  <td>{actionLabel(lang, e.action)}</td>
                  <td>{e.purpose}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
