import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoCity } from '../demo/service.ts';
import { DEFAULT_RULESET } from '../eligibility/default-ruleset.ts';
import { whatIf } from '../eligibility/insight-service.ts';
import { rulesetVersion } from '../eligibility/ruleset-service.ts';
import { addMonths } from '../kernel/dates.ts';
import { PROFILES } from '../kernel/eligibility/ruleset.ts';
import { validateDocument } from '../oslo/io-rdf.ts';
import { exportDebtorFile } from '../oslo/service.ts';
import { openFile } from '../plans/file-service.ts';
import { acceptPlan, createPlan } from '../plans/service.ts';
import { createTestDatabase, type TestDatabase } from '../testing/db.ts';
import { DEFAULT_COST_MODEL } from './cost-model.ts';
import { kpiCsv, SUPPRESSED, TOTAL } from './kpis.ts';
import { eligibleOpenCents, resolveScenario } from './scenario-ruleset.ts';
import { listScenarios, saveScenario } from './scenario-service.ts';
import { kpiReport, setCostModel, statistics } from './service.ts';

const TODAY = '2026-11-24';
const MONTH = TODAY.slice(0, 7);
let t: TestDatabase;
const helped: string[] = [];

beforeAll(async () => {
  t = await createTestDatabase();
  await loadDemoCity(t.database, t.scope(), { today: TODAY, people: 40, claims: 160, seed: 11 });
  const open = await sql<{ debtor_id: string }>`
    SELECT debtor_id FROM claims WHERE status = 'open' AND principal + charges - paid > 0
      AND debtor_id NOT IN (SELECT debtor_id FROM evs_files)
    GROUP BY debtor_id ORDER BY count(*) DESC, debtor_id LIMIT 30`.execute(t.database.db);
  for (const { debtor_id: debtorId } of open.rows) {
    if (helped.length === 7) break;
    const file = await openFile(
      t.database,
      t.scope(),
      { debtorId, consent: { date: TODAY, form: 'written', evidence: 'DOC-1' } },
      TODAY,
    );
    // the demo city already gave some people (and so their households) a file
    if (!file.ok) continue;
    const plan = await createPlan(t.database, t.scope(), { fileId: file.value.fileId, months: 12 }, TODAY);
    if (!plan.ok) throw new Error(plan.error.message);
    const accepted = await acceptPlan(t.database, t.scope(), plan.value.planId, {}, TODAY);
    if (!accepted.ok) throw new Error(accepted.error.message);
    helped.push(debtorId);
  }
}, 120_000);
afterAll(() => t?.close());

/** What the tables say for a month (or the quarter ending with it), the same way the KPIs define it:
 * the demo city brings its own files, plans and payments, so nothing is assumed to be zero. */
async function fromTables(month: string, end = addMonths(`${month}-01`, 1)) {
  const start = `${month}-01`;
  const q = await sql<{ files: number; filePeople: number; helped: number; euros: number; claims: number }>`
    SELECT
      (SELECT count(*)::int FROM evs_files WHERE opened_at < ${end}::date
        AND (closed_at IS NULL OR closed_at >= ${end}::date)) AS files,
      (SELECT count(DISTINCT debtor_id)::int FROM evs_files WHERE opened_at < ${end}::date
        AND (closed_at IS NULL OR closed_at >= ${end}::date)) AS "filePeople",
      (SELECT count(DISTINCT debtor_id)::int FROM evs_files WHERE opened_at < ${end}::date
        AND (closed_at IS NULL OR closed_at >= ${start}::date)) AS helped,
      (SELECT coalesce(sum(pc.bundled_open), 0)::float8 FROM plan_claims pc JOIN plans p ON p.id = pc.plan_id
        WHERE p.accepted_at >= ${start}::date AND p.accepted_at < ${end}::date) AS euros,
      (SELECT count(*)::int FROM plan_claims pc JOIN plans p ON p.id = pc.plan_id
        WHERE p.accepted_at >= ${start}::date AND p.accepted_at < ${end}::date) AS claims`.execute(
    t.database.db,
  );
  const stillOpen = await sql<{ euros: number }>`
    SELECT coalesce(sum(greatest(0, pc.bundled_open - coalesce((SELECT sum(a.amount) FROM payment_allocations a
      WHERE a.plan_id = p.id AND a.claim_id = pc.claim_id AND a.booking_date < ${end}::date), 0))), 0)::float8 AS euros
    FROM plan_claims pc JOIN plans p ON p.id = pc.plan_id
    WHERE p.accepted_at < ${end}::date AND NOT EXISTS (SELECT 1 FROM plan_activities x
      WHERE x.plan_id = p.id AND x.type = 'Schrapping' AND x.date_time < ${end}::date)`.execute(
    t.database.db,
  );
  const row = q.rows[0];
  if (!row) throw new Error('no row');
  return { ...row, euros: Number(row.euros), stillOpen: Number(stillOpen.rows[0]?.euros ?? 0) };
}

