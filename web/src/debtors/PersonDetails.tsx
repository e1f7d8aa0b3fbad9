import type { DebtorOverview } from '../api/debtors.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';

export function PersonDetails({ debtor }: { debtor: DebtorOverview['debtor'] }) {
  const { t, date } = useI18n();
  const unknown = <span className="muted">{t('overview.unknown')}</span>;
  return (
    <section className="panel" aria-labelledby="person-title">
      <h2 id="person-title">{t('overview.person')}</h2>
      <dl className="details">
        <dt>{t('overview.name')}</dt>
        <dd>{debtor.name}</dd>
        <dt>{t('overview.birthDate')}</dt>
        <dd>{debtor.birthDate ? date(debtor.birthDate) : unknown}</dd>
        <dt>{t('overview.nationalNumber')}</dt>
        <dd>{debtor.nationalNumber ?? unknown}</dd>
        <dt>{t('overview.address')}</dt>
        <dd>{debtor.address ?? unknown}</dd>
        <dt>{t('overview.customerNumbers')}</dt>
        <dd>
          {debtor.customerNumbers.length === 0 ? (
            unknown
          ) : (
            <ul className="plain-list">
              {debtor.customerNumbers.map((c) => (
                <li key={`${c.department}/${c.customerNumber}`}>
                  {t('overview.customerNumber', { department: c.department, number: c.customerNumber })}
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
    </section>
  );
}
