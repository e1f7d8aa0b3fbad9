import { addDays, type IsoDate } from '../kernel/dates.ts';
import { formatIban } from '../kernel/iban.ts';
import { audit } from '../platform/audit.ts';
import type { Database } from '../platform/db.ts';
import type { Scope } from '../platform/scope.ts';
import { insertTask } from './journey-store.ts';
import { plansMessages } from './messages.ts';
import { followUpDue, missedInstalments, reminderText } from './missed.ts';
import { planSettings } from './settings-service.ts';
import { instalmentsOfRunningPlans } from './store.ts';

type InstalmentRow = Awaited<ReturnType<typeof instalmentsOfRunningPlans>>[number];

export interface MissedSummary {
  readonly plansChecked: number;
  readonly reminders: number;
  readonly tasks: number;
}

/**
 * Daily: every instalment of a running plan that passed its due date unpaid gets one friendly reminder
 * (never a cost); when the misses of a plan reach the threshold the file gets a follow-up task.
 * Idempotent: one reminder per instalment and one task per threshold crossing (unique keys).
 */
export async function detectMissedInstalments(
  database: Database,
  scope: Scope,
  today: IsoDate,
): Promise<MissedSummary> {
  const plans = await database.db
    .selectFrom('plans as p')
    .innerJoin('debtors as d', 'd.id', 'p.debtor_id')
    .select(['p.id', 'p.file_id as fileId', 'p.reference', 'd.name'])
    .where('p.organisation_id', '=', scope.orgId)
    .where('p.status', 'in', ['accepted', 'active'])
    .execute();
  const settings = await planSettings(database.db, scope.orgId);
  const instalmentsByPlan = new Map<string, InstalmentRow[]>();
  for (const i of await instalmentsOfRunningPlans(database.db, scope.orgId)) {
    const list = instalmentsByPlan.get(i.planId);
    if (list) list.push(i);
    else instalmentsByPlan.set(i.planId, [i]);
  }
  let reminders = 0;
  let tasks = 0;
  for (const plan of plans) {
    const missed = missedInstalments(instalmentsByPlan.get(plan.id) ?? [], today);
    if (missed.length === 0) continue;
    await database.db.transaction().execute(async (trx) => {
      for (const i of missed) {
        const text = reminderText({
          lang: scope.lang,
          name: plan.name,
          dueDate: i.dueDate,
          missing: i.amount - i.paid,
          reference: plan.reference,
          iban: formatIban(settings.iban),
          contact: settings.contact,
        });
        const r = await trx
          .insertInto('plan_reminders')
          .values({
            organisation_id: scope.orgId,
            plan_id: plan.id,
            instalment_id: i.id,
            detected_on: today,
            lang: scope.lang,
            text,
          })
          .onConflict((oc) => oc.column('instalment_id').doNothing())
          .returning('id')
          .executeTakeFirst();
        if (r) reminders++;
      }
      const count = await trx
        .selectFrom('plan_reminders')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('plan_id', '=', plan.id)
        .executeTakeFirstOrThrow();
      const crossing = followUpDue(Number(count.n), settings.missedThreshold);
      if (crossing !== null) {
        const created = await insertTask(trx, scope.orgId, plan.fileId, {
          title: plansMessages.text(scope.lang, 'missedTask', { count: Number(count.n) }),
          dueDate: addDays(today, 7),
          sourceKey: `missed:${plan.id}:${crossing}`,
          createdBy: 'system',
        });
        if (created) tasks++;
      }
    });
  }
  if (reminders + tasks > 0)
    await audit(database.db, scope, 'plans.missed_detected', 'organisation', scope.orgId, {
      reminders,
      tasks,
    });
  return { plansChecked: plans.length, reminders, tasks };
}
