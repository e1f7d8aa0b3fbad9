/**
 * Reading decisions. The outcome (eligible, profile, since) is for everyone who may see the person; the
 * explanation and the facts behind it only for the roles the routes allow (finance, consented social
 * workers), and every opening is in the access log (src/access/hooks.ts).
 */
import { sql } from 'kysely';
import { type Fact, isValidOn } from '../kernel/eligibility/facts.ts';
import type { Profile, Ruleset } from '../kernel/eligibility/ruleset.ts';
import { err, ok, type Result } from '../kernel/result.ts';
import type { Database, Executor } from '../platform/db.ts';
import { type Failure, failure } from '../platform/errors.ts';
import type { Lang, Scope } from '../platform/scope.ts';
import { compileRuleset, type Explanation } from './engine.ts';
import { type ExplanationSentences, explanationSentences } from './explanation-text.ts';
import { factsOfDebtor } from './fact-store.ts';
import { eligibilityMessages } from './messages.ts';
import { isCompact } from './stored-explanation.ts';

export interface OutcomeView {
  readonly debtorId: string;
  readonly eligible: boolean;
  readonly profile: Profile;
  readonly since: string;
  readonly evaluatedOn: string;
}

export interface ExplanationView extends OutcomeView {
  readonly score: number;
  readonly rights: string[];
  readonly explanation: Explanation;
  /** The same explanation as sentences in the reader's language (explanation-text.ts). */
  readonly sentences: ExplanationSentences;
  /** False when rebuilt from the facts kept with the decision; true when computed again from today's facts. */
  readonly recomputed: boolean;
  /** Whether the explanation gives the recorded outcome (false when today's facts no longer do). */
  readonly matchesDecision: boolean;
}

/** The organisation's debtor, narrowed to consented/own debtors or to a clerk's departments. */
export async function visibleDebtor(db: Executor, scope: Scope, debtorId: string): Promise<boolean> {
  if (scope.debtorIds && !scope.debtorIds.includes(debtorId)) return false;
  let q = db
    .selectFrom('debtors as d')
    .select('d.id')
    .where('d.organisation_id', '=', scope.orgId)
    .where('d.id', '=', debtorId);
  const departments = scope.departmentIds;
  if (departments) {
    if (departments.length === 0) return false;
    q = q.where((eb) =>
      eb.or([
        eb.exists(
          eb
            .selectFrom('claims as k')
            .select('k.id')
            .whereRef('k.debtor_id', '=', 'd.id')
            .where('k.department_id', 'in', departments),
        ),
        eb.exists(
          eb
            .selectFrom('customer_numbers as n')
            .select('n.debtor_id')
            .whereRef('n.debtor_id', '=', 'd.id')
            .where('n.department_id', 'in', departments),
        ),
      ]),
    );
  }
  return (await q.executeTakeFirst()) !== undefined;
}

function unknownPerson(lang: Lang): Failure {
  return failure('not_found', 'unknown_debtor', eligibilityMessages.text(lang, 'unknownPerson'));
}

function notEvaluated(lang: Lang): Failure {
  return failure('not_found', 'not_evaluated', eligibilityMessages.text(lang, 'notEvaluated'));
}

export async function outcomeOf(
  database: Database,
  scope: Scope,
  debtorId: string,
): Promise<Result<OutcomeView, Failure>> {
  const { db } = database;
  if (!(await visibleDebtor(db, scope, debtorId))) return err(unknownPerson(scope.lang));
  const row = await db
    .selectFrom('eligibility_current as c')
    .select(['c.eligible', 'c.profile', 'c.since'])
    .where('c.organisation_id', '=', scope.orgId)
    .where('c.debtor_id', '=', debtorId)
    .executeTakeFirst();
  const last = await latestDecision(db, scope.orgId, debtorId);
  if (!row || !last) return err(notEvaluated(scope.lang));
  return ok({
    debtorId,
    eligible: row.eligible,
    profile: row.profile as Profile,
    since: row.since,
    evaluatedOn: last.evaluation_date,
  });
}

