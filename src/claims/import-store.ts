import { sql } from 'kysely';
import type { Executor } from '../platform/db.ts';
import { analyzeTables } from '../platform/tenant.ts';

/** Columns of claim_import_rows, in the order copyLine writes them. */
export const STAGING_COLUMNS = [
  'import_id',
  'row_no',
  'claim_id',
  'national_number',
  'national_number_kind',
  'customer_number',
  'name',
  'birth_date',
  'street',
  'house_number',
  'postal_code',
  'city',
  'category',
  'principal',
  'charges',
  'paid',
  'issue_date',
  'due_date',
  'status',
] as const;

/**
 * From this many staged rows on, the merge refreshes the statistics of the tables it joins. Measured
 * on PostgreSQL beside 200,000 claims: 900 rows merge in 0.2 s without and 0.5 s with the refresh,
 * 4,900 rows in 2.7 s without and 0.8 s with it.
 */
const BULK_ROWS = 1_000;

/** Told the wall time of each phase of an import (the import benchmark prints them). */
export type PhaseListener = (phase: string, seconds: number) => void;

export async function timed<T>(
  listener: PhaseListener | null,
  phase: string,
  fn: () => Promise<T>,
): Promise<T> {
  if (!listener) return fn();
  const start = process.hrtime.bigint();
  const value = await fn();
  listener(phase, Number(process.hrtime.bigint() - start) / 1e9);
  return value;
}

export interface ImportKey {
  readonly importId: string;
  readonly orgId: string;
  readonly departmentId: string;
}

export async function insertImport(
  db: Executor,
  key: ImportKey,
  fileName: string | null,
  mode: 'all_or_nothing' | 'partial' | 'dry_run',
): Promise<void> {
  await db
    .insertInto('claim_imports')
    .values({
      id: key.importId,
      organisation_id: key.orgId,
      department_id: key.departmentId,
      file_name: fileName,
      mode,
      status: 'running',
      rejected_csv: null,
      finished_at: null,
    })
    .execute();
}

export async function finishImport(
  db: Executor,
  importId: string,
  values: {
    status: 'committed' | 'rejected' | 'dry_run';
    rows: number;
    created: number;
    updated: number;
    unchanged: number;
    rejected: number;
    rejectedCsv: string | null;
  },
): Promise<void> {
  await db
    .updateTable('claim_imports')
    .set({
      status: values.status,
      rows: values.rows,
      created: values.created,
      updated: values.updated,
      unchanged: values.unchanged,
      rejected: values.rejected,
      rejected_csv: values.rejectedCsv,
      finished_at: new Date(),
    })
    .where('id', '=', importId)
    .execute();
}

export async function deleteStagingRows(db: Executor, importId: string): Promise<void> {
  await db.deleteFrom('claim_import_rows').where('import_id', '=', importId).execute();
}

/** Imports whose process is gone (no heartbeat for this long) are cleaned up by the next start. */
export const STALE_IMPORT_SECONDS = 120;

export async function heartbeat(db: Executor, importId: string): Promise<void> {
  await db
    .updateTable('claim_imports')
    .set({ heartbeat_at: new Date() })
    .where('id', '=', importId)
    .execute();
}

/**
 * Imports a killed process left half-staged: nothing of them was acknowledged, so drop them. An
 * import still beating its heart belongs to another live instance and is left alone.
 */
export async function cleanInterruptedImports(db: Executor): Promise<number> {
  // Marked and dropped together: an import marked interrupted with its rows left would never be cleaned.
  if (!db.isTransaction) return db.transaction().execute((trx) => cleanInterruptedImports(trx));
  const r = await db
    .updateTable('claim_imports')
    .set({ status: 'interrupted', finished_at: new Date() })
    .where('status', '=', 'running')
    .where(sql<boolean>`heartbeat_at < now() - make_interval(secs => ${STALE_IMPORT_SECONDS})`)
    .returning('id')
    .execute();
  if (r.length > 0) {
    await db
      .deleteFrom('claim_import_rows')
      .where(
        'import_id',
        'in',
        r.map((x) => x.id),
      )
      .execute();
  }
  return r.length;
}

