import { useState } from 'react';
import type { OverviewClaim } from '../api/debtors.ts';
import { TimeBarredLabel } from '../app/ui/TimeBarredLabel.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import type { MessageKey } from '../i18n/lang.ts';
import { type ClaimSortKey, type SortDirection, sortClaims } from './claim-sort.ts';

const statusLabel: Record<OverviewClaim['status'], MessageKey> = {
  open: 'status.open',
  paid: 'status.paid',
  cancelled: 'status.cancelled',
};

export function ClaimsTable({ claims }: { claims: OverviewClaim[] }) {
  const { t, euro, date, count } = useI18n();
  const [sort, setSort] = useState<{ key: ClaimSortKey; direction: SortDirection }>({
    key: 'department',
    direction: 'ascending',
  });
  const sorted = sortClaims(claims, sort.key, sort.direction);

  const sortableHeader = (key: ClaimSortKey, label: MessageKey) => {
    const active = sort.key === key;
    const toggle = () =>
      setSort({ key, direction: active && sort.direction === 'ascending' ? 'descending' : 'ascending' });
    return (
      <th scope="col" aria-sort={active ? sort.direction : undefined}>
        <button type="button" className="sort-button" onClick={toggle}>
          {t(label)}
          <span aria-hidden="true" className="sort-indicator">
            {active ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}
          </span>
        </button>
      </th>
    );
  };

  return (
    <section aria-labelledby="claims-title">
      <h2 id="claims-title">{t('overview.claims')}</h2>
      {claims.length === 0 ? (
        <p>{t('overview.noClaims')}</p>
      ) : (
        <div
          className="table-wrap"
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a table that scrolls sideways must be reachable by keyboard
          tabIndex={0}
        >
          <table className="claims">
            <thead>
              <tr>
                {sortableHeader('department', 'overview.department')}
                <th scope="col">{t('overview.claimId')}</th>
                <th scope="col">{t('overview.category')}</th>
                <th scope="col" className="num">
                  {t('overview.principal')}
                </th>
                <th scope="col" className="num">
                  {t('overview.charges')}
                </th>
                <th scope="col" className="num">
                  {t('overview.paid')}
                </th>
                <th scope="col" className="num">
                  {t('overview.open')}
                </th>
                {sortableHeader('dueDate', 'overview.dueDate')}
                <th scope="col">{t('overview.limitationDate')}</th>
                <th scope="col" className="num">
                  {t('overview.daysOverdue')}
                </th>
                <th scope="col">{t('overview.status')}</th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((claim) => (
                <tr key={`${claim.department}/${claim.claimId}`}>
                  <td>{claim.department}</td>
                  <th scope="row" className="reference">
                    {claim.claimId}
                  </th>
                  <td>{claim.category}</td>
                  <td className="num">{euro(claim.principal)}</td>
                  <td className="num">{euro(claim.charges)}</td>
                  <td className="num">{euro(claim.paid)}</td>
                  <td className="num">{euro(claim.open)}</td>
                  <td>{date(claim.dueDate)}</td>
                  <td>{date(claim.limitationDate)}</td>
                  <td className="num">{claim.daysOverdue > 0 ? count(claim.daysOverdue) : ''}</td>
                  <td>
                    <span className={`badge badge-${claim.status}`}>{t(statusLabel[claim.status])}</span>
                    {claim.timeBarred ? <TimeBarredLabel since={claim.limitationDate} /> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
