import { type FormEvent, useCallback, useEffect, useState } from 'react';
import type { MessageParams } from '#kernel/i18n.ts';
import { ErrorAlert, StatusMessage } from '../app/messages.tsx';
import { PageTitle } from '../app/PageTitle.tsx';
import { hrefFor } from '../app/router.ts';
import { formatDate, formatEuro } from '../i18n/format.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import {
  mergeTwins,
  notTwins,
  reviewTwins,
  type TwinPair,
  type TwinSide,
  type TwinStatus,
  undoTwinMerge,
} from './twins-api.ts';
import { type TwinsKey, twinsText } from './twins-messages.ts';

const STATUSES: readonly TwinStatus[] = ['open', 'confirmed', 'rejected'];

/** Mogelijke dubbels (finance): look-alike pairs side by side, merge / not a duplicate / undo. */
export function TwinsPage() {
  const { lang } = useI18n();
  const t = (k: TwinsKey, p?: MessageParams) => twinsText(lang, k, p);
  const [status, setStatus] = useState<TwinStatus>('open');
  const [page, setPage] = useState(1);
  const [data, setData] = useState<{ total: number; rows: TwinPair[]; pageSize: number } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [message, setMessage] = useState('');
  const [link, setLink] = useState<string | null>(null);

  const load = useCallback(() => {
    reviewTwins(status, page).then(setData).catch(setError);
  }, [status, page]);
  useEffect(load, [load]);

  async function act(work: () => Promise<string>) {
    setError(null);
    setLink(null);
    try {
      setMessage(await work());
      load();
    } catch (caught) {
      setError(caught);
    }
  }

  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;
  return (
    <>
      <PageTitle>{t('title')}</PageTitle>
      <p>{t('intro')}</p>
      <StatusMessage text={message} />
      {link && (
        <p>
          <a href={hrefFor(`/debtors/${link}`)}>{t('toOverview')}</a>
        </p>
      )}
      <ErrorAlert error={error} />
      <fieldset className="inline-controls">
        <legend>{t('show')}</legend>
        {STATUSES.map((s) => (
          <label key={s}>
            <input
              type="radio"
              name="twin-status"
              checked={status === s}
              onChange={() => {
                setStatus(s);
                setPage(1);
              }}
            />{' '}
            {t(`status.${s}`)}
          </label>
        ))}
      </fieldset>
      {data && <p>{data.total === 0 ? t('none') : t('count', { total: data.total })}</p>}
      {data?.rows.map((pair, i) => (
        <PairPanel
          key={pair.id}
          n={(page - 1) * data.pageSize + i + 1}
          pair={pair}
          onMerge={() =>
            act(async () => {
              const r = await mergeTwins(pair.id);
              setLink(r.survivorId);
              return t('merged', { name: pair.candidate.name });
            })
          }
          onReject={(reason) =>
            act(async () => {
              await notTwins(pair.id, reason);
              return t('rejected');
            })
          }
          onUndo={(mergeId) =>
            act(async () => {
              await undoTwinMerge(mergeId);
              return t('undone');
            })
          }
        />
      ))}
      {data && pages > 1 && (
        <nav className="inline-controls" aria-label={t('page', { page, pages })}>
          <button type="button" disabled={page <= 1} onClick={() => setPage(page - 1)}>
            {t('previous')}
          </button>
          <span>{t('page', { page, pages })}</span>
          <button type="button" disabled={page >= pages} onClick={() => setPage(page + 1)}>
            {t('next')}
          </button>
        </nav>
      )}
    </>
  );
}

function PairPanel({
  n,
  pair,
  onMerge,
  onReject,
  onUndo,
}: {
  n: number;
  pair: TwinPair;
  onMerge: () => void;
  onReject: (reason: string) => void;
  onUndo: (mergeId: string) => void;
}) {
  const { lang } = useI18n();
  const t = (k: TwinsKey, p?: MessageParams) => twinsText(lang, k, p);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const titleId = `pair-${pair.id}`;
  const reject = (e: FormEvent) => {
    e.preventDefault();
    if (reason.trim() === '') return setMissing(true);
    onReject(reason.trim());
  };
  return (
    <section className="panel" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('pair', { n, open: formatEuro(pair.open, lang) })}</h2>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('record')}</th>
              <th scope="col">A</th>
              <th scope="col">B</th>
            </tr>
          </thead>
          <tbody>
            {row(t('name'), (s) => s.name)}
            {row(t('birthDate'), (s) => formatDate(s.birthDate))}
            {row(t('address'), (s) => s.address ?? '')}
            {row(t('identifiers'), (s) =>
              s.identifiers.length === 0 ? t('noIdentifier') : s.identifiers.map((i) => i.value).join(', '),
            )}
            {row(t('customerNumbers'), (s) =>
              s.customerNumbers.map((c) => `${c.department} ${c.customerNumber}`).join(', '),
            )}
            {row(t('claims'), (s) =>
              s.departments
                .map((d) =>
                  t('departmentLine', {
                    department: d.department,
                    claims: String(d.claims),
                    open: formatEuro(d.open, lang),
                  }),
                )
                .join('; '),
            )}
            {row(t('open'), (s) => formatEuro(s.open, lang))}
          </tbody>
        </table>
      </div>
      {pair.decisionReason && <p>{t('decidedReason', { reason: pair.decisionReason ?? '' })}</p>}
      {pair.status === 'open' && (
        <form className="inline-controls" onSubmit={reject} noValidate>
          <button type="button" onClick={onMerge}>
            {t('merge')}
          </button>
          <label htmlFor={`reason-${pair.id}`}>{t('reason')}</label>
          <input
            id={`reason-${pair.id}`}
            value={reason}
            aria-invalid={missing}
            aria-describedby={missing ? `reason-error-${pair.id}` : undefined}
            onChange={(e) => {
              setReason(e.target.value);
              setMissing(false);
            }}
          />
          <button type="submit">{t('notTwin')}</button>
          {missing && (
            <p id={`reason-error-${pair.id}`} className="field-error">
              {t('reasonMissing')}
            </p>
          )}
        </form>
      )}
      {pair.status === 'confirmed' && pair.mergeId && (
        <button type="button" onClick={() => onUndo(pair.mergeId ?? '')}>
          {t('undo')}
        </button>
      )}
    </section>
  );

  function row(label: string, value: (s: TwinSide) => string) {
    return (
      <tr>
        <th scope="row">{label}</th>
        <td>{value(pair.debtor)}</td>
        <td>{value(pair.candidate)}</td>
      </tr>
    );
  }
}