/** An import whose request failed midway: never left `running` (its staged rows are deleted by the caller). */
export async function markInterrupted(db: Executor, importId: string): Promise<void> {
  await db
    .updateTable('claim_imports')
    .set({ status: 'interrupted', finished_at: new Date() })
    .where('id', '=', importId)
    .where('status', '=', 'running')
    .execute();
}

export async function deleteStagedRows(
  db: Executor,
  importId: string,
  rows: readonly number[],
): Promise<void> {
  if (rows.length === 0) return;
  await db
    .deleteFrom('claim_import_rows')
    .where('import_id', '=', importId)
    .where('row_no', 'in', rows)
    .execute();
}

/** How many staged rows would create, change or leave a claim unchanged (dry run: writes nothing). */
export async function previewMerge(db: Executor, key: ImportKey) {
  const changed = sql`(k.category_id IS DISTINCT FROM cat.id OR k.principal <> s.principal OR k.charges <> s.charges
    OR k.paid <> s.paid OR k.issue_date IS DISTINCT FROM s.issue_date OR k.due_date <> s.due_date OR k.status <> s.status)`;
  const r = await sql<{ created: number; updated: number; unchanged: number }>`
    SELECT
      count(*) FILTER (WHERE k.id IS NULL)::int AS created,
      count(*) FILTER (WHERE k.id IS NOT NULL AND ${changed})::int AS updated,
      count(*) FILTER (WHERE k.id IS NOT NULL AND NOT ${changed})::int AS unchanged
    FROM claim_import_rows s
    LEFT JOIN claims k ON k.organisation_id = ${key.orgId} AND k.department_id = ${key.departmentId} AND k.claim_id = s.claim_id
    LEFT JOIN claim_categories cat ON cat.department_id = ${key.departmentId} AND cat.name = s.category
    WHERE s.import_id = ${key.importId}`.execute(db);
  return r.rows[0] ?? { created: 0, updated: 0, unchanged: 0 };
}

/**
 * Merges a staged file into the claims, set-based, inside the caller's transaction:
 * categories on first use, one debtor per national number (else per department customer number),
 * name + birth date + address look-alikes as suggestions only, then claims upserted by
 * (department, claim id) with every change recorded.
 */
