import { type FormEvent, useEffect, useState } from 'react';
import { addMonths } from '#kernel/dates.ts';
import { useToday } from '../access/session.tsx';
import { ErrorAlert } from '../app/messages.tsx';
import { PageTitle } from '../app/PageTitle.tsx';
import { hrefFor } from '../app/router.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { type Cell, type KpiReport, kpiUrl, loadKpis } from './api.ts';
import { KpiChart } from './KpiChart.tsx';
import { type ReportsMessageKey, reportsText } from './messages.ts';

const TOTAL = 'TOTAL';

function monthsBack(today: string, n: number): string {
  return addMonths(`${today.slice(0, 7)}-01`, -n).slice(0, 7);
}

/** The policy dashboard: KPIs over time as charts, each with its table, and CSV downloads. */
export function DashboardPage() {
  const { lang } = useI18n();
  const t = (key: ReportsMessageKey) => reportsText(lang, key);
  const today = useToday();
  const [from, setFrom] = useState(monthsBack(today, 11));
  const [to, setTo] = useState(monthsBack(today, 0));
  const [department, setDepartment] = useState(TOTAL);
  const [range, setRange] = useState({ from, to });
  const [report, setReport] = useState<KpiReport | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    const controller = new AbortController();
    setReport(null);
    loadKpis(range.from, range.to, controller.signal)
      .then(setReport)
      .catch((caught: unknown) => {
        if (!controller.signal.aborted) setError(caught);
      });
    return () => controller.abort();
  }, [range]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    setRange({ from, to });
  };
  const value = (month: string, metric: string): Cell =>
    report?.rows.find((r) => r.month === month && r.department === department && r.metric === metric)
      ?.value ?? 0;
  const year = range.to.slice(0, 4);

  return (
    <section>
      <PageTitle>{t('dashboard.title')}</PageTitle>
      <p>{t('dashboard.intro')}</p>
      <p>
        <a href={hrefFor('/reports/business-case')}>{t('dashboard.businessCase')}</a>
      </p>
      <form onSubmit={onSubmit} className="inline-form">
        <label>
          {t('dashboard.from')}
          <input type="month" value={from} onChange={(e) => setFrom(e.target.value)} required />
        </label>
        <label>
          {t('dashboard.to')}
          <input type="month" value={to} onChange={(e) => setTo(e.target.value)} required />
        </label>
        <label>
          {t('dashboard.department')}
          <select value={department} onChange={(e) => setDepartment(e.target.value)}>
            <option value={TOTAL}>{t('dashboard.total')}</option>
            {report?.departments.map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{t('dashboard.show')}</button>
      </form>
      <p>
        <a href={kpiUrl(range.from, range.to, true)} download>
          {t('dashboard.csv')}
        </a>
        {' · '}
        <a href={`/api/v1/reports/statistics.csv?period=${year}`} download>
          {t('dashboard.statistics')}
        </a>
      </p>
      {error ? <ErrorAlert error={error} /> : null}
      {!report && !error ? <p role="status">{t('dashboard.loading')}</p> : null}
      {report ? (
        <>
          <KpiChart
            id="euros"
            title={t('chart.euros')}
            kind="line"
            months={report.months}
            value={value}
            series={[
              { metric: 'euros_bundled', euro: true },
              { metric: 'repaid', euro: true },
              { metric: 'still_open', euro: true },
              { metric: 'written_off', euro: true },
            ]}
          />
          <KpiChart
            id="people"
            title={t('chart.people')}
            kind="line"
            months={report.months}
            value={value}
            series={[
              { metric: 'people_helped', euro: false },
              { metric: 'files_open', euro: false },
              { metric: 'claims_frozen', euro: false },
            ]}
          />
          <KpiChart
            id="instalments"
            title={t('chart.instalments')}
            kind="bar"
            months={report.months}
            value={value}
            series={[
              { metric: 'instalments_on_time', euro: false },
              { metric: 'instalments_missed', euro: false },
            ]}
          />
          <KpiChart
            id="costs"
            title={t('chart.costs')}
            kind="bar"
            months={report.months}
            value={value}
            series={[
              { metric: 'costs_avoided', euro: true },
              { metric: 'charges_waived', euro: true },
            ]}
          />
          <KpiChart
            id="bailiff"
            title={t('metric.bailiff_avoided')}
            kind="bar"
            months={report.months}
            value={value}
            series={[
              { metric: 'bailiff_avoided', euro: false },
              { metric: 'claims_bundled', euro: false },
            ]}
          />
        </>
      ) : null}
    </section>
  );
}
