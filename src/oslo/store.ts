import { sql } from 'kysely';
import type { Visibility } from '../debtors/store.ts';
import type { Executor } from '../platform/db.ts';
import type { OsloClaim, OsloPayment, OsloPerson, OsloPlan } from './file-model.ts';
import { instalmentOfPayments } from './instalment-of-payment.ts';

export async function organisationOf(db: Executor, orgId: string) {
  return db
    .selectFrom('organisations')
    .select(['id', 'name'])
    .where('id', '=', orgId)
    .executeTakeFirstOrThrow();
}

/** The claims of a debtor as far as the scope sees them, with department and category. */
export async function claimsForExport(
  db: Executor,
  visible: Visibility,
  debtorId: string,
): Promise<OsloClaim[]> {
  if (visible.departmentIds?.length === 0) return [];
  let q = db
    .selectFrom('claims as k')
    .innerJoin('departments as d', 'd.id', 'k.department_id')
    .innerJoin('claim_categories as c', 'c.id', 'k.category_id')
    .select([
      'k.id',
      'd.id as departmentId',
      'd.code as departmentCode',
      'd.name as departmentName',
      'k.claim_id as claimId',
      'c.id as categoryId',
      'c.name as categoryName',
      'c.fiscal',
      'c.limitation_period as limitationPeriod',
      'k.principal',
      'k.charges',
      'k.paid',
      'k.issue_date as issueDate',
      'k.due_date as dueDate',
      'k.status',
      'k.updated_at as updatedAt',
    ])
    .where('k.organisation_id', '=', visible.orgId)
    .where('k.debtor_id', '=', debtorId);
  if (visible.departmentIds) q = q.where('k.department_id', 'in', visible.departmentIds);
  const rows = await q.orderBy('d.code').orderBy('k.claim_id').execute();
  return rows.map((r) => ({
    id: r.id,
    department: { id: r.departmentId, code: r.departmentCode, name: r.departmentName },
    claimId: r.claimId,
    category: {
      id: r.categoryId,
      name: r.categoryName,
      fiscal: r.fiscal,
      limitationPeriod: r.limitationPeriod,
    },
    principal: Number(r.principal),
    charges: Number(r.charges),
    paid: Number(r.paid),
    issueDate: r.issueDate,
    dueDate: r.dueDate,
    status: r.status,
    closedAt: r.status === 'open' ? null : new Date(r.updatedAt as unknown as string).toISOString(),
  }));
}

/**
 * The person with the one registration OSLO allows: the Belgian national number, else the BSN,
 * else a customer number of a department the scope sees.
 */
export async function personForExport(
  db: Executor,
  debtor: { id: string; name: string },
  departmentCodes: readonly string[],
): Promise<OsloPerson | null> {
  const ids = await db
    .selectFrom('person_identifiers')
    .select(['kind', 'value'])
    .where('debtor_id', '=', debtor.id)
    .execute();
  const national = ids.find((i) => i.kind === 'be') ?? ids.find((i) => i.kind === 'nl');
  if (national)
    return { id: debtor.id, name: debtor.name, identifier: { kind: national.kind, value: national.value } };
  const customer = await db
    .selectFrom('customer_numbers as c')
    .innerJoin('departments as d', 'd.id', 'c.department_id')
    .select(['d.code', 'c.customer_number'])
    .where('c.debtor_id', '=', debtor.id)
    .orderBy('d.code')
    .execute();
  const own = customer.find((c) => departmentCodes.includes(c.code)) ?? customer[0];
  if (!own) return null;
  return {
    id: debtor.id,
    name: debtor.name,
    identifier: { kind: 'customer', value: own.customer_number, department: own.code },
  };
}

const PLAN_ACTIVITIES = ['Voorstel', 'Wijziging', 'Aanvaarding', 'Schrapping'] as const;

/**
 * The debtor's plans with the visible claims they bundle, their instalments, activities and balance
 * today. A plan without a visible claim, an
 * instalment or a proposal is left out (OSLO requires each of them).
 */