export async function mergeStagedImport(
  db: Executor,
  key: ImportKey,
  stagedRows: number,
  phase: PhaseListener | null = null,
) {
  const { importId, orgId, departmentId } = key;
  // Fresh rows have no statistics: without them the planner picks nested loops that take minutes on
  // a large file. A small one (a billing system pushing a few claims) is not worth the sampling.
  const bulk = stagedRows >= BULK_ROWS;
  // the big sorts and hash joins below stay in memory instead of spilling to disk
  await sql`SET LOCAL work_mem = '128MB'`.execute(db);
  if (bulk) await timed(phase, 'statistics', () => analyzeTables(db, ['claim_import_rows']));
  await sql`
    INSERT INTO claim_categories (organisation_id, department_id, name)
    SELECT DISTINCT ${orgId}::uuid, ${departmentId}::uuid, category FROM claim_import_rows WHERE import_id = ${importId}
    ON CONFLICT (department_id, name) DO NOTHING`.execute(db);

  await timed(phase, 'debtors by national number', () =>
    sql`
    WITH new_people AS MATERIALIZED (
      SELECT DISTINCT ON (s.national_number_kind, s.national_number)
        gen_random_uuid() AS id, s.national_number_kind AS kind, s.national_number AS value,
        s.name, s.birth_date, s.street, s.house_number, s.postal_code, s.city
      FROM claim_import_rows s
      WHERE s.import_id = ${importId} AND s.national_number IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM person_identifiers p
          WHERE p.organisation_id = ${orgId} AND p.kind = s.national_number_kind AND p.value = s.national_number)
      ORDER BY s.national_number_kind, s.national_number, s.row_no
    ), created AS (
      INSERT INTO debtors (id, organisation_id, name, birth_date, street, house_number, postal_code, city, created_by_import)
      SELECT id, ${orgId}, name, birth_date, street, house_number, postal_code, city, ${importId} FROM new_people
    )
    INSERT INTO person_identifiers (organisation_id, kind, value, debtor_id)
    SELECT ${orgId}, kind, value, id FROM new_people`.execute(db),
  );

  const withoutNationalNumber = await timed(phase, 'debtors by customer number', () =>
    sql`
    WITH new_people AS MATERIALIZED (
      SELECT DISTINCT ON (s.customer_number)
        gen_random_uuid() AS id, s.customer_number, s.name, s.birth_date, s.street, s.house_number, s.postal_code, s.city
      FROM claim_import_rows s
      WHERE s.import_id = ${importId} AND s.national_number IS NULL AND s.customer_number IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM customer_numbers c
          WHERE c.organisation_id = ${orgId} AND c.department_id = ${departmentId} AND c.customer_number = s.customer_number)
      ORDER BY s.customer_number, s.row_no
    ), created AS (
      INSERT INTO debtors (id, organisation_id, name, birth_date, street, house_number, postal_code, city, created_by_import)
      SELECT id, ${orgId}, name, birth_date, street, house_number, postal_code, city, ${importId} FROM new_people
    )
    INSERT INTO customer_numbers (organisation_id, department_id, customer_number, debtor_id)
    SELECT ${orgId}, ${departmentId}, customer_number, id FROM new_people`.execute(db),
  );

  // A row with both numbers teaches us the customer number of a known person.
  await timed(phase, 'learn customer numbers', () =>
    sql`
    INSERT INTO customer_numbers (organisation_id, department_id, customer_number, debtor_id)
    SELECT DISTINCT ON (s.customer_number) ${orgId}::uuid, ${departmentId}::uuid, s.customer_number, p.debtor_id
    FROM claim_import_rows s
    JOIN person_identifiers p ON p.organisation_id = ${orgId} AND p.kind = s.national_number_kind AND p.value = s.national_number
    WHERE s.import_id = ${importId} AND s.customer_number IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM customer_numbers c WHERE c.organisation_id = ${orgId}
        AND c.department_id = ${departmentId} AND c.customer_number = s.customer_number)
    ORDER BY s.customer_number, s.row_no
    ON CONFLICT (organisation_id, department_id, customer_number) DO NOTHING`.execute(db),
  );

  // The debtors and numbers just created have no statistics yet: the joins below need them.
  if (bulk)
    await timed(phase, 'statistics', () =>
      analyzeTables(db, ['debtors', 'person_identifiers', 'customer_numbers', 'claim_categories', 'claims']),
    );
  // Two debtors that both have a national number are never look-alikes: without a debtor lacking
  // one (new or old) there is nothing to suggest.
  if (
    Number(withoutNationalNumber.numAffectedRows ?? 0) > 0 ||
    (await hasDebtorWithoutNationalNumber(db, orgId))
  )
    await timed(phase, 'look-alike suggestions', () => suggestLookAlikes(db, key));

  return timed(phase, 'claims', () => upsertClaims(db, key));
}

async function hasDebtorWithoutNationalNumber(db: Executor, orgId: string): Promise<boolean> {
  const r = await sql<{ one: number }>`
    SELECT 1 AS one FROM debtors d
    WHERE d.organisation_id = ${orgId} AND d.birth_date IS NOT NULL AND d.merged_into IS NULL
      AND NOT EXISTS (SELECT 1 FROM person_identifiers p WHERE p.debtor_id = d.id)
    LIMIT 1`.execute(db);
  return r.rows.length > 0;
}