const total = (rows: Awaited<ReturnType<typeof kpiReport>>, metric: string) => {
  if (!rows.ok) throw new Error(rows.error.message);
  return rows.value.rows.find((r) => r.month === MONTH && r.department === TOTAL && r.metric === metric)?.raw;
};

describe('KPIs reconcile with the tables', () => {
  it('files, people, euros bundled, frozen claims and costs avoided', async () => {
    const report = await kpiReport(t.database, t.scope(), { from: '2026-09', to: MONTH, today: TODAY });
    const tables = await fromTables(MONTH);
    // the files this test opened are among them
    expect(tables.files).toBeGreaterThanOrEqual(helped.length);
    expect(tables.euros).toBeGreaterThan(0);
    expect(total(report, 'files_open')).toEqual({ value: tables.files, people: tables.filePeople });
    expect(total(report, 'people_helped')?.value).toBe(tables.helped);
    expect(total(report, 'euros_bundled')?.value).toBe(tables.euros);
    expect(total(report, 'claims_bundled')?.value).toBe(tables.claims);
    expect(total(report, 'still_open')?.value).toBe(tables.stillOpen);
    const frozen = await sql<{
      n: number;
    }>`SELECT count(*)::int AS n FROM claims WHERE frozen_at IS NOT NULL`.execute(t.database.db);
    expect(total(report, 'claims_frozen')?.value).toBe(frozen.rows[0]?.n);
    expect(total(report, 'costs_avoided')?.value).toBeGreaterThan(0);
    // an earlier month counts only the files open then
    if (!report.ok) return;
    expect(
      report.value.rows.find(
        (r) => r.month === '2026-09' && r.department === TOTAL && r.metric === 'files_open',
      )?.raw.value,
    ).toBe((await fromTables('2026-09')).files);
  });

  it('per-department euros add up to the total; cells of fewer than five people show "< 5"', async () => {
    const report = await kpiReport(t.database, t.scope(), { from: MONTH, to: MONTH, today: TODAY });
    if (!report.ok) throw new Error(report.error.message);
    const bundled = report.value.rows.filter((r) => r.metric === 'euros_bundled');
    const sum = bundled.filter((r) => r.department !== TOTAL).reduce((s, r) => s + r.raw.value, 0);
    expect(bundled.find((r) => r.department === TOTAL)?.raw.value).toBe(sum);
    for (const r of report.value.rows) {
      if (r.raw.people > 0 && r.raw.people < 5) expect(r.value).toBe(SUPPRESSED);
    }
    expect(report.value.rows.some((r) => r.value === SUPPRESSED)).toBe(true);
    expect(kpiCsv(report.value.rows)).toContain(
      `${MONTH};TOTAL;files_open;count;${(await fromTables(MONTH)).files}`,
    );
  });

  it('a higher bailiff cost in the cost model raises the costs avoided', async () => {
    const before = total(
      await kpiReport(t.database, t.scope(), { from: MONTH, to: MONTH, today: TODAY }),
      'costs_avoided',
    );
    await setCostModel(t.database, t.scope(), {
      ...DEFAULT_COST_MODEL,
      bailiffCostPerClaim: 20_000,
      bailiffAfterDays: 1,
    });
    const after = total(
      await kpiReport(t.database, t.scope(), { from: MONTH, to: MONTH, today: TODAY }),
      'costs_avoided',
    );
    expect(after?.value ?? 0).toBeGreaterThan(before?.value ?? 0);
  });

  it('statistics for a quarter: one row per department and metric, anonymised', async () => {
    const stats = await statistics(t.database, t.scope(), { period: '2026-Q4', today: TODAY });
    if (!stats.ok) throw new Error(stats.error.message);
    expect(stats.value.rows.every((r) => r.month === '2026-Q4')).toBe(true);
    expect(stats.value.rows.find((r) => r.department === TOTAL && r.metric === 'files_open')?.value).toBe(
      (await fromTables(MONTH, '2027-01-01')).files,
    );
    expect((await statistics(t.database, t.scope(), { period: '2026-Q5', today: TODAY })).ok).toBe(false);
  });

  it('OSLO: every demo debtor with a file and a plan exports without SHACL violations', async () => {
    for (const id of helped) {
      const doc = await exportDebtorFile(t.database, t.scope(), id, TODAY);
      if (!doc.ok) throw new Error(doc.error.message);
      expect(JSON.stringify(doc.value)).toContain('Afbetalingsplan.afbetalingsplanonderdeel');
      expect(await validateDocument(doc.value)).toEqual([]);
    }
  }, 60_000);
});