function latestDecision(db: Executor, orgId: string, debtorId: string) {
  return (
    db
      .selectFrom('eligibility_decisions as d')
      .innerJoin('eligibility_sweeps as s', 's.id', 'd.sweep_id')
      .innerJoin('eligibility_rulesets as r', 'r.id', 's.ruleset_id')
      .select([
        'd.eligible',
        'd.profile',
        'd.score',
        'd.rights',
        'd.open_cents',
        'd.departments',
        'd.explanation',
        's.evaluation_date',
        'r.body',
      ])
      .where('d.organisation_id', '=', orgId)
      .where('d.debtor_id', '=', debtorId)
      .where('s.status', '=', 'done')
      // The sweep run last set the current outcome, whatever its date.
      .orderBy('s.finished_at', 'desc')
      .limit(1)
      .executeTakeFirst()
  );
}

/**
 * The explanation of the person's latest decision, structured and as sentences in the reader's language.
 * A new or changed decision kept the facts it used (stored-explanation.ts): the explanation is rebuilt from
 * them exactly. An unchanged decision (or one stored before the compact form) is computed again from
 * today's facts. Facts not valid on the evaluation date only serve to say why a condition failed.
 */
export async function explanationOf(
  database: Database,
  scope: Scope,
  debtorId: string,
): Promise<Result<ExplanationView, Failure>> {
  const outcome = await outcomeOf(database, scope, debtorId);
  if (!outcome.ok) return outcome;
  const { db } = database;
  const d = await latestDecision(db, scope.orgId, debtorId);
  if (!d) return err(notEvaluated(scope.lang));
  const base = { ...outcome.value, score: d.score, rights: d.rights };
  const current = (await factsOfDebtor(db, scope.orgId, debtorId)).map((f) => f.fact);
  const stored = d.explanation;
  const recomputed = !isCompact(stored);
  const facts = isCompact(stored)
    ? [...stored.facts, ...current.filter((f) => !isValidOn(f.period, d.evaluation_date))]
    : current;
  const again = compileRuleset(d.body as unknown as Ruleset).evaluate(
    { personId: debtorId, facts, openDebtCents: Number(d.open_cents), openDebtDepartments: d.departments },
    d.evaluation_date,
  );
  return ok({
    ...base,
    explanation: again.explanation,
    sentences: explanationSentences(again.explanation, scope.lang),
    recomputed,
    matchesDecision: again.eligible === d.eligible && again.profile === d.profile && again.score === d.score,
  });
}

export interface PersonFactsView {
  readonly debtorId: string;
  readonly facts: (Fact & { readonly validToday: boolean })[];
  /** Other debtors in the same household (from the claims data), and the household fact valid today. */
  readonly household: { readonly members: number; readonly fact: Fact | null };
}

export async function personFacts(
  database: Database,
  scope: Scope,
  debtorId: string,
  today: string,
): Promise<Result<PersonFactsView, Failure>> {
  const { db } = database;
  if (!(await visibleDebtor(db, scope, debtorId))) return err(unknownPerson(scope.lang));
  const facts = (await factsOfDebtor(db, scope.orgId, debtorId)).map((f) => ({
    ...f.fact,
    validToday: isValidOn(f.fact.period, today),
  }));
  const members = await db
    .selectFrom('debtors as d')
    .innerJoin('debtors as m', 'm.household_id', 'd.household_id')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('d.id', '=', debtorId)
    .where('d.organisation_id', '=', scope.orgId)
    .where('m.merged_into', 'is', null)
    .executeTakeFirst();
  const household = facts
    .filter((f) => f.kind === 'household' && f.validToday)
    .sort((a, b) => (a.period.from < b.period.from ? 1 : -1))[0];
  return ok({
    debtorId,
    facts,
    household: { members: Math.max(1, members?.n ?? 1), fact: household ?? null },
  });
}
