import { type FormEvent, useState } from 'react';
import { isIsoDate } from '#kernel/dates.ts';
import type { Lang } from '#kernel/i18n.ts';
import { ErrorAlert, StatusMessage } from '../app/messages.tsx';
import { PageTitle } from '../app/PageTitle.tsx';
import { formatDate, formatEuro } from '../i18n/format.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import {
  type Reconciliation,
  type ReconciliationPeriod,
  reconciliation,
  reconciliationQuery,
} from './api.ts';
import { paymentsLabel, paymentsText } from './messages.ts';

/** `department` rows name their department; the label's `{department}` argument takes it. */
function kindLabel(lang: Lang, row: Reconciliation['rows'][number]): string {
  return paymentsLabel(lang, 'kind', row.kind, { department: row.department ?? '' });
}

export function ReconciliationPage() {
  const { lang } = useI18n();
  const t = (key: Parameters<typeof paymentsText>[1], params?: Record<string, string | number>) =>
    paymentsText(lang, key, params);
  const [period, setPeriod] = useState<ReconciliationPeriod>({ from: '', to: '', department: '' });
  const [shown, setShown] = useState<{ period: ReconciliationPeriod; result: Reconciliation } | null>(null);
  const [periodInvalid, setPeriodInvalid] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const invalid = !isIsoDate(period.from) || !isIsoDate(period.to) || period.from > period.to;
    setPeriodInvalid(invalid);
    if (invalid) return;
    setBusy(true);
    setError(null);
    try {
      setShown({ period, result: await reconciliation(period, lang) });
    } catch (caught) {
      setShown(null);
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  const field = (name: keyof ReconciliationPeriod, label: string, type: 'date' | 'text') => (
    <div className="field">
      <label htmlFor={`rec-${name}`}>{label}</label>
      <input
        id={`rec-${name}`}
        type={type}
        value={period[name]}
        onChange={(e) => setPeriod({ ...period, [name]: e.target.value })}
        aria-invalid={(name !== 'department' && periodInvalid) || undefined}
        aria-describedby={name !== 'department' && periodInvalid ? 'rec-period-error' : undefined}
      />
    </div>
  );

  const result = shown?.result;
  return (
    <>
      <PageTitle>{t('rec.title')}</PageTitle>
      <p>{t('rec.intro')}</p>
      <form className="import-form" onSubmit={onSubmit} noValidate>
        {periodInvalid && (
          <p id="rec-period-error" className="field-error">
            {t('rec.periodRequired')}
          </p>
        )}
        {field('from', t('rec.from'), 'date')}
        {field('to', t('rec.to'), 'date')}
        {field('department', t('rec.department'), 'text')}
        <button type="submit" disabled={busy}>
          {t('rec.submit')}
        </button>
      </form>
      <StatusMessage
        text={result ? t('rec.rows', { from: formatDate(result.from), to: formatDate(result.to) }) : ''}
      />
      <ErrorAlert error={error} />
      {shown && result && (
        <>
          <table>
            <caption>{t('rec.rows', { from: formatDate(result.from), to: formatDate(result.to) })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('rec.kind')}</th>
                <th scope="col">{t('queue.amount')}</th>
              </tr>
            </thead>
            <tbody>
              {result.rows.map((r) => (
                <tr key={`${r.kind}-${r.department ?? ''}`}>
                  <th scope="row">{kindLabel(lang, r)}</th>
                  <td>{formatEuro(r.amount, lang)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('rec.bankTotal')}</th>
                <td>{formatEuro(result.bankTotal, lang)}</td>
              </tr>
            </tfoot>
          </table>
          <p>
            {t('rec.allocations', { count: result.allocations.length })}{' '}
            <a
              href={`/api/v1/payments/reconciliation.csv?${reconciliationQuery(shown.period, lang)}`}
              download
            >
              {t('rec.csv')}
            </a>
          </p>
        </>
      )}
    </>
  );
}
