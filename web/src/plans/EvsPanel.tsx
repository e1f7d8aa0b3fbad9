import { useEffect, useState } from 'react';
import { hasRole, useSession } from '../access/session.tsx';
import { hrefFor } from '../app/router.ts';
import { MyPlanPanel } from '../citizen/MyPlanPanel.tsx';
import { formatDate } from '../i18n/format.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { type EvsSummary, evsOf } from './api.ts';
import { plansLabel, plansText } from './messages.ts';

/** Under the debtor overview: the person's EvS files and plans; finance can open a file from here. */
export function EvsPanel({ debtorId }: { debtorId: string }) {
  const { lang } = useI18n();
  const { user } = useSession();
  const [summary, setSummary] = useState<EvsSummary | null>(null);
  const allowed = hasRole(user, ['finance', 'social_worker', 'auditor', 'citizen']);
  useEffect(() => {
    if (!allowed) return;
    const controller = new AbortController();
    evsOf(debtorId, controller.signal)
      .then(setSummary)
      .catch(() => setSummary(null));
    return () => controller.abort();
  }, [debtorId, allowed]);
  if (!allowed || !summary) return null;
  const t = (k: Parameters<typeof plansText>[1], p?: Record<string, string | number>) =>
    plansText(lang, k, p);
  const live = summary.files
    .flatMap((f) => f.plans)
    .find((p) => ['proposed', 'accepted', 'active'].includes(p.status));
  if (hasRole(user, ['citizen']) && live) return <MyPlanPanel planId={live.id} />;
  const openFile = summary.files.find((f) => f.status === 'open');
  return (
    <section className="panel" aria-labelledby="evs-panel-title">
      <h2 id="evs-panel-title">{t('panel.title')}</h2>
      {summary.files.length === 0 && <p>{t('panel.none')}</p>}
      <ul className="plain-list">
        {summary.files.map((f) => (
          <li key={f.id}>
            <a href={hrefFor(`/evs/files/${f.id}`)}>
              {t('panel.file', { date: formatDate(f.openedAt.slice(0, 10)) })}
            </a>{' '}
            ({plansLabel(lang, 'status', f.status)}){f.referral ? ` — ${t('panel.referral')}` : ''}
            {f.plans.map((p) => (
              <span key={p.id}>
                {' · '}
                <a href={hrefFor(`/plans/${p.id}`)}>{t('panel.toPlan', { reference: p.reference })}</a> (
                {plansLabel(lang, 'status', p.status)})
              </span>
            ))}
          </li>
        ))}
      </ul>
      {!openFile && hasRole(user, ['finance']) && summary.candidates.some((c) => !c.bundled) && (
        <p>
          <a className="button" href={hrefFor(`/evs/new/${debtorId}`)}>
            {t('panel.open')}
          </a>
        </p>
      )}
    </section>
  );
}