describe('business case from an eligibility ruleset', () => {
  const typed = {
    peopleReached: 999,
    averageDebtPerPerson: 50_000,
    claimsPerPerson: 3,
    repaymentRatePct: 60,
    statusQuoRecoveryPct: 30,
    bailiffSharePct: 20,
    staffMinutesPerFile: 120,
    staffCostPerHour: 5_000,
    costModel: DEFAULT_COST_MODEL,
  };
  const eligibleOf = async (draft: unknown) => {
    const report = await whatIf(t.database, t.scope(), draft, TODAY);
    if (!report.ok) throw new Error(report.error.message);
    return {
      eligible: PROFILES.reduce((n, p) => n + report.value.draft[p].eligible, 0),
      open: eligibleOpenCents(report.value),
    };
  };

  it('takes the people reached from the what-if of a stored version or a draft, else the typed number', async () => {
    const stored = await rulesetVersion(t.database, t.scope(), 1);
    if (!stored.ok) throw new Error(stored.error.message);
    const expected = await eligibleOf(stored.value.ruleset);
    expect(expected.eligible).toBeGreaterThan(0);
    const byVersion = await resolveScenario(
      t.database,
      t.scope(),
      { ...typed, ruleset: { version: 1 } },
      TODAY,
    );
    if (!byVersion.ok) throw new Error(byVersion.error.message);
    expect(byVersion.value.outcome.peopleReached).toBe(expected.eligible);
    expect(byVersion.value.source).toEqual({
      kind: 'ruleset',
      version: 1,
      date: TODAY,
      eligible: expected.eligible,
      openCents: expected.open,
    });
    expect(byVersion.value.inputs.averageDebtPerPerson).toBe(Math.round(expected.open / expected.eligible));

    const fromDraft = await resolveScenario(
      t.database,
      t.scope(),
      { ...typed, ruleset: { draft: DEFAULT_RULESET } },
      TODAY,
    );
    if (!fromDraft.ok) throw new Error(fromDraft.error.message);
    expect(fromDraft.value.outcome.peopleReached).toBe((await eligibleOf(DEFAULT_RULESET)).eligible);
    expect(fromDraft.value.source).toMatchObject({ kind: 'ruleset', version: null });
    const invalid = await resolveScenario(
      t.database,
      t.scope(),
      { ...typed, ruleset: { draft: { rules: 1 } } },
      TODAY,
    );
    expect(invalid.ok).toBe(false);

    const plain = await resolveScenario(t.database, t.scope(), typed, TODAY);
    if (!plain.ok) throw new Error(plain.error.message);
    expect(plain.value.outcome.peopleReached).toBe(999);
    expect(plain.value.source).toEqual({ kind: 'typed' });
  });

  it('saved scenarios keep the ruleset and are evaluated from it; an unknown version is refused', async () => {
    const saved = await saveScenario(
      t.database,
      t.scope(),
      'Regelset 1',
      { ...typed, ruleset: { version: 1 } },
      TODAY,
    );
    expect(saved.ok).toBe(true);
    const unknown = await saveScenario(
      t.database,
      t.scope(),
      'Fout',
      { ...typed, ruleset: { version: 999 } },
      TODAY,
    );
    expect(unknown.ok).toBe(false);
    const stored = await rulesetVersion(t.database, t.scope(), 1);
    if (!stored.ok) throw new Error(stored.error.message);
    const expected = await eligibleOf(stored.value.ruleset);
    const list = await listScenarios(t.database, t.scope(), TODAY);
    const mine = list.find((s) => s.name === 'Regelset 1');
    expect(mine?.inputs.ruleset).toEqual({ version: 1 });
    expect(mine?.outcome.peopleReached).toBe(expected.eligible);
    expect(mine?.source.kind).toBe('ruleset');
  });
});
