import { type FormEvent, useState } from 'react';
import type { MessageParams } from '#kernel/i18n.ts';
import { apiFetch } from '../api/client.ts';
import { ErrorAlert, StatusMessage } from '../app/messages.tsx';
import { PageTitle } from '../app/PageTitle.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { htmlLang } from '../i18n/lang.ts';
import { type AccessMessageKey, accessText, actionLabel, roleName } from './messages.ts';

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
  ['person', 'log.person', 'text'],
  ['actor', 'log.actor', 'text'],
  ['action', 'log.action', 'text'],
  ['from', 'log.from', 'date'],
  ['until', 'log.until', 'date'],
] as const satisfies readonly (readonly [string, AccessMessageKey, string])[];

type Filters = Record<(typeof FILTERS)[number][0], string>;
const PAGE_SIZES = ['25', '50', '100', '200'] as const;

interface Found {
  entries: LogLine[];
  total: number;
  offset: number;
  limit: number;
}

/**
 * The auditor's search of the access log: by a person's name or national number and by staff member,
 * sent in a POST body (a national number never goes into an address); paged and sorted by the server.
 */
export function AccessLogPage() {
  const { lang } = useI18n();
  const a = (k: AccessMessageKey, p?: MessageParams) => accessText(lang, k, p);
  const [filters, setFilters] = useState<Filters>({ person: '', actor: '', action: '', from: '', until: '' });
  const [limit, setLimit] = useState<string>('200');
  const [order, setOrder] = useState<'newest' | 'oldest'>('newest');
  const [found, setFound] = useState<Found | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const search = async (offset: number) => {
    const body: Record<string, string | number> = { limit: Number(limit), offset, order };
    for (const [name] of FILTERS) {
      const value = filters[name].trim();
      if (value !== '') body[name] = value;
    }
    setBusy(true);
    setError(null);
    try {
      setFound(
        await apiFetch<Found>(`/api/v1/access-log/search?lang=${lang}`, { method: 'POST', json: body }),
      );
    } catch (caught) {
      setFound(null);
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void search(0);
  };
  const lines = found?.entries ?? null;

  return (
    <>
      <PageTitle>{a('log.title')}</PageTitle>
      <p>{a('log.intro')}</p>
      <form className="import-form" onSubmit={onSubmit} noValidate>
        {FILTERS.map(([name, label, type]) => (
          <div className="field" key={name}>
            <label htmlFor={`log-${name}`}>{a(label)}</label>
            {name === 'person' && (
              <p id="log-person-hint" className="hint">
                {a('log.personHint')}
              </p>
            )}
            <input
              id={`log-${name}`}
              type={type}
              autoComplete="off"
              aria-describedby={name === 'person' ? 'log-person-hint' : undefined}
              value={filters[name]}
              onChange={(e) => setFilters({ ...filters, [name]: e.target.value })}
            />
          </div>
        ))}
        <div className="field">
          <label htmlFor="log-order">{a('log.order')}</label>
          <select
            id="log-order"
            value={order}
            onChange={(e) => setOrder(e.target.value === 'oldest' ? 'oldest' : 'newest')}
          >
            <option value="newest">{a('log.newest')}</option>
            <option value="oldest">{a('log.oldest')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="log-limit">{a('log.limit')}</label>
          <select id="log-limit" value={limit} onChange={(e) => setLimit(e.target.value)}>
            {PAGE_SIZES.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" disabled={busy}>
          {a('log.search')}
        </button>
      </form>
      <StatusMessage
        text={
          found === null
            ? ''
            : found.total === 0
              ? a('log.none')
              : a('log.page', {
                  first: String(found.offset + 1),
                  last: String(found.offset + found.entries.length),
                  total: String(found.total),
                })
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
                <th scope="row" title={l.requestId ? a('log.request', { id: l.requestId }) : undefined}>
                  {new Date(l.at).toLocaleString(htmlLang[lang])}
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
      {found !== null && found.total > found.limit && (
        <nav aria-label={a('log.paging')} className="inline-controls">
          <button
            type="button"
            disabled={busy || found.offset === 0}
            onClick={() => void search(Math.max(0, found.offset - found.limit))}
          >
            {a('log.previous')}
          </button>
          <button
            type="button"
            disabled={busy || found.offset + found.entries.length >= found.total}
            onClick={() => void search(found.offset + found.limit)}
          >
            {a('log.next')}
          </button>
        </nav>
      )}
    </>
  );
}
