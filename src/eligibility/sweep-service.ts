/**
 * The sweep: evaluate everyone with open claims on a date with the ruleset in force, record the decisions
 * (explanations only for new and changed outcomes), move the current outcomes, fill the worklist and
 * publish changed rights. Idempotent for the same date and ruleset version.
 */
import { randomUUID } from 'node:crypto';
import type { PersonFacts } from '../kernel/eligibility/facts.ts';
import { err, ok, type Result } from '../kernel/result.ts';
import { audit } from '../platform/audit.ts';
import { copyLine } from '../platform/copy-text.ts';
import type { Database } from '../platform/db.ts';
import type { Failure } from '../platform/errors.ts';
import type { Scope } from '../platform/scope.ts';
import { compileRuleset } from './engine.ts';
import { SIGNAL_FRESH_DAYS } from './fact-service.ts';
import { detectDepartmentSignals, linkFacts, signalsToWorklist } from './fact-store.ts';
import { proposeRightReductions } from './reduction-service.ts';
import { activeStoredRuleset, noRulesetFailure } from './ruleset-service.ts';
import { compactExplanation } from './stored-explanation.ts';
import { classifyChange, grantedRights, rightChanges } from './sweep-change.ts';
import { DEFAULT_SWEEP_DAYS, latestSweepDay } from './sweep-schedule.ts';
import {
  advanceCurrent,
  DECISION_COLUMNS,
  decisionsToWorklist,
  deleteSweepOutput,
  fillPopulation,
  GRANT_COLUMNS,
  readPopulationBatch,
} from './sweep-store.ts';

export const SWEEP_BATCH = 10_000;
/** A claim this many days past due is an early signal from its department. */
export const DEFAULT_OVERDUE_SIGNAL_DAYS = 60;

export interface SweepSummary {
  readonly sweepId: string;
  readonly date: string;
  readonly rulesetVersion: number;
  readonly people: number;
  readonly eligible: number;
  /** Decisions that differ from the person's previous outcome (first decisions included). */
  readonly changed: number;
  /** New worklist entries from this sweep's decisions. */
  readonly worklist: number;
  /** New worklist entries for early signals. */
  readonly signals: number;
  /** True when this date and ruleset had already been swept: nothing was done again. */
  readonly alreadyDone: boolean;
  /** Reductions newly proposed on issued invoices for granted rights (src/eligibility/reduction-service.ts). */
  readonly reductionsProposed: number;
}

export interface SweepOptions {
  readonly date?: string;
  readonly overdueSignalDays?: number;
}

export async function runSweep(
  database: Database,
  scope: Scope,
  today: string,
  opts: SweepOptions = {},
): Promise<Result<SweepSummary, Failure>> {
  const date = opts.date ?? today;
  const { db } = database;
  const stored = await activeStoredRuleset(db, scope.orgId, date);
  if (!stored) return err(noRulesetFailure(scope.lang, date));
  const existing = await db
    .selectFrom('eligibility_sweeps')
    .selectAll()
    .where('organisation_id', '=', scope.orgId)
    .where('evaluation_date', '=', date)
    .where('ruleset_id', '=', stored.rowId)
    .executeTakeFirst();
  const base = { date, rulesetVersion: stored.version };
  if (existing?.status === 'done')
    return ok({
      ...base,
      sweepId: existing.id,
      people: existing.people,
      eligible: existing.eligible,
      changed: existing.changed,
      worklist: existing.worklist,
      signals: 0,
      alreadyDone: true,
      reductionsProposed: 0,
    });
  // A sweep left 'running' was interrupted: its partial output is removed and it starts again.
  const sweepId = existing?.id ?? randomUUID();
  if (existing) await deleteSweepOutput(db, sweepId);
  else
    await db
      .insertInto('eligibility_sweeps')
      .values({
        id: sweepId,
        organisation_id: scope.orgId,
        evaluation_date: date,
        ruleset_id: stored.rowId,
        status: 'running',
        started_by: scope.actor,
      })
      .execute();

  await detectDepartmentSignals(db, scope.orgId, date, opts.overdueSignalDays ?? DEFAULT_OVERDUE_SIGNAL_DAYS);
  await linkFacts(db, scope.orgId);
  const signals = await signalsToWorklist(db, scope.orgId, date, SIGNAL_FRESH_DAYS);

  const counts = await evaluatePopulation(database, scope.orgId, sweepId, date, stored.ruleset);

  const worklist = await db.transaction().execute(async (trx) => {
    const added = await decisionsToWorklist(trx, scope.orgId, sweepId);
    await advanceCurrent(trx, scope.orgId, sweepId, date);
    await trx.deleteFrom('eligibility_population').where('sweep_id', '=', sweepId).execute();
    await trx
      .updateTable('eligibility_sweeps')
      .set({ status: 'done', finished_at: new Date(), ...counts, worklist: added })
      .where('id', '=', sweepId)
      .execute();
    await audit(trx, scope, 'eligibility.sweep', 'eligibility_sweep', sweepId, {
      date,
      rulesetVersion: stored.version,
      ...counts,
      worklist: added,
      signals,
    });
    return added;
  });
  const reductions = await proposeRightReductions(database, scope, date);
  const reductionsProposed = reductions.ok ? reductions.value.proposed : 0;
  return ok({ ...base, sweepId, ...counts, worklist, signals, alreadyDone: false, reductionsProposed });
}

