import { useEffect, useState } from 'react';
import { hasRole, useSession } from '../access/session.tsx';
import { type DebtorOverview, getDebtorOverview } from '../api/debtors.ts';
import { ErrorAlert, StatusMessage } from '../app/messages.tsx';
import { PageTitle } from '../app/PageTitle.tsx';
import { hrefFor } from '../app/router.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ByDepartmentTable } from './ByDepartmentTable.tsx';
import { ClaimsTable } from './ClaimsTable.tsx';
import { PersonDetails } from './PersonDetails.tsx';
import { TotalsList } from './TotalsList.tsx';

export function OverviewPage({ id }: { id: string }) {
  const { t } = useI18n();
  const { user } = useSession();
  const [overview, setOverview] = useState<DebtorOverview | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);

  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    setError(null);
    setOverview(null);
    getDebtorOverview(id, controller.signal)
      .then(setOverview)
      .catch((caught: unknown) => {
        if (!controller.signal.aborted) setError(caught);
      })
      .finally(() => {
        if (!controller.signal.aborted) setLoading(false);
      });
    return () => controller.abort();
  }, [id]);

  return (
    <>
      {!hasRole(user, ['citizen']) && (
        <p className="back-link">
          <a href={hrefFor('/')}>← {t('overview.back')}</a>
        </p>
      )}
      <PageTitle>
        {overview ? t('overview.titleFor', { name: overview.debtor.name }) : t('overview.title')}
      </PageTitle>
      <StatusMessage text={loading ? t('app.loading') : ''} />
      <ErrorAlert error={error} />
      {overview && (
        <>
          <div className="overview-top">
            <PersonDetails debtor={overview.debtor} />
            <TotalsList totals={overview.totals} />
          </div>
          <ByDepartmentTable rows={overview.byDepartment} totalOpen={overview.totals.open} />
          <ClaimsTable claims={overview.claims} />
        </>
      )}
    </>
  );
}