export async function plansForExport(
  db: Executor,
  orgId: string,
  debtorId: string,
  claimIds: readonly string[],
  today: string,
): Promise<OsloPlan[]> {
  if (claimIds.length === 0) return [];
  const plans = await sql<{ id: string; start_amount: number; paid: number }>`
    SELECT id, start_amount::float8 AS start_amount, paid::float8 AS paid FROM plans
    WHERE organisation_id = ${orgId} AND debtor_id = ${debtorId} ORDER BY created_at`.execute(db);
  const out: OsloPlan[] = [];
  for (const p of plans.rows) {
    const claims = await sql<{
      claim_id: string;
    }>`SELECT claim_id FROM plan_claims WHERE plan_id = ${p.id}`.execute(db);
    const visible = claims.rows.map((c) => c.claim_id).filter((id) => claimIds.includes(id));
    const instalments = await sql<{ id: string; amount: number; due_date: string }>`
      SELECT id, amount::float8 AS amount, due_date::text AS due_date FROM plan_instalments WHERE plan_id = ${p.id} ORDER BY seq`.execute(
      db,
    );
    const activities = await sql<{ id: string; type: string; date_time: Date | string }>`
      SELECT id, type, date_time FROM plan_activities WHERE plan_id = ${p.id} ORDER BY date_time, id`.execute(
      db,
    );
    const planActivities = activities.rows
      .filter((a): a is typeof a & { type: (typeof PLAN_ACTIVITIES)[number] } =>
        (PLAN_ACTIVITIES as readonly string[]).includes(a.type),
      )
      .map((a) => ({ id: a.id, type: a.type, dateTime: new Date(a.date_time).toISOString() }));
    if (
      visible.length === 0 ||
      instalments.rows.length === 0 ||
      !planActivities.some((a) => a.type === 'Voorstel')
    )
      continue;
    out.push({
      id: p.id,
      startAmount: Number(p.start_amount),
      claimIds: visible,
      instalments: instalments.rows.map((i) => ({ id: i.id, amount: Number(i.amount), dueDate: i.due_date })),
      activities: planActivities,
      balances: [{ date: today, amount: Math.max(0, Number(p.start_amount) - Number(p.paid)) }],
    });
  }
  return out;
}

/**
 * Credits received for the debtor's plans and their allocations to visible claims. A credit for an
 * exported plan is an Afbetaling following one of the plan's instalments (see instalmentOfPayments).
 */
export async function paymentsForExport(
  db: Executor,
  orgId: string,
  plans: readonly OsloPlan[],
  claimIds: readonly string[],
): Promise<OsloPayment[]> {
  const planIds = plans.map((p) => p.id);
  if (planIds.length === 0) return [];
  const payments = await sql<{
    id: string;
    plan_id: string;
    amount: number;
    booking_date: string;
    reference: string;
  }>`
    SELECT id, plan_id, amount::float8 AS amount, booking_date::text AS booking_date, coalesce(reference, bank_ref) AS reference
    FROM payments WHERE organisation_id = ${orgId} AND kind = 'credit' AND amount > 0
      AND plan_id IN (${sql.join(planIds)}) ORDER BY booking_date, id`.execute(db);
  const followed = new Map<string, string>();
  for (const plan of plans) {
    const own = payments.rows
      .filter((p) => p.plan_id === plan.id)
      .map((p) => ({ ...p, amount: Number(p.amount) }));
    for (const [payment, instalment] of instalmentOfPayments(plan.instalments, own))
      followed.set(payment, instalment);
  }
  const out: OsloPayment[] = [];
  for (const p of payments.rows) {
    const allocations = await sql<{ id: string; claim_id: string; amount: number; booking_date: string }>`
      SELECT id::text AS id, claim_id, amount::float8 AS amount, booking_date::text AS booking_date
      FROM payment_allocations WHERE payment_id = ${p.id} ORDER BY id`.execute(db);
    out.push({
      id: p.id,
      reference: p.reference,
      amount: Number(p.amount),
      date: p.booking_date,
      instalmentId: followed.get(p.id) ?? null,
      allocations: allocations.rows
        .filter((a) => claimIds.includes(a.claim_id))
        .map((a) => ({
          id: `toerekening-${a.id}`,
          claimId: a.claim_id,
          amount: Number(a.amount),
          dateTime: `${a.booking_date}T00:00:00`,
        })),
    });
  }
  return out;
}
