import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { formatCount, formatEuro } from '../i18n/format.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { type Cell, SUPPRESSED } from './api.ts';
import { type ReportsMessageKey, reportsText } from './messages.ts';

const COLOURS = ['#1f4e79', '#2e7d32', '#b45309', '#6b21a8'];

export interface Series {
  metric: string;
  euro: boolean;
}

interface Props {
  id: string;
  title: string;
  kind: 'line' | 'bar';
  months: readonly string[];
  series: readonly Series[];
  value(month: string, metric: string): Cell;
}

/**
 * A chart (recharts) with its table alternative: the chart is hidden from screen readers, the table
 * under it holds every figure, suppressed cells as "< 5" (a gap in the chart).
 */
export function KpiChart({ id, title, kind, months, series, value }: Props) {
  const { lang } = useI18n();
  const label = (metric: string) => reportsText(lang, `metric.${metric}` as ReportsMessageKey);
  const euro = series.some((s) => s.euro);
  const data = months.map((month) => {
    const point: Record<string, string | number | null> = { month };
    for (const s of series) {
      const v = value(month, s.metric);
      point[s.metric] = v === SUPPRESSED ? null : s.euro ? v / 100 : v;
    }
    return point;
  });
  const show = (v: Cell, isEuro: boolean) =>
    v === SUPPRESSED ? SUPPRESSED : isEuro ? formatEuro(v, lang) : formatCount(v, lang);
  const Chart = kind === 'line' ? LineChart : BarChart;
  return (
    <figure className="kpi-chart" aria-labelledby={`${id}-title`} data-chart={id}>
      <figcaption id={`${id}-title`}>
        <h2>{title}</h2>
      </figcaption>
      <div aria-hidden="true">
        <Chart
          accessibilityLayer={false}
          width={640}
          height={260}
          data={data}
          margin={{ top: 10, right: 20, bottom: 10, left: 20 }}
        >
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="month" />
          <YAxis
            tickFormatter={(v: number) =>
              euro
                ? reportsText(lang, 'chart.euroTick', { amount: formatCount(v, lang) })
                : formatCount(v, lang)
            }
          />
          <Tooltip />
          <Legend />
          {series.map((s, i) =>
            kind === 'line' ? (
              <Line
                key={s.metric}
                type="monotone"
                dataKey={s.metric}
                name={label(s.metric)}
                stroke={COLOURS[i % COLOURS.length]}
                isAnimationActive={false}
                connectNulls={false}
              />
            ) : (
              <Bar
                key={s.metric}
                dataKey={s.metric}
                name={label(s.metric)}
                fill={COLOURS[i % COLOURS.length]}
                isAnimationActive={false}
              />
            ),
          )}
        </Chart>
      </div>
      <details>
        <summary>{reportsText(lang, 'chart.table')}</summary>
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{reportsText(lang, 'chart.month')}</th>
              {series.map((s) => (
                <th scope="col" key={s.metric}>
                  {label(s.metric)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {months.map((month) => (
              <tr key={month}>
                <th scope="row">{month}</th>
                {series.map((s) => (
                  <td key={s.metric} className="amount">
                    {show(value(month, s.metric), s.euro)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
