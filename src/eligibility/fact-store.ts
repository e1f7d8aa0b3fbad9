/** SQL for social facts: idempotent upsert, linking to debtors, department signals, reads per person. */
import { sql } from 'kysely';
import type { Fact, FactKind } from '../kernel/eligibility/facts.ts';
import type { Executor } from '../platform/db.ts';

export interface FactRow {
  readonly factKey: string;
  readonly personKind: 'be' | 'nl' | null;
  readonly personValue: string | null;
  readonly debtorId: string | null;
  readonly kind: FactKind;
  readonly code: string;
  readonly source: string;
  readonly from: string;
  readonly to: string | null;
  readonly fact: Fact;
}

export interface UpsertCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

const BATCH = 500;

/** Inserts new facts and updates changed ones (same key, other content); identical rows are left alone. */
export async function upsertFacts(
  db: Executor,
  orgId: string,
  rows: readonly FactRow[],
): Promise<UpsertCounts> {
  const counts: UpsertCounts = { inserted: 0, updated: 0, unchanged: 0 };
  // A file may repeat a key; the last row wins, like a second import would.
  const unique = [...new Map(rows.map((r) => [r.factKey, r])).values()];
  for (let i = 0; i < unique.length; i += BATCH) {
    const chunk = unique.slice(i, i + BATCH);
    const written = await db
      .insertInto('eligibility_facts')
      .values(
        chunk.map((r) => ({
          organisation_id: orgId,
          fact_key: r.factKey,
          person_kind: r.personKind,
          person_value: r.personValue,
          debtor_id: r.debtorId,
          kind: r.kind,
          code: r.code,
          source: r.source,
          period_from: r.from,
          period_to: r.to,
          data: JSON.stringify(r.fact),
        })),
      )
      .onConflict((oc) =>
        oc
          .columns(['organisation_id', 'fact_key'])
          .doUpdateSet({
            data: sql`excluded.data`,
            period_to: sql`excluded.period_to`,
            debtor_id: sql`coalesce(excluded.debtor_id, eligibility_facts.debtor_id)`,
            updated_at: sql`now()`,
          })
          .where(sql<boolean>`eligibility_facts.data IS DISTINCT FROM excluded.data`),
      )
      .returning(sql<boolean>`(xmax = 0)`.as('inserted'))
      .execute();
    const inserted = written.filter((w) => w.inserted).length;
    counts.inserted += inserted;
    counts.updated += written.length - inserted;
    counts.unchanged += chunk.length - written.length;
  }
  return counts;
}

/** Debtor ids for national numbers (kind `be`) and BSNs (kind `nl`) already known to the organisation. */
export async function debtorsByIdentifier(
  db: Executor,
  orgId: string,
  refs: readonly { kind: 'be' | 'nl'; value: string }[],
): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (const kind of ['be', 'nl'] as const) {
    const values = [...new Set(refs.filter((r) => r.kind === kind).map((r) => r.value))];
    for (let i = 0; i < values.length; i += 5000) {
      const rows = await db
        .selectFrom('person_identifiers')
        .select(['value', 'debtor_id'])
        .where('organisation_id', '=', orgId)
        .where('kind', '=', kind)
        .where('value', 'in', values.slice(i, i + 5000))
        .execute();
      for (const r of rows) found.set(`${kind}:${r.value}`, r.debtor_id);
    }
  }
  return found;
}

/** Facts that arrived before their person became a debtor get linked once the debtor exists. */
export async function linkFacts(db: Executor, orgId: string): Promise<number> {
  const r = await sql`
    UPDATE eligibility_facts f SET debtor_id = pi.debtor_id
    FROM person_identifiers pi
    WHERE f.organisation_id = ${orgId} AND f.debtor_id IS NULL
      AND pi.organisation_id = ${orgId} AND pi.kind = f.person_kind AND pi.value = f.person_value`.execute(
    db,
  );
  return Number(r.numAffectedRows ?? 0);
}

/**
 * A department's claim overdue for `thresholdDays` is an early signal (partner `department`), one per
 * debtor and department, dated the day its oldest open claim crossed the threshold.
 */
export async function detectDepartmentSignals(
  db: Executor,
  orgId: string,
  date: string,
  thresholdDays: number,
): Promise<number> {
  const r = await sql`
    INSERT INTO eligibility_facts
      (organisation_id, fact_key, debtor_id, kind, code, source, period_from, period_to, data)
    SELECT ${orgId}, 'debtor:' || s.debtor_id || '|early_signal|' || s.source || '|department|' || s.signal_date,
      s.debtor_id, 'early_signal', 'department', s.source, s.signal_date, NULL,
      jsonb_build_object('kind', 'early_signal', 'partner', 'department', 'amount', s.amount,
        'daysOverdue', ${thresholdDays}::int, 'date', s.signal_date::text,
        'period', jsonb_build_object('from', s.signal_date::text, 'to', NULL), 'source', s.source)
    FROM (
      SELECT c.debtor_id, 'dienst:' || d.code AS source, (min(c.due_date) + ${thresholdDays}::int) AS signal_date,
        sum(greatest(c.principal + c.charges - c.paid, 0))::bigint AS amount
      FROM claims c
      JOIN departments d ON d.id = c.department_id
      JOIN debtors p ON p.id = c.debtor_id AND p.merged_into IS NULL
      WHERE c.organisation_id = ${orgId} AND c.status = 'open' AND c.principal + c.charges - c.paid > 0
        AND c.due_date + ${thresholdDays}::int <= ${date}::date
      GROUP BY c.debtor_id, d.code
    ) s
    ON CONFLICT (organisation_id, fact_key) DO NOTHING`.execute(db);
  return Number(r.numAffectedRows ?? 0);
}

/** Fresh early signals (dated within `freshDays` before `today`) put their person on the worklist once. */
export async function signalsToWorklist(
  db: Executor,
  orgId: string,
  today: string,
  freshDays: number,
): Promise<number> {
  const r = await sql`
    INSERT INTO eligibility_worklist (organisation_id, debtor_id, reason, fact_id, dedupe_key)
    SELECT f.organisation_id, f.debtor_id, 'early_signal', f.id, 'signal:' || f.id
    FROM eligibility_facts f
    JOIN debtors p ON p.id = f.debtor_id AND p.merged_into IS NULL
    WHERE f.organisation_id = ${orgId} AND f.kind = 'early_signal'
      AND f.period_from <= ${today}::date AND f.period_from > ${today}::date - ${freshDays}::int
    ON CONFLICT (organisation_id, dedupe_key) DO NOTHING`.execute(db);
  return Number(r.numAffectedRows ?? 0);
}

export interface StoredFact {
  id: string;
  fact: Fact;
  updatedAt: Date;
}

export async function factsOfDebtor(db: Executor, orgId: string, debtorId: string): Promise<StoredFact[]> {
  const rows = await db
    .selectFrom('eligibility_facts')
    .select(['id', 'data', 'updated_at'])
    .where('organisation_id', '=', orgId)
    .where('debtor_id', '=', debtorId)
    .orderBy('kind')
    .orderBy('period_from')
    .execute();
  return rows.map((r) => ({ id: r.id, fact: r.data, updatedAt: r.updated_at }));
}
