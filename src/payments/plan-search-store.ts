import { sql } from 'kysely';
import { parseOgm } from '../kernel/ogm.ts';
import type { Executor } from '../platform/db.ts';
import { containsPattern } from '../platform/like.ts';
import { PAYABLE_PLAN_STATUSES } from './plan-sync-store.ts';

export interface FoundPlan {
  readonly id: string;
  readonly reference: string;
  readonly debtorId: string;
  readonly debtorName: string;
  readonly status: string;
  readonly open: number;
}

/** What the text asks for: an exact OGM, a fragment of one (digits with OGM punctuation), or a name. */
export type PlanQuery =
  | { readonly kind: 'ogm'; readonly digits: string }
  | { readonly kind: 'digits'; readonly digits: string }
  | { readonly kind: 'name'; readonly text: string };

export function planQueryOf(text: string): PlanQuery | null {
  const trimmed = text.trim();
  const ogm = parseOgm(trimmed);
  if (ogm.ok) return { kind: 'ogm', digits: ogm.value };
  if (/^[\d+*/.\s]+$/.test(trimmed)) {
    const digits = trimmed.replace(/\D/g, '');
    return digits.length >= 3 ? { kind: 'digits', digits } : null;
  }
  return trimmed.length >= 2 ? { kind: 'name', text: trimmed } : null;
}

/** Plans a queued payment may be assigned to (running ones), found by reference or debtor name. */
export async function searchPayablePlans(
  db: Executor,
  orgId: string,
  query: PlanQuery,
  limit = 20,
): Promise<FoundPlan[]> {
  let q = db
    .selectFrom('plans as p')
    .innerJoin('debtors as d', 'd.id', 'p.debtor_id')
    .select([
      'p.id',
      'p.reference',
      'p.debtor_id',
      'd.name',
      'p.status',
      sql<number>`coalesce((SELECT sum(c.bundled_open - c.allocated) FROM plan_claims c WHERE c.plan_id = p.id), 0)`.as(
        'open',
      ),
    ])
    .where('p.organisation_id', '=', orgId)
    .where('d.organisation_id', '=', orgId)
    .where('p.status', 'in', [...PAYABLE_PLAN_STATUSES]);
  if (query.kind === 'ogm') q = q.where('p.reference', '=', query.digits);
  else if (query.kind === 'digits') q = q.where('p.reference', 'like', containsPattern(query.digits));
  else q = q.where('d.name', 'ilike', containsPattern(query.text));
  const rows = await q.orderBy('d.name').orderBy('p.reference').limit(limit).execute();
  return rows.map((r) => ({
    id: r.id,
    reference: r.reference,
    debtorId: r.debtor_id,
    debtorName: r.name,
    status: r.status,
    open: Number(r.open),
  }));
}
