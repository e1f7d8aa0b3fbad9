import { type FormEvent, useState } from 'react';
import { apiFetch } from '../api/client.ts';
import { ErrorAlert, StatusMessage } from '../app/messages.tsx';
import { PageTitle } from '../app/PageTitle.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { actionLabel } from './action-labels.ts';
import { type AccessMessageKey, accessText, roleName } from './messages.ts';

interface LogLine {
  id: string;
  actor: string;
  actorName?: string;
  role: string;
  debtorId: string | null;
  debtorName?: string | null;
  action: string;
  purpose: string;
  requestId: string | null;
  at: string;
}

const FILTERS = [
  ['debtorId', 'log.debtorId', 'text'],
  ['actor', 'log.actor', 'text'],
  ['action', 'log.action', 'text'],
  ['from', 'log.from', 'date'],
  ['until', 'log.until', 'date'],
  ['limit', 'log.limit', 'number'],
] as const satisfies readonly (readonly [string, AccessMessageKey, string])[];

type Filters = Record<(typeof FILTERS)[number][0], string>;

/** The auditor's search of the access log; empty filters are left out of the query. */
export function AccessLogPage() {
  const { lang } = useI18n();
  const a = (k: AccessMessageKey, p?: Record<string, string>) => accessText(lang, k, p);
  const [filters, setFilters] = useState<Filters>({
    debtorId: '',
    actor: '',
    action: '',
    from: '',
    until: '',
    limit: '200',
  });
  const [lines, setLines] = useState<LogLine[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const query = new URLSearchParams({ lang });
    for (const [name] of FILTERS) {
      const value = filters[name].trim();
      if (value !== '') query.set(name, value);
    }
    setBusy(true);
    setError(null);
    try {
      setLines((await apiFetch<{ entries: LogLine[] }>(`/api/v1/access-log?${query}`)).entries);
    } catch (caught) {
      setLines(null);
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageTitle>{a('log.title')}</PageTitle>
      <p>{a('log.intro')}</p>
      <form className="import-form" onSubmit={onSubmit} noValidate>
        {FILTERS.map(([name, label, type]) => (
          <div className="field" key={name}>
            <label htmlFor={`log-${name}`}>{a(label)}</label>
            <input
              id={`log-${name}`}
              type={type}
              min={type === 'number' ? 1 : undefined}
              max={type === 'number' ? 1000 : undefined}
              value={filters[name]}
              onChange={(e) => setFilters({ ...filters, [name]: e.target.value })}
            />
          </div>
        ))}
        <button type="submit" disabled={busy}>
          {a('log.search')}
        </button>
      </form>
      <StatusMessage
        text={
          lines === null
            ? ''
            : lines.length === 0
              ? a('log.none')
              : a('log.count', { count: String(lines.length) })
        }
      />
      <ErrorAlert error={error} />
      {lines !== null && lines.length > 0 && (
        <table>
          <caption>{a('log.results')}</caption>
          <thead>
            <tr>
              <th scope="col">{a('log.at')}</th>
              <th scope="col">{a('whoLooked.actor')}</th>
              <th scope="col">{a('log.role')}</th>
              <th scope="col">{a('whoLooked.what')}</th>
              <th scope="col">{a('log.subject')}</th>
              <th scope="col">{a('log.purpose')}</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((l) => (
              <tr key={l.id}>
                <th scope="row" title={l.requestId ? `${a('log.request')}: ${l.requestId}` : undefined}>
                  {new Date(l.at).toLocaleString(lang === 'en' ? 'en-GB' : 'nl-BE')}
                </th>
                <td>{l.actorName ?? l.actor}</td>
                <td>{roleName(lang, l.role)}</td>
                <td data-action={l.action}>{actionLabel(lang, l.action)}</td>
                <td>{l.debtorId ? (l.debtorName ?? a('log.unknownPerson')) : ''}</td>
                <td>{l.purpose}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
