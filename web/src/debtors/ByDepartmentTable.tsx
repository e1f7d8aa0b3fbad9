import type { DebtorOverview } from '../api/debtors.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';

interface Props {
  rows: DebtorOverview['byDepartment'];
  totalOpen: number;
}

export function ByDepartmentTable({ rows, totalOpen }: Props) {
  const { t, euro, count } = useI18n();
  const totalCount = rows.reduce((sum, row) => sum + row.count, 0);
  return (
    <section aria-labelledby="by-department-title">
      <h2 id="by-department-title">{t('overview.byDepartment')}</h2>
      <div
        className="table-wrap"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a table that scrolls sideways must be reachable by keyboard
        tabIndex={0}
      >
        <table className="by-department">
          <thead>
            <tr>
              <th scope="col">{t('overview.department')}</th>
              <th scope="col" className="num">
                {t('overview.count')}
              </th>
              <th scope="col" className="num">
                {t('overview.open')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.department}>
                <th scope="row">{row.department}</th>
                <td className="num">{count(row.count)}</td>
                <td className="num">{euro(row.open)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('overview.total')}</th>
              <td className="num">{count(totalCount)}</td>
              <td className="num">{euro(totalOpen)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