/**
 * The hot loop: batches of people in, `decide` for each, the facts used kept (compact explanation) only
 * when the outcome changed, and
 * decisions plus right changes out by COPY. Exported for the benchmark.
 */
export async function evaluatePopulation(
  database: Database,
  orgId: string,
  sweepId: string,
  date: string,
  ruleset: Parameters<typeof compileRuleset>[0],
): Promise<{ people: number; eligible: number; changed: number }> {
  const { db } = database;
  const engine = compileRuleset(ruleset);
  const rightPeriods = new Map(ruleset.rights.map((r) => [r.code, r.period]));
  const people = await fillPopulation(db, orgId, sweepId);
  let eligible = 0;
  let changed = 0;
  let pendingCopy: Promise<unknown> = Promise.resolve();
  for (let from = 1; from <= people; from += SWEEP_BATCH) {
    const batch = await readPopulationBatch(db, orgId, sweepId, from, from + SWEEP_BATCH - 1, date);
    const decisions: string[] = new Array(batch.length);
    const grants: string[] = [];
    for (let i = 0; i < batch.length; i++) {
      const p = batch[i] as (typeof batch)[number];
      const person: PersonFacts = {
        personId: p.debtorId,
        facts: p.facts,
        openDebtCents: p.openCents,
        openDebtDepartments: p.departments,
      };
      const outcome = engine.decide(person, date);
      const granted = grantedRights(outcome);
      const change = classifyChange(p.previous, outcome, granted);
      if (outcome.eligible) eligible++;
      let explanation: string | null = null;
      if (change !== 'unchanged') {
        changed++;
        explanation = compactExplanation(engine.factsKept(person, date));
        for (const r of rightChanges(p.previous, outcome)) {
          const period = rightPeriods.get(r.code);
          grants.push(
            copyLine([
              orgId,
              p.debtorId,
              r.code,
              period?.from ?? date,
              period?.to ?? null,
              r.granted,
              date,
              sweepId,
            ]),
          );
        }
      }
      decisions[i] = copyLine([
        sweepId,
        orgId,
        p.debtorId,
        outcome.eligible,
        outcome.profile,
        outcome.score,
        p.openCents,
        p.departments,
        JSON.stringify(granted),
        change,
        explanation,
      ]);
    }
    // The COPY of this batch runs while the next batch is read.
    await pendingCopy;
    pendingCopy = (async () => {
      await database.copyInto('eligibility_decisions', DECISION_COLUMNS, decisions);
      if (grants.length > 0) await database.copyInto('eligibility_right_grants', GRANT_COLUMNS, grants);
    })();
    if (database.engine === 'pglite') await pendingCopy;
  }
  await pendingCopy;
  return { people, eligible, changed };
}

/**
 * The scheduled job (src/jobs/registry.ts runs it daily): sweeps with today's date when no sweep has run
 * since the latest sweep day (EVS_ELIGIBILITY_SWEEP_DAYS, `MM-DD,…`; default each quarter's first day).
 */
export async function scheduledSweep(
  database: Database,
  scope: Scope,
  today: string,
  settings: { readonly sweepDays: readonly string[] } = { sweepDays: DEFAULT_SWEEP_DAYS },
) {
  const due = latestSweepDay(today, settings.sweepDays);
  const done = await database.db
    .selectFrom('eligibility_sweeps')
    .select('id')
    .where('organisation_id', '=', scope.orgId)
    .where('status', '=', 'done')
    .where('evaluation_date', '>=', due)
    .executeTakeFirst();
  if (done) return { swept: false, due };
  const r = await runSweep(database, scope, today);
  if (!r.ok) return { swept: false, due, reason: r.error.code };
  const { sweepId: _id, ...counts } = r.value;
  return { swept: true, due, ...counts };
}
