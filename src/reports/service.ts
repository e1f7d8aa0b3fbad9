import { addMonths, compareDates, type IsoDate } from '../kernel/dates.ts';
import { err, ok, type Result } from '../kernel/result.ts';
import { audit } from '../platform/audit.ts';
import type { Database } from '../platform/db.ts';
import { type Failure, failure } from '../platform/errors.ts';
import type { Lang, Scope } from '../platform/scope.ts';
import { avoidedCosts, type CostModel, DEFAULT_COST_MODEL, validCostModel } from './cost-model.ts';
import { aggregate, type Fact, type KpiRow, monthsBetween } from './kpis.ts';
import { reportsMessages } from './messages.ts';
import {
  bundledRows,
  departmentCodes,
  fileRows,
  frozenRows,
  instalmentRows,
  type Period,
  repaidRows,
  waivedRows,
  writtenOffRows,
} from './store.ts';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export interface KpiReport {
  readonly months: readonly string[];
  readonly departments: readonly string[];
  readonly costModel: CostModel;
  readonly rows: readonly KpiRow[];
}

export async function costModelOf(database: Database, scope: Scope): Promise<CostModel> {
  const row = await database.db
    .selectFrom('report_cost_models')
    .select('model')
    .where('organisation_id', '=', scope.orgId)
    .executeTakeFirst();
  return row ? { ...DEFAULT_COST_MODEL, ...row.model } : DEFAULT_COST_MODEL;
}

export async function setCostModel(
  database: Database,
  scope: Scope,
  model: CostModel,
): Promise<Result<CostModel, Failure>> {
  if (!validCostModel(model)) {
    return err(
      failure('invalid', 'invalid_cost_model', reportsMessages.text(scope.lang, 'invalidCostModel')),
    );
  }
  await database.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('report_cost_models')
      .values({ organisation_id: scope.orgId, model: JSON.stringify(model), updated_by: scope.actor })
      .onConflict((oc) =>
        oc
          .column('organisation_id')
          .doUpdateSet({ model: JSON.stringify(model), updated_by: scope.actor, updated_at: new Date() }),
      )
      .execute();
    await audit(trx, scope, 'reports.cost_model_set', 'organisation', scope.orgId, { model });
  });
  return ok(model);
}

const monthOf = (date: IsoDate) => date.slice(0, 7);
const nextMonthStart = (month: string) => addMonths(`${month}-01`, 1);

/** Turns the rows of each source into facts per month (snapshots repeat for every month they hold). */
async function collectFacts(
  database: Database,
  scope: Scope,
  months: readonly string[],
  today: IsoDate,
  model: CostModel,
) {
  const db = database.db;
  const first = months[0] ?? '';
  const last = months[months.length - 1] ?? '';
  const period: Period = { start: `${first}-01`, end: nextMonthStart(last) };
  const inRange = new Set(months);
  const facts: Fact[] = [];
  for (const r of await writtenOffRows(db, scope, period)) {
    facts.push({
      metric: 'written_off',
      month: r.month,
      department: r.department,
      person: r.person,
      value: Number(r.amount),
    });
  }
  for (const r of await repaidRows(db, scope, period))
    facts.push({ metric: 'repaid', ...r, value: r.amount });
  for (const r of await waivedRows(db, scope, period))
    facts.push({ metric: 'charges_waived', ...r, value: r.amount });
  for (const f of await fileRows(db, scope, period)) {
    const departments = f.departments && f.departments.length > 0 ? f.departments : [''];
    for (const month of months) {
      const start = `${month}-01`;
      const end = nextMonthStart(month);
      const openedBy = (d: IsoDate) => compareDates(f.opened, d) < 0;
      const notClosedBefore = (d: IsoDate) => f.closed === null || compareDates(f.closed, d) >= 0;
      for (const department of departments) {
        const base = { month, department, person: f.person, key: f.id };
        if (openedBy(end) && notClosedBefore(start))
          facts.push({ ...base, metric: 'people_helped', value: 0 });
        if (openedBy(end) && notClosedBefore(end)) facts.push({ ...base, metric: 'files_open', value: 1 });
      }
    }
  }
  for (const b of await bundledRows(db, scope, period)) {
    const base = { department: b.department, person: b.person };
    const acceptedMonth = monthOf(b.accepted);
    if (inRange.has(acceptedMonth)) {
      const month = acceptedMonth;
      facts.push({ ...base, month, metric: 'euros_bundled', value: b.bundledOpen });
      facts.push({ ...base, month, metric: 'claims_bundled', value: 1 });
      const avoided = avoidedCosts(b.bundledOpen, b.dueDate, b.accepted, model);
      if (avoided.total > 0) facts.push({ ...base, month, metric: 'costs_avoided', value: avoided.total });
      if (avoided.bailiffAvoided) facts.push({ ...base, month, metric: 'bailiff_avoided', value: 1 });
    }
    for (const month of months) {
      const end = nextMonthStart(month);
      if (compareDates(b.accepted, end) >= 0 || (b.ended && compareDates(b.ended, end) < 0)) continue;
      const allocated = b.allocations
        .filter(([d]) => compareDates(d, end) < 0)
        .reduce((s, [, a]) => s + a, 0);
      facts.push({ ...base, month, metric: 'still_open', value: Math.max(0, b.bundledOpen - allocated) });
    }
  }
  for (const f of await frozenRows(db, scope, period)) {
    for (const month of months) {
      if (compareDates(f.frozen, nextMonthStart(month)) < 0) {
        facts.push({ metric: 'claims_frozen', month, department: f.department, person: f.person, value: 1 });
      }
    }
  }
  for (const i of await instalmentRows(db, scope, period, today)) {
    const metric = i.missed ? 'instalments_missed' : i.paid ? 'instalments_on_time' : null;
    if (metric) facts.push({ metric, month: i.month, department: '', person: i.person, value: 1 });
  }
  return facts;
}

