import type { Cents } from '../kernel/money.ts';
import { ogmFromBase } from '../kernel/ogm.ts';
import type { Database } from '../platform/db.ts';

/**
 * Test and demo support: a debtor with claims bundled in an EvS file and a plan, written straight into the
 * plans capability's tables (as its service would leave them). Synthetic people only.
 */
export interface FixtureClaim {
  readonly department: string;
  readonly category: string;
  readonly principal: Cents;
  readonly charges?: Cents;
  readonly dueDate: string;
}

export interface FixtureOptions {
  readonly name: string;
  readonly referenceBase: number;
  readonly claims: readonly FixtureClaim[];
  readonly instalments?: readonly { readonly dueDate: string; readonly amount: Cents }[];
  readonly strategy?: 'pro_rata' | 'oldest_first' | 'priority';
  readonly priority?: readonly string[];
  readonly status?: 'proposed' | 'accepted' | 'active';
}

export interface FixturePlan {
  readonly planId: string;
  readonly fileId: string;
  readonly debtorId: string;
  readonly reference: string;
  /** claims.id in the order given. */
  readonly claimIds: readonly string[];
}

async function departmentId(database: Database, orgId: string, code: string): Promise<string> {
  const db = database.db;
  await db
    .insertInto('departments')
    .values({ organisation_id: orgId, code, name: code })
    .onConflict((oc) => oc.columns(['organisation_id', 'code']).doNothing())
    .execute();
  const row = await db
    .selectFrom('departments')
    .select('id')
    .where('organisation_id', '=', orgId)
    .where('code', '=', code)
    .executeTakeFirstOrThrow();
  return row.id;
}

async function categoryId(database: Database, orgId: string, deptId: string, name: string): Promise<string> {
  const db = database.db;
  await db
    .insertInto('claim_categories')
    .values({ organisation_id: orgId, department_id: deptId, name })
    .onConflict((oc) => oc.columns(['department_id', 'name']).doNothing())
    .execute();
  const row = await db
    .selectFrom('claim_categories')
    .select('id')
    .where('department_id', '=', deptId)
    .where('name', '=', name)
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function createPlanFixture(
  database: Database,
  orgId: string,
  o: FixtureOptions,
): Promise<FixturePlan> {
  const db = database.db;
  const debtor = await db
    .insertInto('debtors')
    .values({ organisation_id: orgId, name: o.name })
    .returning('id')
    .executeTakeFirstOrThrow();
  const file = await db
    .insertInto('evs_files')
    .values({
      organisation_id: orgId,
      debtor_id: debtor.id,
      opened_by: 'test',
      consent_date: '2026-01-02',
      consent_form: 'written',
      consent_evidence: 'test',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const claimIds: string[] = [];
  let total = 0;
  for (const [i, c] of o.claims.entries()) {
    const dept = await departmentId(database, orgId, c.department);
    const cat = await categoryId(database, orgId, dept, c.category);
    const claim = await db
      .insertInto('claims')
      .values({
        organisation_id: orgId,
        department_id: dept,
        claim_id: `${c.department}-${o.referenceBase}-${i + 1}`,
        debtor_id: debtor.id,
        category_id: cat,
        principal: c.principal,
        charges: c.charges ?? 0,
        due_date: c.dueDate,
        status: 'open',
        evs_file_id: file.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    claimIds.push(claim.id);
    total += c.principal + (c.charges ?? 0);
  }
  const reference = ogmFromBase(String(o.referenceBase).padStart(10, '0'));
  const plan = await db
    .insertInto('plans')
    .values({
      organisation_id: orgId,
      file_id: file.id,
      debtor_id: debtor.id,
      status: o.status ?? 'active',
      reference,
      start_amount: Math.max(1, total),
      monthly: o.instalments?.[0]?.amount ?? Math.max(1, total),
      strategy: o.strategy ?? 'pro_rata',
      priority: o.priority === undefined ? null : JSON.stringify(o.priority),
      created_by: 'test',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const [i, id] of claimIds.entries()) {
    const c = o.claims[i];
    await db
      .insertInto('plan_claims')
      .values({
        organisation_id: orgId,
        plan_id: plan.id,
        claim_id: id,
        bundled_open: (c?.principal ?? 0) + (c?.charges ?? 0),
      })
      .execute();
  }
  for (const [i, inst] of (o.instalments ?? []).entries()) {
    await db
      .insertInto('plan_instalments')
      .values({
        organisation_id: orgId,
        plan_id: plan.id,
        seq: i + 1,
        due_date: inst.dueDate,
        amount: inst.amount,
      })
      .execute();
  }
  return { planId: plan.id, fileId: file.id, debtorId: debtor.id, reference, claimIds };
}
