/**
 * What-if over the current population (nothing saved), and the feed of local-right outcomes that
 * departments read (cursor API and CSV).
 */
import { randomUUID } from 'node:crypto';
import type { PersonFacts } from '../kernel/eligibility/facts.ts';
import { err, ok, type Result } from '../kernel/result.ts';
import { csvDocument, csvRecord } from '../platform/csv.ts';
import type { Database } from '../platform/db.ts';
import type { Failure } from '../platform/errors.ts';
import type { Scope } from '../platform/scope.ts';
import { compileRuleset } from './engine.ts';
import { activeStoredRuleset, checkDraft, noRulesetFailure } from './ruleset-service.ts';
import { SWEEP_BATCH } from './sweep-service.ts';
import { clearPopulation, fillPopulation, readPopulationBatch } from './sweep-store.ts';
import { type Comparison, compareRulesets } from './what-if.ts';
import { addComparisons, emptyComparison } from './what-if-report.ts';

export interface WhatIfReport extends Comparison {
  readonly activeVersion: number;
}

export async function whatIf(
  database: Database,
  scope: Scope,
  draftJson: unknown,
  date: string,
): Promise<Result<WhatIfReport, Failure>> {
  const draft = checkDraft(scope.lang, draftJson);
  if (!draft.ok) return draft;
  const { db } = database;
  const active = await activeStoredRuleset(db, scope.orgId, date);
  if (!active) return err(noRulesetFailure(scope.lang, date));
  const a = compileRuleset(active.ruleset);
  const d = compileRuleset(draft.value);
  // A population of its own (not a sweep): read with the same batched queries, then removed.
  const key = randomUUID();
  let total = emptyComparison(date);
  try {
    const people = await fillPopulation(db, scope.orgId, key);
    for (let from = 1; from <= people; from += SWEEP_BATCH) {
      const batch = await readPopulationBatch(db, scope.orgId, key, from, from + SWEEP_BATCH - 1, date);
      const persons: PersonFacts[] = batch.map((p) => ({
        personId: p.debtorId,
        facts: p.facts,
        openDebtCents: p.openCents,
        openDebtDepartments: p.departments,
      }));
      total = addComparisons(total, compareRulesets(persons, a, d, date));
    }
  } finally {
    await clearPopulation(db, key);
  }
  return ok({ ...total, activeVersion: active.version });
}

export interface RightGrantView {
  readonly seq: number;
  readonly debtorId: string;
  readonly nationalNumber: string | null;
  readonly customerNumbers: readonly { department: string; customerNumber: string }[];
  readonly right: string;
  readonly from: string;
  readonly to: string | null;
  readonly granted: boolean;
  readonly evaluationDate: string;
}

/**
 * Changes of right outcomes after `after` (the cursor), oldest first. A clerk or department token sees
 * the people their departments know (claims or customer numbers) and only those departments' numbers.
 */
export async function rightsFeed(
  database: Database,
  scope: Scope,
  after: number,
  limit: number,
): Promise<{ items: RightGrantView[]; next: number }> {
  const departments = scope.departmentIds;
  if (departments?.length === 0 || scope.debtorIds) return { items: [], next: after };
  let q = database.db
    .selectFrom('eligibility_right_grants as g')
    .leftJoin('person_identifiers as pi', (j) =>
      j.onRef('pi.debtor_id', '=', 'g.debtor_id').on('pi.kind', '=', 'be'),
    )
    .select([
      'g.seq',
      'g.debtor_id',
      'pi.value as nationalNumber',
      'g.right_code',
      'g.period_from',
      'g.period_to',
      'g.granted',
      'g.evaluation_date',
    ])
    .where('g.organisation_id', '=', scope.orgId)
    .where('g.seq', '>', after)
    .orderBy('g.seq')
    .limit(limit);
  if (departments)
    q = q.where((eb) =>
      eb.or([
        eb.exists(
          eb
            .selectFrom('customer_numbers as n')
            .select('n.debtor_id')
            .whereRef('n.debtor_id', '=', 'g.debtor_id')
            .where('n.department_id', 'in', departments),
        ),
        eb.exists(
          eb
            .selectFrom('claims as k')
            .select('k.id')
            .whereRef('k.debtor_id', '=', 'g.debtor_id')
            .where('k.department_id', 'in', departments),
        ),
      ]),
    );
  const rows = await q.execute();
  const ids = [...new Set(rows.map((r) => r.debtor_id))];
  let numbers = ids.length
    ? database.db
        .selectFrom('customer_numbers as n')
        .innerJoin('departments as d', 'd.id', 'n.department_id')
        .select(['n.debtor_id', 'd.code', 'n.customer_number'])
        .where('n.organisation_id', '=', scope.orgId)
        .where('n.debtor_id', 'in', ids)
    : null;
  if (numbers && departments) numbers = numbers.where('n.department_id', 'in', departments);
  const byDebtor = new Map<string, { department: string; customerNumber: string }[]>();
  for (const n of numbers ? await numbers.execute() : []) {
    const list = byDebtor.get(n.debtor_id) ?? [];
    list.push({ department: n.code, customerNumber: n.customer_number });
    byDebtor.set(n.debtor_id, list);
  }
  const items = rows.map((r) => ({
    seq: Number(r.seq),
    debtorId: r.debtor_id,
    nationalNumber: r.nationalNumber,
    customerNumbers: byDebtor.get(r.debtor_id) ?? [],
    right: r.right_code,
    from: r.period_from,
    to: r.period_to,
    granted: r.granted,
    evaluationDate: r.evaluation_date,
  }));
  return { items, next: items.at(-1)?.seq ?? after };
}

export function rightsCsv(items: readonly RightGrantView[]): string {
  const lines = ['volgnummer;rijksregisternummer;klantnummers;recht;van;tot;toegekend;beoordeeld_op'];
  for (const i of items)
    lines.push(
      csvRecord([
        i.seq,
        i.nationalNumber ?? '',
        i.customerNumbers.map((c) => `${c.department}:${c.customerNumber}`).join(' '),
        i.right,
        i.from,
        i.to ?? '',
        i.granted ? 'ja' : 'nee',
        i.evaluationDate,
      ]),
    );
  return csvDocument(lines);
}