function periodFailure(lang: Lang): Failure {
  return failure('invalid', 'invalid_period', reportsMessages.text(lang, 'invalidPeriod'));
}

/** KPIs per month (from..to, `YYYY-MM`), per department and in total; small cells suppressed. */
export async function kpiReport(
  database: Database,
  scope: Scope,
  opts: { from: string; to: string; today: IsoDate },
): Promise<Result<KpiReport, Failure>> {
  if (!MONTH.test(opts.from) || !MONTH.test(opts.to) || opts.from > opts.to)
    return err(periodFailure(scope.lang));
  const months = monthsBetween(opts.from, opts.to);
  if (months.length > 60) return err(periodFailure(scope.lang));
  const costModel = await costModelOf(database, scope);
  const departments = await departmentCodes(database.db, scope);
  const facts = await collectFacts(database, scope, months, opts.today, costModel);
  return ok({ months, departments, costModel, rows: aggregate(facts, months, departments) });
}

/** A statistics period: a year `2026`, a quarter `2026-Q2` or a month `2026-05`, as its months. */
export function periodMonths(period: string): string[] | null {
  const year = /^(\d{4})$/.exec(period);
  if (year) return monthsBetween(`${year[1]}-01`, `${year[1]}-12`);
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) {
    const q = Number(quarter[2]);
    const m = (n: number) => String(n).padStart(2, '0');
    return monthsBetween(`${quarter[1]}-${m(q * 3 - 2)}`, `${quarter[1]}-${m(q * 3)}`);
  }
  return MONTH.test(period) ? [period] : null;
}

const SNAPSHOTS = new Set(['files_open', 'still_open', 'claims_frozen']);

/**
 * Aggregated, anonymised figures for one period: flows summed over its months, snapshots (open files,
 * still open, frozen claims) at its last month, people counted once per period; small cells "< 5".
 */
export async function statistics(
  database: Database,
  scope: Scope,
  opts: { period: string; today: IsoDate },
): Promise<Result<{ period: string; organisation: string; rows: KpiRow[] }, Failure>> {
  const months = periodMonths(opts.period);
  if (!months) return err(periodFailure(scope.lang));
  const last = months[months.length - 1] ?? '';
  const model = await costModelOf(database, scope);
  const facts = (await collectFacts(database, scope, months, opts.today, model))
    .filter((f) => !SNAPSHOTS.has(f.metric) || f.month === last)
    .map((f) => ({ ...f, month: opts.period }));
  const departments = await departmentCodes(database.db, scope);
  const org = await database.db
    .selectFrom('organisations')
    .select('code')
    .where('id', '=', scope.orgId)
    .executeTakeFirstOrThrow();
  return ok({
    period: opts.period,
    organisation: org.code,
    rows: aggregate(facts, [opts.period], departments),
  });
}
