import { useCallback, useEffect, useState } from 'react';
import { hasRole, useSession } from '../access/session.tsx';
import { apiFetch } from '../api/client.ts';
import { ErrorAlert, StatusMessage } from '../app/messages.tsx';
import { PageTitle } from '../app/PageTitle.tsx';
import { hrefFor } from '../app/router.ts';
import { formatDate, formatEuro } from '../i18n/format.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { type EligibilityMessageKey, eligibilityText } from './messages.ts';
import { rightLabel } from './right-labels.ts';

type Status = 'proposed' | 'accepted' | 'rejected';

interface Reduction {
  id: string;
  departmentClaimId: string;
  department: string;
  category: string;
  debtorId: string;
  right: string;
  periodFrom: string;
  periodTo: string | null;
  amount: number;
  proposedAmount: number;
  status: Status;
  note: string | null;
}

interface Proposal {
  date: string;
  rulesetVersion: number;
  proposed: number;
  proposedCents: number;
}

/** Reductions proposed from granted rights: finance proposes, accepts or rejects; a clerk reads. */
export function ReductionsPage() {
  const { lang } = useI18n();
  const { user } = useSession();
  const t = (key: EligibilityMessageKey, params?: Record<string, string | number>) =>
    eligibilityText(lang, key, params);
  const decides = hasRole(user, ['admin', 'finance']);
  const [filter, setFilter] = useState<Status | 'all'>('proposed');
  const [items, setItems] = useState<Reduction[] | null>(null);
  const [note, setNote] = useState('');
  const [status, setStatus] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(
    (signal?: AbortSignal) => {
      const query = filter === 'all' ? '' : `?status=${filter}`;
      return apiFetch<{ items: Reduction[] }>(`/api/v1/eligibility/reductions${query}`, { signal })
        .then((r) => {
          if (!signal?.aborted) setItems(r.items);
        })
        .catch((caught: unknown) => {
          if (!signal?.aborted) setError(caught);
        });
    },
    [filter],
  );
  // a slower answer for an earlier filter must not overwrite the list of the current one
  useEffect(() => {
    const controller = new AbortController();
    void load(controller.signal);
    return () => controller.abort();
  }, [load]);

  const run = async (work: () => Promise<string>) => {
    setBusy(true);
    setError(null);
    setStatus('');
    try {
      setStatus(await work());
      await load();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const propose = () =>
    run(async () => {
      const p = await apiFetch<Proposal>('/api/v1/eligibility/reductions/propose', { json: {} });
      return t('reductions.proposed', {
        proposed: p.proposed,
        amount: formatEuro(p.proposedCents, lang),
        version: String(p.rulesetVersion),
        date: formatDate(p.date),
      });
    });

  const decide = (r: Reduction, decision: 'accept' | 'reject') =>
    run(async () => {
      const body = note.trim() === '' ? {} : { note: note.trim() };
      const done = await apiFetch<Reduction>(`/api/v1/eligibility/reductions/${r.id}/${decision}`, {
        json: body,
      });
      setNote('');
      return decision === 'accept'
        ? t('reductions.accepted', { claim: r.departmentClaimId, amount: formatEuro(done.amount, lang) })
        : t('reductions.rejected', { claim: r.departmentClaimId });
    });

  return (
    <>
      <PageTitle>{t('reductions.title')}</PageTitle>
      <p>{t('reductions.intro')}</p>
      <ErrorAlert error={error} />
      <StatusMessage text={status} />
      <div className="panel">
        <div className="field">
          <label htmlFor="reductions-status">{t('reductions.status')}</label>
          <select
            id="reductions-status"
            value={filter}
            onChange={(e) => setFilter(e.target.value as Status | 'all')}
          >
            {(['proposed', 'accepted', 'rejected', 'all'] as const).map((s) => (
              <option key={s} value={s}>
                {t(`reductions.status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        {decides && (
          <button type="button" onClick={propose} disabled={busy}>
            {t('reductions.propose')}
          </button>
        )}
      </div>
      {decides && (
        <div className="field">
          <label htmlFor="reductions-note">{t('reductions.note')}</label>
          <input
            id="reductions-note"
            value={note}
            maxLength={500}
            onChange={(e) => setNote(e.target.value)}
          />
        </div>
      )}
      {items !== null && items.length === 0 && <p>{t('reductions.none')}</p>}
      {items !== null && items.length > 0 && (
        <table>
          <caption>{t('reductions.table')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reductions.claim')}</th>
              <th scope="col">{t('reductions.department')}</th>
              <th scope="col">{t('reductions.right')}</th>
              <th scope="col">{t('reductions.period')}</th>
              <th scope="col" className="num">
                {t('reductions.amount')}
              </th>
              <th scope="col">{t('reductions.state')}</th>
              <th scope="col">{t('reductions.person')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((r) => (
              <tr key={r.id}>
                <th scope="row">
                  {r.departmentClaimId} <span className="muted">({r.category})</span>
                </th>
                <td>{r.department}</td>
                <td>{rightLabel(r.right, lang)}</td>
                <td>
                  {formatDate(r.periodFrom)} – {r.periodTo ? formatDate(r.periodTo) : '…'}
                </td>
                <td className="num">
                  {formatEuro(r.status === 'proposed' ? r.proposedAmount : r.amount, lang)}
                </td>
                <td>
                  {t(`reductions.status.${r.status}`)}
                  {r.note ? ` — ${r.note}` : ''}
                  {decides && r.status === 'proposed' && (
                    <>
                      {' '}
                      <button type="button" disabled={busy} onClick={() => decide(r, 'accept')}>
                        {t('reductions.accept')}
                        <span className="visually-hidden"> {r.departmentClaimId}</span>
                      </button>{' '}
                      <button type="button" disabled={busy} onClick={() => decide(r, 'reject')}>
                        {t('reductions.reject')}
                        <span className="visually-hidden"> {r.departmentClaimId}</span>
                      </button>
                    </>
                  )}
                </td>
                <td>
                  <a href={hrefFor(`/debtors/${r.debtorId}`)}>
                    {t('reductions.open')}
                    <span className="visually-hidden"> {r.departmentClaimId}</span>
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
