import { useEffect, useState } from 'react';
import { isMilestone, milestoneLabel } from '#kernel/milestones.ts';
import { hasRole, useSession } from '../access/session.tsx';
import { ErrorAlert } from '../app/messages.tsx';
import { PageTitle } from '../app/PageTitle.tsx';
import { hrefFor } from '../app/router.ts';
import { TimeBarredLabel } from '../app/ui/TimeBarredLabel.tsx';
import { formatDate, formatEuro } from '../i18n/format.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { JourneyPanel } from '../journey/JourneyPanel.tsx';
import { type EvsFile, getFile } from './api.ts';
import { plansLabel, plansText } from './messages.ts';
import { PlanOptionsForm } from './PlanOptionsForm.tsx';
import { ProposeForm } from './ProposeForm.tsx';

/** One EvS file: consent, bundled claims, plan options and proposal, and the journey. */
export function FilePage({ id }: { id: string }) {
  const { lang } = useI18n();
  const { user } = useSession();
  const t = (k: Parameters<typeof plansText>[1]) => plansText(lang, k);
  const [file, setFile] = useState<EvsFile | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    const controller = new AbortController();
    getFile(id, controller.signal)
      .then(setFile)
      .catch((caught: unknown) => {
        if (!controller.signal.aborted) setError(caught);
      });
    return () => controller.abort();
  }, [id]);
  if (!file) return <ErrorAlert error={error} />;
  const euro = (c: number) => formatEuro(c, lang);
  const total = file.claims.filter((c) => c.status === 'open').reduce((s, c) => s + c.open, 0);
  const finance = hasRole(user, ['finance']);
  return (
    <>
      <p className="back-link">
        <a href={hrefFor(`/debtors/${file.debtorId}`)}>← {t('plan.toOverview')}</a>
      </p>
      <PageTitle>{t('file.title')}</PageTitle>
      <dl className="details">
        <dt>{t('file.status')}</dt>
        <dd>{plansLabel(lang, 'status', file.status)}</dd>
        <dt>{t('file.milestone')}</dt>
        <dd>{isMilestone(file.milestone) ? milestoneLabel(file.milestone, lang) : file.milestone}</dd>
        <dt>{t('file.consent')}</dt>
        <dd>
          {formatDate(file.consent.date)} · {plansLabel(lang, 'open.form', file.consent.form)} ·{' '}
          {file.consent.evidence}
        </dd>
        <dt>{t('file.total')}</dt>
        <dd>{euro(total)}</dd>
        {file.planId && (
          <>
            <dt>{t('file.plan')}</dt>
            <dd>
              <a href={hrefFor(`/plans/${file.planId}`)}>{t('file.openPlan')}</a>
            </dd>
          </>
        )}
      </dl>
      {file.referral && <p className="error-alert">{t('panel.referral')}</p>}
      <div
        className="table-wrap"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a table that scrolls sideways must be reachable by keyboard
        tabIndex={0}
      >
        <table>
          <caption>{t('file.bundled')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('claims.department')}</th>
              <th scope="col">{t('claims.claim')}</th>
              <th scope="col">{t('claims.category')}</th>
              <th scope="col">{t('claims.due')}</th>
              <th scope="col" className="num">
                {t('claims.waived')}
              </th>
              <th scope="col" className="num">
                {t('claims.open')}
              </th>
            </tr>
          </thead>
          <tbody>
            {file.claims.map((c) => (
              <tr key={c.id}>
                <td>{c.department}</td>
                <th scope="row">
                  <span className="reference">{c.claimId}</span>
                  {c.timeBarred ? (
                    <TimeBarredLabel since={c.limitationDate ?? null} reason={c.timeBarredReason} />
                  ) : null}
                </th>
                <td>{c.category}</td>
                <td>{formatDate(c.dueDate)}</td>
                <td className="num">{euro(c.waived)}</td>
                <td className="num">{euro(c.open)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {file.status === 'open' && !file.planId && hasRole(user, ['finance', 'social_worker']) && (
        <PlanOptionsForm fileId={file.id} canPropose={finance} />
      )}
      {file.status === 'open' && !file.planId && finance && <ProposeForm fileId={file.id} />}
      <JourneyPanel fileId={file.id} />
    </>
  );
}