async function suggestLookAlikes(db: Executor, key: ImportKey): Promise<void> {
  const { importId, orgId } = key;
  await sql`
    INSERT INTO debtor_match_suggestions (organisation_id, debtor_id, candidate_id, reason)
    SELECT ${orgId}, n.id, o.id, 'name_birth_date_address'
    FROM debtors n
    JOIN debtors o ON o.organisation_id = ${orgId} AND o.look_alike_key = n.look_alike_key
      AND o.birth_date = n.birth_date AND o.id <> n.id AND o.merged_into IS NULL
      AND (o.created_by_import IS DISTINCT FROM n.created_by_import OR o.id < n.id)
    WHERE n.organisation_id = ${orgId} AND n.created_by_import = ${importId} AND n.birth_date IS NOT NULL
      AND NOT (EXISTS (SELECT 1 FROM person_identifiers a WHERE a.debtor_id = n.id)
           AND EXISTS (SELECT 1 FROM person_identifiers b WHERE b.debtor_id = o.id))
    ON CONFLICT (debtor_id, candidate_id) DO NOTHING`.execute(db);
}

/**
 * One pass over the staged rows: each row's debtor and category are resolved once, the claim as it
 * was is read in the same snapshot, its change is recorded, and only new or changed claims are
 * written (the conflict clause still guards against a claim created meanwhile).
 */
async function upsertClaims(db: Executor, key: ImportKey) {
  const { importId, orgId, departmentId } = key;
  const r = await sql<{ created: number; updated: number }>`
    WITH src AS (
      SELECT s.claim_id, COALESCE(p.debtor_id, c.debtor_id) AS debtor_id, cat.id AS category_id, s.principal,
        s.charges, s.paid, s.issue_date, s.due_date, s.status, k.id AS existing_id,
        CASE WHEN k.id IS NOT NULL THEN jsonb_build_object('debtorId', k.debtor_id, 'categoryId', k.category_id,
          'principal', k.principal, 'charges', k.charges, 'paid', k.paid, 'issueDate', k.issue_date,
          'dueDate', k.due_date, 'status', k.status) END AS before,
        (k.debtor_id, k.category_id, k.principal, k.charges, k.paid, k.issue_date, k.due_date, k.status)
          IS NOT DISTINCT FROM (COALESCE(p.debtor_id, c.debtor_id), cat.id, s.principal, s.charges, s.paid,
            s.issue_date, s.due_date, s.status) AS unchanged
      FROM claim_import_rows s
      LEFT JOIN person_identifiers p
        ON p.organisation_id = ${orgId} AND p.kind = s.national_number_kind AND p.value = s.national_number
      -- only rows without a national number go by customer number (a NULL key never matches)
      LEFT JOIN customer_numbers c ON c.organisation_id = ${orgId} AND c.department_id = ${departmentId}
        AND c.customer_number = CASE WHEN s.national_number IS NULL THEN s.customer_number END
      JOIN claim_categories cat ON cat.department_id = ${departmentId} AND cat.name = s.category
      LEFT JOIN claims k ON k.organisation_id = ${orgId} AND k.department_id = ${departmentId} AND k.claim_id = s.claim_id
      WHERE s.import_id = ${importId}
    ), changes AS (
      INSERT INTO claim_changes (organisation_id, claim_id, import_id, before, after)
      SELECT ${orgId}, existing_id, ${importId}, before,
        jsonb_build_object('debtorId', debtor_id, 'categoryId', category_id, 'principal', principal,
          'charges', charges, 'paid', paid, 'issueDate', issue_date, 'dueDate', due_date, 'status', status)
      FROM src WHERE existing_id IS NOT NULL AND NOT unchanged
    ), up AS (
      INSERT INTO claims AS k (organisation_id, department_id, claim_id, debtor_id, category_id,
        principal, charges, paid, issue_date, due_date, status, import_id)
      SELECT ${orgId}, ${departmentId}, claim_id, debtor_id, category_id,
        principal, charges, paid, issue_date, due_date, status, ${importId}
      FROM src WHERE NOT unchanged
      ON CONFLICT (organisation_id, department_id, claim_id) DO UPDATE SET
        debtor_id = EXCLUDED.debtor_id, category_id = EXCLUDED.category_id, principal = EXCLUDED.principal,
        charges = EXCLUDED.charges, paid = EXCLUDED.paid, issue_date = EXCLUDED.issue_date,
        due_date = EXCLUDED.due_date, status = EXCLUDED.status, import_id = EXCLUDED.import_id, updated_at = now()
      WHERE (k.debtor_id, k.category_id, k.principal, k.charges, k.paid, k.issue_date, k.due_date, k.status)
        IS DISTINCT FROM (EXCLUDED.debtor_id, EXCLUDED.category_id, EXCLUDED.principal, EXCLUDED.charges,
          EXCLUDED.paid, EXCLUDED.issue_date, EXCLUDED.due_date, EXCLUDED.status)
      RETURNING (xmax = 0) AS inserted
    )
    SELECT count(*) FILTER (WHERE inserted)::int AS created, count(*) FILTER (WHERE NOT inserted)::int AS updated FROM up`.execute(
    db,
  );
  return r.rows[0] ?? { created: 0, updated: 0 };
}

