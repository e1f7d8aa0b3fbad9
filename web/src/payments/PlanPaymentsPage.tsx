import { useEffect, useState } from 'react';
import { hasRole, useSession } from '../access/session.tsx';
import { ErrorAlert, StatusMessage } from '../app/messages.tsx';
import { PageTitle } from '../app/PageTitle.tsx';
import { formatDate, formatEuro } from '../i18n/format.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { plansLabel } from '../plans/messages.ts';
import { type ClaimAllocation, claimAllocations, type PlanHistory, planHistory } from './api.ts';
import { paymentsLabel, paymentsText } from './messages.ts';
import { RefundForm } from './RefundForm.tsx';

export function PlanPaymentsPage({ planId }: { planId: string }) {
  const { lang } = useI18n();
  const t = (key: Parameters<typeof paymentsText>[1], params?: Record<string, string | number>) =>
    paymentsText(lang, key, params);
  const [history, setHistory] = useState<PlanHistory | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [version, setVersion] = useState(0);
  const [refundStatus, setRefundStatus] = useState('');
  const { user } = useSession();
  useEffect(() => {
    const controller = new AbortController();
    void version; // a new version reloads after a refund
    planHistory(planId, controller.signal)
      .then(setHistory)
      .catch((caught: unknown) => {
        if (!controller.signal.aborted) setError(caught);
      });
    return () => controller.abort();
  }, [planId, version]);
  if (history === null) return <ErrorAlert error={error} />;
  const euro = (c: number) => formatEuro(c, lang);
  return (
    <>
      <PageTitle>{t('plan.title', { reference: history.plan.reference })}</PageTitle>
      <StatusMessage text={refundStatus} />
      <dl className="counts">
        <div>
          <dt>{t('plan.status')}</dt>
          <dd>{plansLabel(lang, 'status', history.plan.status)}</dd>
        </div>
        <div>
          <dt>{t('plan.paid')}</dt>
          <dd>{euro(history.plan.paid)}</dd>
        </div>
        <div>
          <dt>{t('plan.allocated')}</dt>
          <dd>{euro(history.plan.allocated)}</dd>
        </div>
        <div>
          <dt>{t('plan.credit')}</dt>
          <dd>{euro(history.plan.credit)}</dd>
        </div>
      </dl>
      <table>
        <caption>{t('plan.claims')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('plan.claim')}</th>
            <th scope="col">{t('plan.department')}</th>
            <th scope="col">{t('plan.bundled')}</th>
            <th scope="col">{t('plan.allocated')}</th>
            <th scope="col">{t('plan.open')}</th>
          </tr>
        </thead>
        <tbody>
          {history.claims.map((c) => (
            <tr key={c.id}>
              <th scope="row">
                <a className="reference" href={`#/payments/claims/${c.id}`}>
                  {c.claimId}
                </a>
              </th>
              <td>{c.department}</td>
              <td>{euro(c.bundledOpen)}</td>
              <td>{euro(c.allocated)}</td>
              <td>{euro(c.open)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table>
        <caption>{t('plan.instalments')}</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{t('plan.due')}</th>
            <th scope="col">{t('queue.amount')}</th>
            <th scope="col">{t('plan.paid')}</th>
            <th scope="col">{t('plan.status')}</th>
          </tr>
        </thead>
        <tbody>
          {history.instalments.map((i) => (
            <tr key={i.seq}>
              <th scope="row">{i.seq}</th>
              <td>{formatDate(i.dueDate)}</td>
              <td>{euro(i.amount)}</td>
              <td>{euro(i.paid)}</td>
              <td>{paymentsLabel(lang, 'status', i.status)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table>
        <caption>{t('plan.payments')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('queue.date')}</th>
            <th scope="col">{t('queue.amount')}</th>
            <th scope="col">{t('plan.match')}</th>
            <th scope="col">{t('plan.allocation')}</th>
          </tr>
        </thead>
        <tbody>
          {history.payments.length === 0 && (
            <tr>
              <td colSpan={4}>{t('plan.noPayments')}</td>
            </tr>
          )}
          {history.payments.map((p) => (
            <tr key={p.id}>
              <th scope="row">{formatDate(p.bookingDate)}</th>
              <td>{euro(p.amount)}</td>
              <td>
                {paymentsLabel(lang, 'match', p.match)} {p.matchNote ? `(${p.matchNote})` : ''} {p.status}
              </td>
              <td>
                {p.allocations
                  .map(
                    (a) =>
                      `${a.department} ${a.claimId} ${paymentsLabel(lang, 'part', a.part)} ${euro(a.amount)}`,
                  )
                  .join('; ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {history.refunds.length > 0 && (
        <table>
          <caption>{t('refund.list')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('refund.decidedOn')}</th>
              <th scope="col">{t('queue.amount')}</th>
              <th scope="col">{t('refund.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {history.refunds.map((r, i) => (
              // refunds have no id in the history and never reorder while shown
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              <tr key={i}>
                <th scope="row">{formatDate(r.decidedOn)}</th>
                <td>{euro(r.amount)}</td>
                <td>{r.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {history.plan.credit > 0 && hasRole(user, ['admin', 'finance']) && (
        <RefundForm
          planId={planId}
          onRefunded={(credit) => {
            setRefundStatus(t('refund.done', { credit: formatEuro(credit, lang) }));
            setVersion((v) => v + 1);
          }}
        />
      )}
    </>
  );
}

export function ClaimPaymentsPage({ claimId }: { claimId: string }) {
  const { lang } = useI18n();
  const [rows, setRows] = useState<ClaimAllocation[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    const controller = new AbortController();
    claimAllocations(claimId, controller.signal)
      .then(setRows)
      .catch((caught: unknown) => {
        if (!controller.signal.aborted) setError(caught);
      });
    return () => controller.abort();
  }, [claimId]);
  return (
    <>
      <PageTitle>{`${paymentsText(lang, 'claim.title')} ${rows?.[0]?.claimId ?? ''}`.trim()}</PageTitle>
      <ErrorAlert error={error} />
      {rows !== null && rows.length === 0 && <p>{paymentsText(lang, 'claim.none')}</p>}
      {rows !== null && rows.length > 0 && (
        <table>
          <caption>{paymentsText(lang, 'plan.payments')}</caption>
          <thead>
            <tr>
              <th scope="col">{paymentsText(lang, 'queue.date')}</th>
              <th scope="col">{paymentsText(lang, 'plan.allocation')}</th>
              <th scope="col">{paymentsText(lang, 'queue.amount')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.paymentId}-${r.part}`}>
                <th scope="row">
                  <a href={`#/payments/plans/${r.planId}`}>{formatDate(r.date)}</a>
                </th>
                <td>{paymentsLabel(lang, 'part', r.part)}</td>
                <td>{formatEuro(r.amount, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
