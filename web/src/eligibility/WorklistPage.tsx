import './worklist.css';
import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { hasRole, useSession } from '../access/session.tsx';
import { ErrorAlert, StatusMessage } from '../app/messages.tsx';
import { PageTitle } from '../app/PageTitle.tsx';
import { hrefFor } from '../app/router.ts';
import { formatDate, formatEuro } from '../i18n/format.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { sweepNow } from './api.ts';
import { type EligibilityMessageKey, eligibilityText, srOnly } from './messages.ts';
import { WorklistDecisionPanel } from './WorklistDecisionPanel.tsx';
import {
  loadDepartments,
  loadWorklistPage,
  PAGE_SIZE,
  type WorklistPage as Page,
  type WorklistQuery,
  type WorklistRow,
} from './worklist-api.ts';
import { type WorklistMessageKey, worklistText } from './worklist-messages.ts';

const REASONS = ['new_eligible', 'no_longer_eligible', 'profile_changed', 'early_signal'] as const;
const PROFILES = ['Vermogend', 'GeringeAfbetaalmogelijkheid', 'Onvermogend'] as const;
const FIRST_QUERY: WorklistQuery = {
  status: 'open',
  reason: '',
  profile: '',
  department: '',
  q: '',
  sort: 'date',
  order: 'desc',
  offset: 0,
};

