import { centsToDecimal } from '../kernel/money.ts';
import { csvDocument, csvRecord } from '../platform/csv.ts';
/**
 * KPIs month by month, per department and in total, from "facts": one fact per thing counted (a file,
 * a claim, an allocation…) with the person it concerns. Aggregating here — not in SQL — keeps every
 * figure reconcilable with its rows and lets each cell know how many people it describes.
 */

export const METRICS = [
  'people_helped',
  'files_open',
  'euros_bundled',
  'claims_bundled',
  'repaid',
  'still_open',
  'written_off',
  'charges_waived',
  'instalments_on_time',
  'instalments_missed',
  'claims_frozen',
  'bailiff_avoided',
  'costs_avoided',
] as const;
export type Metric = (typeof METRICS)[number];

/** Euro metrics are in cents; the others count things (people_helped counts people). */
export const EURO_METRICS: ReadonlySet<Metric> = new Set([
  'euros_bundled',
  'repaid',
  'still_open',
  'written_off',
  'charges_waived',
  'costs_avoided',
]);

export interface Fact {
  readonly metric: Metric;
  /** `YYYY-MM`. */
  readonly month: string;
  readonly department: string;
  readonly person: string;
  /** Cents for euro metrics, 1 (or a count) otherwise; ignored for people_helped. */
  readonly value: number;
  /**
   * For things that belong to several departments at once (a file): the thing's id, so the total
   * counts it once. An empty department counts in the total only (an instalment of a whole plan).
   */
  readonly key?: string;
}

/** A cell as published: the figure, or "< 5" when it describes fewer than five people. */
export type Cell = number | '< 5';
export const SUPPRESSED = '< 5' as const;
export const MIN_PEOPLE = 5;

export interface KpiRow {
  readonly month: string;
  /** Department code, or `TOTAL`. */
  readonly department: string;
  readonly metric: Metric;
  readonly value: Cell;
  /** Raw figures for internal checks; never published. */
  readonly raw: { readonly value: number; readonly people: number };
}

export const TOTAL = 'TOTAL';

/** Months `from`..`to` inclusive (`YYYY-MM`). */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  while (y < ty || (y === ty && m <= tm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

/**
 * Sums facts per month × department × metric and in total (every department row of every month and
 * metric exists, zero when nothing happened), then suppresses small cells: a cell describing 1–4
 * people shows "< 5". When exactly one department cell of a month and metric is suppressed, the next
 * smallest is suppressed too, so the total cannot reveal it by subtraction.
 */
export function aggregate(
  facts: readonly Fact[],
  months: readonly string[],
  departments: readonly string[],
): KpiRow[] {
  const key = (month: string, department: string, metric: Metric) => `${month}|${department}|${metric}`;
  const sums = new Map<string, { value: number; people: Set<string> }>();
  const add = (k: string, f: Fact) => {
    const s = sums.get(k) ?? { value: 0, people: new Set<string>() };
    s.value += f.value;
    s.people.add(f.person);
    sums.set(k, s);
  };
  const countedInTotal = new Set<string>();
  for (const f of facts) {
    if (f.department !== '') add(key(f.month, f.department, f.metric), f);
    const once = f.key === undefined ? null : `${f.month}|${f.metric}|${f.key}`;
    if (once !== null && countedInTotal.has(once)) {
      // still a person of the total, but the thing's value only once
      add(key(f.month, TOTAL, f.metric), { ...f, value: 0 });
      continue;
    }
    if (once !== null) countedInTotal.add(once);
    add(key(f.month, TOTAL, f.metric), f);
  }
  const rows: KpiRow[] = [];
  for (const month of months) {
    for (const metric of METRICS) {
      const cells = [...departments, TOTAL].map((department) => {
        const s = sums.get(key(month, department, metric));
        const people = s?.people.size ?? 0;
        const value = metric === 'people_helped' ? people : (s?.value ?? 0);
        return { department, people, value, hidden: people > 0 && people < MIN_PEOPLE };
      });
      const departmentCells = cells.filter((c) => c.department !== TOTAL);
      if (departmentCells.filter((c) => c.hidden).length === 1) {
        const next = departmentCells
          .filter((c) => !c.hidden && c.people > 0)
          .sort((a, b) => a.people - b.people || a.value - b.value)[0];
        if (next) next.hidden = true;
      }
      for (const c of cells) {
        rows.push({
          month,
          department: c.department,
          metric,
          value: c.hidden ? SUPPRESSED : c.value,
          raw: { value: c.value, people: c.people },
        });
      }
    }
  }
  return rows;
}

/** A cell as published: `EUR` figures as plain decimals (`1234.56`, what statistics offices read), counts, or `< 5`. */
function unitAndValue(row: KpiRow): [string, string] {
  const euro = EURO_METRICS.has(row.metric);
  const value = row.value === SUPPRESSED ? SUPPRESSED : euro ? centsToDecimal(row.value) : String(row.value);
  return [euro ? 'EUR' : 'count', value];
}

/** `month;department;metric;unit;value` — euros as decimals, suppressed cells as `< 5`. */
export function kpiCsv(rows: readonly KpiRow[]): string {
  return csvDocument([
    'month;department;metric;unit;value',
    ...rows.map((r) => csvRecord([r.month, r.department, r.metric, ...unitAndValue(r)])),
  ]);
}

/** The anonymised statistics of a period: `period;organisation;department;metric;unit;value`. */
export function statisticsCsv(s: { period: string; organisation: string; rows: readonly KpiRow[] }): string {
  return csvDocument([
    'period;organisation;department;metric;unit;value',
    ...s.rows.map((r) => csvRecord([s.period, s.organisation, r.department, r.metric, ...unitAndValue(r)])),
  ]);
}
