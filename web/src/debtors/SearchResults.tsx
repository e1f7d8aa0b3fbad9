import type { DebtorSearchResult } from '../api/debtors.ts';
import { hrefFor } from '../app/router.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';

export function SearchResults({ results }: { results: DebtorSearchResult[] }) {
  const { t, euro, date, count } = useI18n();
  return (
    <section aria-labelledby="search-results-title">
      <h2 id="search-results-title">{t('search.resultsTitle')}</h2>
      <div
        className="table-wrap"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a table that scrolls sideways must be reachable by keyboard
        tabIndex={0}
      >
        <table>
          <thead>
            <tr>
              <th scope="col">{t('search.colName')}</th>
              <th scope="col">{t('search.colBirthDate')}</th>
              <th scope="col">{t('search.colCity')}</th>
              <th scope="col" className="num">
                {t('search.colClaimCount')}
              </th>
              <th scope="col" className="num">
                {t('search.colOpen')}
              </th>
            </tr>
          </thead>
          <tbody>
            {results.map((debtor) => (
              <tr key={debtor.id}>
                <th scope="row">
                  <a href={hrefFor(`/debtors/${encodeURIComponent(debtor.id)}`)}>{debtor.name}</a>
                </th>
                <td>{date(debtor.birthDate)}</td>
                <td>{debtor.city ?? ''}</td>
                <td className="num">{count(debtor.claimCount)}</td>
                <td className="num">{euro(debtor.open)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
