import { useEffect, useState } from 'react';
import type { MessageParams } from '#kernel/i18n.ts';
import { formatDate, formatEuro } from '../i18n/format.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { getPlan, letterHref, type Plan, qrHref } from '../plans/api.ts';
import { plansLabel, plansText } from '../plans/messages.ts';
import { citizenText } from './messages.ts';

/** The citizen's own plan: the payment reference with its QR code, what is next, and the progress. */
export function MyPlanPanel({ planId }: { planId: string }) {
  const { lang } = useI18n();
  const [plan, setPlan] = useState<Plan | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    getPlan(planId, controller.signal)
      .then(setPlan)
      .catch(() => setPlan(null));
    return () => controller.abort();
  }, [planId]);
  if (!plan) return null;
  const t = (k: Parameters<typeof plansText>[1], p?: MessageParams) => plansText(lang, k, p);
  const euro = (c: number) => formatEuro(c, lang);
  const next = plan.instalments.find((i) => i.paid < i.amount);
  return (
    <section className="panel" aria-labelledby="my-plan-title">
      <h2 id="my-plan-title">{t('plan.title', { reference: plan.formattedReference })}</h2>
      <dl className="details">
        <dt>{t('plan.status')}</dt>
        <dd>{plansLabel(lang, 'status', plan.status)}</dd>
        <dt>{t('plan.monthly')}</dt>
        <dd>{euro(plan.monthly)}</dd>
        {next && (
          <>
            <dt>{t('plan.due')}</dt>
            <dd>
              {citizenText(lang, 'nextDue', {
                date: formatDate(next.dueDate),
                amount: euro(next.amount - next.paid),
              })}
            </dd>
          </>
        )}
        <dt>{t('plan.balance')}</dt>
        <dd>{euro(plan.balance)}</dd>
      </dl>
      <label htmlFor="my-plan-progress">{t('plan.progress')}</label>
      <progress id="my-plan-progress" max={plan.startAmount} value={plan.paid}>
        {euro(plan.paid)} / {euro(plan.startAmount)}
      </progress>
      <p>
        <img
          src={qrHref(plan.id)}
          width={160}
          height={160}
          alt={t('plan.qr', { reference: plan.formattedReference })}
        />
      </p>
      <p>
        <a href={letterHref(plan.id, lang)} download>
          {t('plan.letter')}
        </a>
      </p>
    </section>
  );
}
