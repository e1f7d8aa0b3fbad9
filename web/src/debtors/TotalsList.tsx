import type { MoneyTotals } from '../api/debtors.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';

export function TotalsList({ totals }: { totals: MoneyTotals }) {
  const { t, euro } = useI18n();
  return (
    <section className="panel" aria-labelledby="totals-title">
      <h2 id="totals-title">{t('overview.totals')}</h2>
      <dl className="details amounts">
        <dt>{t('overview.principal')}</dt>
        <dd>{euro(totals.principal)}</dd>
        <dt>{t('overview.charges')}</dt>
        <dd>{euro(totals.charges)}</dd>
        <dt>{t('overview.paid')}</dt>
        <dd>{euro(totals.paid)}</dd>
        <dt className="total">{t('overview.open')}</dt>
        <dd className="total">{euro(totals.open)}</dd>
      </dl>
    </section>
  );
}
