/**
 * Rulesets per organisation: versioned, effective from a date, validated on save. An organisation
 * without one gets the default ruleset (version 1) the first time it needs one.
 */

import { activeRuleset, localizedText, type Ruleset } from '../kernel/eligibility/ruleset.ts';
import { type RulesetIssue, validateRuleset } from '../kernel/eligibility/validate-ruleset.ts';
import { err, ok, type Result } from '../kernel/result.ts';
import { audit } from '../platform/audit.ts';
import type { Database, Executor } from '../platform/db.ts';
import { type Failure, failure } from '../platform/errors.ts';
import type { Lang, Scope } from '../platform/scope.ts';
import { DEFAULT_RULESET } from './default-ruleset.ts';
import { eligibilityMessages } from './messages.ts';

export interface StoredRuleset {
  /** Row id: what sweeps refer to. */
  readonly rowId: string;
  readonly version: number;
  readonly effectiveFrom: string;
  readonly ruleset: Ruleset;
  readonly createdBy: string;
  readonly createdAt: Date;
}

export async function ensureDefaultRuleset(db: Executor, orgId: string): Promise<void> {
  await db
    .insertInto('eligibility_rulesets')
    .values({
      organisation_id: orgId,
      version: 1,
      effective_from: DEFAULT_RULESET.effectiveFrom,
      body: JSON.stringify({ ...DEFAULT_RULESET, version: 1 }),
      created_by: 'system',
    })
    .onConflict((oc) => oc.columns(['organisation_id', 'version']).doNothing())
    .execute();
}

/** All versions, oldest first; installs the default ruleset for an organisation that has none. */
export async function storedRulesets(db: Executor, orgId: string): Promise<StoredRuleset[]> {
  const read = () =>
    db
      .selectFrom('eligibility_rulesets')
      .select(['id', 'version', 'effective_from', 'body', 'created_by', 'created_at'])
      .where('organisation_id', '=', orgId)
      .orderBy('version')
      .execute();
  let rows = await read();
  if (rows.length === 0) {
    await ensureDefaultRuleset(db, orgId);
    rows = await read();
  }
  return rows.map((r) => ({
    rowId: r.id,
    version: r.version,
    effectiveFrom: r.effective_from,
    ruleset: r.body as unknown as Ruleset,
    createdBy: r.created_by,
    createdAt: r.created_at,
  }));
}

export async function activeStoredRuleset(
  db: Executor,
  orgId: string,
  date: string,
): Promise<StoredRuleset | null> {
  return activeRuleset(await storedRulesets(db, orgId), date);
}

export function noRulesetFailure(lang: Lang, date: string): Failure {
  return failure('not_found', 'no_ruleset', eligibilityMessages.text(lang, 'noRuleset', { date }));
}

export function invalidRulesetFailure(lang: Lang, issues: readonly RulesetIssue[]): Failure {
  const lines = issues.map((i) => `${i.path}: ${i.message[lang]}`);
  return failure(
    'invalid',
    'invalid_ruleset',
    eligibilityMessages.text(lang, 'invalidRuleset', { lines: lines.join('\n') }),
    issues.map((i) => ({ path: i.path, message: i.message[lang] })),
  );
}

/** Checks a draft: the version number is irrelevant for a draft, so any is accepted. */
export function checkDraft(lang: Lang, json: unknown): Result<Ruleset, Failure> {
  const doc =
    typeof json === 'object' && json !== null && !Array.isArray(json) ? { ...json, version: 1 } : json;
  const r = validateRuleset(doc);
  return r.ok ? ok(r.value) : err(invalidRulesetFailure(lang, r.error));
}

/** Saves a new version (the next number, whatever the document says) after validation. */
export async function saveRuleset(
  database: Database,
  scope: Scope,
  json: unknown,
): Promise<Result<StoredRuleset, Failure>> {
  return database.db.transaction().execute(async (trx) => {
    const existing = await storedRulesets(trx, scope.orgId);
    const version = Math.max(0, ...existing.map((r) => r.version)) + 1;
    const doc =
      typeof json === 'object' && json !== null && !Array.isArray(json) ? { ...json, version } : json;
    const valid = validateRuleset(doc);
    if (!valid.ok) return err(invalidRulesetFailure(scope.lang, valid.error));
    const row = await trx
      .insertInto('eligibility_rulesets')
      .values({
        organisation_id: scope.orgId,
        version,
        effective_from: valid.value.effectiveFrom,
        body: JSON.stringify(valid.value),
        created_by: scope.actor,
      })
      .returning(['id', 'created_at'])
      .executeTakeFirstOrThrow();
    await audit(trx, scope, 'eligibility.ruleset_saved', 'eligibility_ruleset', row.id, {
      version,
      effectiveFrom: valid.value.effectiveFrom,
    });
    return ok({
      rowId: row.id,
      version,
      effectiveFrom: valid.value.effectiveFrom,
      ruleset: valid.value,
      createdBy: scope.actor,
      createdAt: row.created_at,
    });
  });
}

/** One version, or (without a number) the latest saved version. */
export async function rulesetVersion(
  database: Database,
  scope: Scope,
  version?: number,
): Promise<Result<StoredRuleset, Failure>> {
  const all = await storedRulesets(database.db, scope.orgId);
  const found = version === undefined ? all.at(-1) : all.find((r) => r.version === version);
  if (found) return ok(found);
  return err(
    failure(
      'not_found',
      'unknown_ruleset_version',
      eligibilityMessages.text(scope.lang, 'unknownRulesetVersion', { version: String(version) }),
    ),
  );
}

export async function rulesetList(database: Database, scope: Scope, today: string) {
  const all = await storedRulesets(database.db, scope.orgId);
  const active = activeRuleset(all, today);
  return all.map((r) => ({
    version: r.version,
    effectiveFrom: r.effectiveFrom,
    name: localizedText(r.ruleset.name, scope.lang),
    createdBy: r.createdBy,
    createdAt: r.createdAt.toISOString(),
    active: r === active,
  }));
}