export async function rejectedCsvOf(db: Executor, orgId: string, importId: string): Promise<string | null> {
  const row = await db
    .selectFrom('claim_imports')
    .select('rejected_csv')
    .where('organisation_id', '=', orgId)
    .where('id', '=', importId)
    .executeTakeFirst();
  return row?.rejected_csv ?? null;
}

/**
 * Staged rows that would raise the charges of a claim bundled in an EvS file (frozen): from the
 * bundling date no department adds costs. `allowed` is the charge level at bundling (the charges still
 * on the claim plus those waived as an OSLO Vermindering).
 */
export async function frozenChargeRaises(db: Executor, key: ImportKey) {
  const r = await sql<{ row_no: number; claim_id: string; charges: number; allowed: number }>`
    SELECT s.row_no, s.claim_id, s.charges,
      (k.charges + coalesce((SELECT sum(r.amount) FROM claim_reductions r WHERE r.claim_id = k.id AND r.source = 'bundling'), 0))::bigint AS allowed
    FROM claim_import_rows s
    JOIN claims k ON k.organisation_id = ${key.orgId} AND k.department_id = ${key.departmentId} AND k.claim_id = s.claim_id
    WHERE s.import_id = ${key.importId} AND k.frozen_at IS NOT NULL
      AND s.charges > k.charges + coalesce((SELECT sum(r.amount) FROM claim_reductions r WHERE r.claim_id = k.id AND r.source = 'bundling'), 0)
    ORDER BY s.row_no`.execute(db);
  return r.rows.map((x) => ({ ...x, charges: Number(x.charges), allowed: Number(x.allowed) }));
}

/**
 * Charges waived on a frozen claim stay waived, and right reductions accepted on a claim stay deducted,
 * when the department sends its own figure again.
 */
export async function netOutWaivedCharges(db: Executor, key: ImportKey): Promise<void> {
  // The reductions are computed once (MATERIALIZED), not once per staged row: the planner, without
  // statistics on the fresh staged rows, would otherwise rerun them in a nested loop (seconds).
  await sql`
    WITH w AS MATERIALIZED (
      SELECT k.claim_id, sum(r.amount) AS waived
      FROM claim_reductions r JOIN claims k ON k.id = r.claim_id
      WHERE r.organisation_id = ${key.orgId} AND r.source = 'bundling'
        AND k.department_id = ${key.departmentId} AND k.frozen_at IS NOT NULL
      GROUP BY k.claim_id)
    UPDATE claim_import_rows s SET charges = greatest(s.charges - w.waived, 0)
    FROM w WHERE s.import_id = ${key.importId} AND s.claim_id = w.claim_id`.execute(db);
  // Reductions accepted from a local right (src/eligibility/reduction-service.ts) lowered the principal;
  // the department's own figure comes back without them and must not undo them.
  await sql`
    WITH w AS MATERIALIZED (
      SELECT k.claim_id, sum(r.amount) AS reduced
      FROM claim_reductions r JOIN claims k ON k.id = r.claim_id
      WHERE r.organisation_id = ${key.orgId} AND r.source = 'right' AND r.status = 'accepted'
        AND k.department_id = ${key.departmentId}
      GROUP BY k.claim_id)
    UPDATE claim_import_rows s SET principal = greatest(s.principal - w.reduced, 0)
    FROM w WHERE s.import_id = ${key.importId} AND s.claim_id = w.claim_id`.execute(db);
}
