import { sql } from 'kysely';
import type { Executor } from '../platform/db.ts';

export type SuggestionStatus = 'open' | 'confirmed' | 'rejected';

/** One side of a look-alike pair, with what a finance officer needs to decide. */
export interface ReviewSide {
  readonly id: string;
  readonly name: string;
  readonly birthDate: string | null;
  readonly address: string | null;
  readonly identifiers: readonly { kind: string; value: string }[];
  readonly customerNumbers: readonly { department: string; customerNumber: string }[];
  readonly departments: readonly { department: string; claims: number; open: number }[];
  readonly open: number;
}

export interface ReviewRow {
  readonly id: string;
  readonly status: SuggestionStatus;
  readonly reason: string;
  readonly decisionReason: string | null;
  readonly decidedBy: string | null;
  /** The live merge of a confirmed pair, to undo from the same page. */
  readonly mergeId: string | null;
  readonly open: number;
  readonly debtor: ReviewSide;
  readonly candidate: ReviewSide;
}

const OPEN_OF = (alias: string) =>
  sql`(SELECT coalesce(sum(greatest(0, k.principal + k.charges - k.paid - k.evs_paid)), 0)
       FROM claims k WHERE k.debtor_id = ${sql.ref(alias)} AND k.status = 'open')`;

/** Suggestions of one status, the largest open amount first (the pair's claims together), paged. */
export async function reviewPage(
  db: Executor,
  orgId: string,
  status: SuggestionStatus,
  page: { limit: number; offset: number },
): Promise<{ total: number; rows: ReviewRow[] }> {
  const total = await db
    .selectFrom('debtor_match_suggestions')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('organisation_id', '=', orgId)
    .where('status', '=', status)
    .executeTakeFirstOrThrow();
  const pairs = await sql<{
    id: string;
    status: SuggestionStatus;
    reason: string;
    decision_reason: string | null;
    decided_by: string | null;
    debtor_id: string;
    candidate_id: string;
    merge_id: string | null;
    open: string;
  }>`
    SELECT s.id, s.status, s.reason, s.decision_reason, s.decided_by, s.debtor_id, s.candidate_id,
      (SELECT m.id FROM debtor_merges m WHERE m.merged_id = s.debtor_id AND m.survivor_id = s.candidate_id
         AND m.undone_at IS NULL ORDER BY m.merged_at DESC LIMIT 1) AS merge_id,
      ${OPEN_OF('s.debtor_id')} + ${OPEN_OF('s.candidate_id')} AS open
    FROM debtor_match_suggestions s
    WHERE s.organisation_id = ${orgId} AND s.status = ${status}
    ORDER BY open DESC, s.created_at, s.id
    LIMIT ${page.limit} OFFSET ${page.offset}`.execute(db);
  const ids = [...new Set(pairs.rows.flatMap((p) => [p.debtor_id, p.candidate_id]))];
  const sides = await sidesOf(db, orgId, ids);
  const side = (id: string) => sides.get(id) ?? emptySide(id);
  return {
    total: Number(total.n),
    rows: pairs.rows.map((p) => ({
      id: p.id,
      status: p.status,
      reason: p.reason,
      decisionReason: p.decision_reason,
      decidedBy: p.decided_by,
      mergeId: p.merge_id,
      open: Number(p.open),
      debtor: side(p.debtor_id),
      candidate: side(p.candidate_id),
    })),
  };
}

function emptySide(id: string): ReviewSide {
  const none = { name: '', birthDate: null, address: null, identifiers: [], customerNumbers: [] };
  return { id, ...none, departments: [], open: 0 };
}

async function sidesOf(db: Executor, orgId: string, ids: string[]): Promise<Map<string, ReviewSide>> {
  const out = new Map<string, ReviewSide>();
  if (ids.length === 0) return out;
  const people = await db
    .selectFrom('debtors')
    .select(['id', 'name', 'birth_date', 'street', 'house_number', 'postal_code', 'city'])
    .where('organisation_id', '=', orgId)
    .where('id', 'in', ids)
    .execute();
  const identifiers = await db
    .selectFrom('person_identifiers')
    .select(['debtor_id', 'kind', 'value'])
    .where('debtor_id', 'in', ids)
    .execute();
  const customers = await db
    .selectFrom('customer_numbers as c')
    .innerJoin('departments as d', 'd.id', 'c.department_id')
    .select(['c.debtor_id', 'd.code', 'c.customer_number'])
    .where('c.debtor_id', 'in', ids)
    .execute();
  const departments = await sql<{ debtor_id: string; code: string; claims: string; open: string }>`
    SELECT k.debtor_id, d.code, count(*) AS claims,
      coalesce(sum(greatest(0, k.principal + k.charges - k.paid - k.evs_paid)), 0) AS open
    FROM claims k JOIN departments d ON d.id = k.department_id
    WHERE k.debtor_id IN (${sql.join(ids)}) AND k.status = 'open'
    GROUP BY k.debtor_id, d.code ORDER BY d.code`.execute(db);
  for (const p of people) {
    const depts = departments.rows
      .filter((r) => r.debtor_id === p.id)
      .map((r) => ({ department: r.code, claims: Number(r.claims), open: Number(r.open) }));
    const street = [p.street, p.house_number].filter(Boolean).join(' ');
    const town = [p.postal_code, p.city].filter(Boolean).join(' ');
    out.set(p.id, {
      id: p.id,
      name: p.name,
      birthDate: p.birth_date,
      address: [street, town].filter(Boolean).join(', ') || null,
      identifiers: identifiers
        .filter((i) => i.debtor_id === p.id)
        .map((i) => ({ kind: i.kind, value: i.value })),
      customerNumbers: customers
        .filter((c) => c.debtor_id === p.id)
        .map((c) => ({ department: c.code, customerNumber: c.customer_number })),
      departments: depts,
      open: depts.reduce((s, d) => s + d.open, 0),
    });
  }
  return out;
}

/** Open look-alike suggestions in which this debtor takes part (overview and open-file warning). */
export async function openSuggestionsOf(db: Executor, orgId: string, debtorId: string) {
  return db
    .selectFrom('debtor_match_suggestions')
    .select(['id', 'debtor_id as debtorId', 'candidate_id as candidateId'])
    .where('organisation_id', '=', orgId)
    .where('status', '=', 'open')
    .where((eb) => eb.or([eb('debtor_id', '=', debtorId), eb('candidate_id', '=', debtorId)]))
    .execute();
}
