import { err, ok, type Result } from '../kernel/result.ts';
import { audit } from '../platform/audit.ts';
import type { Database } from '../platform/db.ts';
import { type Failure, failure } from '../platform/errors.ts';
import type { Lang, Scope } from '../platform/scope.ts';
import { type ScenarioInputs, type ScenarioOutcome, scenarioProblems } from './business-case.ts';
import { reportsMessages } from './messages.ts';
import { type PeopleSource, resolveOrTyped, resolveScenario } from './scenario-ruleset.ts';

export interface SavedScenario {
  readonly id: string;
  readonly name: string;
  readonly inputs: ScenarioInputs;
  readonly outcome: ScenarioOutcome;
  readonly source: PeopleSource;
  readonly updatedAt: string;
}

export function checkScenario(lang: Lang, name: string, inputs: ScenarioInputs): Failure | null {
  const problems = scenarioProblems(inputs);
  if (name.trim() === '' || name.length > 100) problems.push('name');
  if (problems.length === 0) return null;
  return failure(
    'invalid',
    'invalid_scenario',
    reportsMessages.text(lang, 'invalidScenario', { fields: problems.join(', ') }),
    { fields: problems },
  );
}

/** Saved scenarios, each evaluated today (a ruleset scenario runs its what-if on today's population). */
export async function listScenarios(
  database: Database,
  scope: Scope,
  today: string,
): Promise<SavedScenario[]> {
  const rows = await database.db
    .selectFrom('business_case_scenarios')
    .select(['id', 'name', 'inputs', 'updated_at'])
    .where('organisation_id', '=', scope.orgId)
    .orderBy('name')
    .execute();
  const out: SavedScenario[] = [];
  for (const r of rows) {
    const resolved = await resolveOrTyped(database, scope, r.inputs, today);
    out.push({
      id: r.id,
      name: r.name,
      inputs: r.inputs,
      outcome: resolved.outcome,
      source: resolved.source,
      updatedAt: new Date(r.updated_at as unknown as string).toISOString(),
    });
  }
  return out;
}

/** Saves a scenario under its name (saving the same name again replaces it). */
export async function saveScenario(
  database: Database,
  scope: Scope,
  name: string,
  inputs: ScenarioInputs,
  today: string,
): Promise<Result<{ id: string }, Failure>> {
  const bad = checkScenario(scope.lang, name, inputs);
  if (bad) return err(bad);
  // a ruleset that gives no what-if (unknown version, invalid draft) is refused now, not found out later
  const resolved = await resolveScenario(database, scope, inputs, today);
  if (!resolved.ok) return resolved;
  const json = JSON.stringify(inputs);
  return database.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('business_case_scenarios')
      .values({ organisation_id: scope.orgId, name: name.trim(), inputs: json, created_by: scope.actor })
      .onConflict((oc) =>
        oc.columns(['organisation_id', 'name']).doUpdateSet({ inputs: json, updated_at: new Date() }),
      )
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit(trx, scope, 'reports.scenario_saved', 'business_case_scenario', row.id, {
      name: name.trim(),
    });
    return ok({ id: row.id });
  });
}

export async function deleteScenario(
  database: Database,
  scope: Scope,
  id: string,
): Promise<Result<null, Failure>> {
  return database.db.transaction().execute(async (trx) => {
    const r = await trx
      .deleteFrom('business_case_scenarios')
      .where('organisation_id', '=', scope.orgId)
      .where('id', '=', id)
      .returning('id')
      .executeTakeFirst();
    if (!r)
      return err(
        failure('not_found', 'unknown_scenario', reportsMessages.text(scope.lang, 'unknownScenario')),
      );
    await audit(trx, scope, 'reports.scenario_deleted', 'business_case_scenario', id);
    return ok(null);
  });
}