/** The worklist, one page at a time: filtered and sorted by the server; each item handled in a panel. */
export function WorklistPage() {
  const { lang } = useI18n();
  const { user } = useSession();
  const t = (key: EligibilityMessageKey, params?: Record<string, string | number>) =>
    eligibilityText(lang, key, params);
  const w = (key: WorklistMessageKey, params?: Record<string, string | number>) =>
    worklistText(lang, key, params);
  const [query, setQuery] = useState<WorklistQuery>(FIRST_QUERY);
  const [draft, setDraft] = useState<WorklistQuery>(FIRST_QUERY);
  const [page, setPage] = useState<Page | null>(null);
  const [departments, setDepartments] = useState<{ code: string; name: string }[]>([]);
  const [selected, setSelected] = useState<WorklistRow | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState('');
  const [date, setDate] = useState('');
  const [busy, setBusy] = useState(false);

  const load = useCallback(
    (signal?: AbortSignal) =>
      loadWorklistPage(lang, query, signal)
        .then(setPage)
        .catch((caught: unknown) => {
          if (!signal?.aborted) setError(caught);
        }),
    [lang, query],
  );
  useEffect(() => {
    const controller = new AbortController();
    void load(controller.signal);
    return () => controller.abort();
  }, [load]);
  useEffect(() => {
    const controller = new AbortController();
    loadDepartments(lang, controller.signal)
      .then((r) => setDepartments(r.departments))
      .catch(() => setDepartments([]));
    return () => controller.abort();
  }, [lang]);

  const onSweep = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setStatus(t('sweep.busy'));
    try {
      const s = await sweepNow(lang, date);
      setStatus(
        s.alreadyDone
          ? t('sweep.already')
          : t('sweep.done', {
              date: s.date,
              version: String(s.rulesetVersion),
              people: s.people,
              eligible: s.eligible,
              changed: s.changed,
              worklist: s.worklist + s.signals,
            }),
      );
      await load();
    } catch (caught) {
      setStatus('');
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const onFilter = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSelected(null);
    setQuery({ ...draft, sort: query.sort, order: query.order, offset: 0 });
  };
  const sortBy = (sort: WorklistQuery['sort']) =>
    setQuery({
      ...query,
      sort,
      order:
        query.sort === sort ? (query.order === 'asc' ? 'desc' : 'asc') : sort === 'name' ? 'asc' : 'desc',
      offset: 0,
    });
  const ariaSort = (sort: WorklistQuery['sort']) =>
    query.sort === sort ? (query.order === 'asc' ? 'ascending' : 'descending') : undefined;
  const sortHeader = (sort: WorklistQuery['sort'], label: string, numeric = false) => (
    <th scope="col" className={numeric ? 'num' : undefined} aria-sort={ariaSort(sort)}>
      <button type="button" className="link-button" onClick={() => sortBy(sort)}>
        {label}
        <span aria-hidden="true">{query.sort === sort ? (query.order === 'asc' ? ' ▲' : ' ▼') : ''}</span>
      </button>
    </th>
  );
  const reasonText = (item: WorklistRow) => {
    const reason = t(`reason.${item.reason}` as EligibilityMessageKey);
    // Eligible with a Vermogend profile: the ruleset admits anyone owing several departments (one plan for all).
    return item.eligibleAfter && item.profileAfter === 'Vermogend' && (item.departments ?? 0) >= 2
      ? w('reason.detail.departments', { reason, count: item.departments ?? 0 })
      : reason;
  };
  const profileText = (profile: string | null) =>
    profile ? t(`profile.${profile}` as EligibilityMessageKey) : '—';

  const total = page?.total ?? 0;
  const from = page && page.items.length > 0 ? page.offset + 1 : 0;
  const to = page ? page.offset + page.items.length : 0;

  return (
    <>
      <PageTitle>{t('worklist.title')}</PageTitle>
      <p>
        {t('worklist.intro')} {t('consent.hint')}
      </p>
      {hasRole(user, ['admin', 'finance']) && (
        <p>
          <a href={hrefFor('/eligibility/reductions')}>{t('reductions.link')}</a>
        </p>
      )}
      <form onSubmit={onSweep} className="panel">
        <fieldset>
          <legend>{t('sweep.legend')}</legend>
          <div className="field">
            <label htmlFor="sweep-date">{t('sweep.date')}</label>
            <input id="sweep-date" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
          </div>
          <button type="submit" disabled={busy}>
            {t('sweep.submit')}
          </button>
        </fieldset>
      </form>
      <form onSubmit={onFilter} className="panel filter-bar">
        <fieldset>
          <legend>{w('filter.legend')}</legend>
          <div className="field">
            <label htmlFor="filter-status">{w('filter.status')}</label>
            <select
              id="filter-status"
              value={draft.status}
              onChange={(e) => setDraft({ ...draft, status: e.target.value as WorklistQuery['status'] })}
            >
              {(['open', 'accepted', 'dismissed'] as const).map((s) => (
                <option key={s} value={s}>
                  {w(`filter.status.${s}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="filter-reason">{w('filter.reason')}</label>
            <select
              id="filter-reason"
              value={draft.reason}
              onChange={(e) => setDraft({ ...draft, reason: e.target.value })}
            >
              <option value="">{w('filter.any')}</option>
              {REASONS.map((r) => (
                <option key={r} value={r}>
                  {t(`reason.${r}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="filter-profile">{w('filter.profile')}</label>
            <select
              id="filter-profile"
              value={draft.profile}
              onChange={(e) => setDraft({ ...draft, profile: e.target.value })}
            >
              <option value="">{w('filter.any')}</option>
              {PROFILES.map((p) => (
                <option key={p} value={p}>
                  {t(`profile.${p}`)}
                </option>
              ))}
            </select>
          </div>
          {departments.length > 0 && (
            <div className="field">
              <label htmlFor="filter-department">{w('filter.department')}</label>
              <select
                id="filter-department"
                value={draft.department}
                onChange={(e) => setDraft({ ...draft, department: e.target.value })}
              >
                <option value="">{w('filter.any')}</option>
                {departments.map((d) => (
                  <option key={d.code} value={d.code}>
                    {d.name}
                  </option>
                ))}
              </select>
            </div>
          )}
          <div className="field">
            <label htmlFor="filter-q">{w('filter.q')}</label>
            <input
              id="filter-q"
              value={draft.q}
              onChange={(e) => setDraft({ ...draft, q: e.target.value })}
            />
          </div>
          <button type="submit">{w('filter.submit')}</button>{' '}
          <button
            type="button"
            onClick={() => {
              setDraft(FIRST_QUERY);
              setSelected(null);
              setQuery(FIRST_QUERY);
            }}
          >
            {w('filter.reset')}
          </button>
        </fieldset>
      </form>
      <StatusMessage
        text={
          status ||
          (page === null ? '' : total === 0 ? t('worklist.empty') : t('worklist.count', { count: total }))
        }
      />
      <ErrorAlert error={error} />
      {selected && (
        <WorklistDecisionPanel
          key={selected.id}
          item={selected}
          onDone={(text) => {
            setStatus(text);
            setSelected(null);
            void load();
          }}
          onError={setError}
          onClose={() => setSelected(null)}
        />
      )}
      {page && page.items.length > 0 && (
        <div
          className="table-wrap"
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a table that scrolls sideways must be reachable by keyboard
          tabIndex={0}
        >
          <table aria-label={t('worklist.table')}>
            <thead>
              <tr>
                {sortHeader('name', t('worklist.name'))}
                <th scope="col">{t('worklist.reason')}</th>
                <th scope="col">{t('worklist.profile')}</th>
                {sortHeader('score', w('column.score'), true)}
                {sortHeader('open', w('column.open'), true)}
                {sortHeader('date', w('column.date'))}
                <th scope="col">{w('column.action')}</th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((item) => (
                <tr key={item.id}>
                  <th scope="row">
                    <a href={`#/eligibility/people/${item.debtorId}`}>{item.name}</a>
                  </th>
                  <td>{reasonText(item)}</td>
                  <td>
                    {item.profileBefore && item.profileBefore !== item.profileAfter
                      ? `${profileText(item.profileBefore)} → ${profileText(item.profileAfter)}`
                      : profileText(item.profileAfter)}
                  </td>
                  <td className="num">{item.score ?? '—'}</td>
                  <td className="num">{formatEuro(item.openCents, lang)}</td>
                  <td>{formatDate(item.createdAt.slice(0, 10))}</td>
                  <td>
                    <button type="button" onClick={() => setSelected(item)}>
                      {w('row.open')}
                      <span style={srOnly}> {item.name}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav aria-label={w('pager.label')} className="pager">
        <p>{total === 0 ? w('pager.none') : w('pager.range', { from, to, total })}</p>
        <button
          type="button"
          disabled={query.offset === 0}
          onClick={() => setQuery({ ...query, offset: Math.max(0, query.offset - PAGE_SIZE) })}
        >
          {w('pager.previous')}
        </button>{' '}
        <button
          type="button"
          disabled={to >= total}
          onClick={() => setQuery({ ...query, offset: query.offset + PAGE_SIZE })}
        >
          {w('pager.next')}
        </button>
      </nav>
    </>
  );
}
