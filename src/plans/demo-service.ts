import { sql } from 'kysely';
import { addDays, type IsoDate } from '../kernel/dates.ts';
import type { Database } from '../platform/db.ts';
import type { Scope } from '../platform/scope.ts';
import { recordPlanPayment } from './change-service.ts';
import { openFile } from './file-service.ts';
import { acceptPlan, createPlan } from './service.ts';
import { updatePlanSettings } from './settings-service.ts';

/**
 * Demo EvS files for the people with the most claims (the demo citizen is the first of them): each gets
 * a file and a 12-month plan; the first ones are accepted and the very first has its first payment.
 */
export async function loadDemoPlans(
  database: Database,
  scope: Scope,
  today: IsoDate,
  count = 5,
): Promise<{ files: number; plans: number; accepted: number }> {
  // letters carry the city's real-looking contact details, not the placeholder
  const settings = await updatePlanSettings(database, scope, {
    creditorName: 'Stad Demostad — Financiële dienst',
    place: 'Demostad',
    contact:
      'Sociaal Huis Demostad, dienst schulden — Sofie Welzijn, 09 000 12 34, schulden@demostad.example',
    contactService: 'Sociaal Huis Demostad, dienst schulden',
    contactPerson: 'Sofie Welzijn',
    contactPhone: '09 000 12 34',
    contactEmail: 'schulden@demostad.example',
  });
  if (!settings.ok) throw new Error(`demo plan settings: ${settings.error.message}`);
  const people = await database.db
    .selectFrom('claims')
    .select(['debtor_id', sql<number>`count(*)::int`.as('n')])
    .where('organisation_id', '=', scope.orgId)
    .where('status', '=', 'open')
    .groupBy('debtor_id')
    .orderBy('n', 'desc')
    .orderBy('debtor_id')
    .limit(count)
    .execute();
  const summary = { files: 0, plans: 0, accepted: 0 };
  const opened = addDays(today, -40);
  for (const [i, person] of people.entries()) {
    const file = await openFile(
      database,
      scope,
      { debtorId: person.debtor_id, consent: { date: opened, form: 'written', evidence: `DEMO-${i + 1}` } },
      opened,
    );
    if (!file.ok) continue;
    summary.files++;
    const plan = await createPlan(
      database,
      scope,
      { fileId: file.value.fileId, months: 12 },
      addDays(today, -35),
    );
    if (!plan.ok) continue;
    summary.plans++;
    if (i >= 3) continue;
    const accepted = await acceptPlan(database, scope, plan.value.planId, {}, addDays(today, -30));
    if (!accepted.ok) continue;
    summary.accepted++;
    if (i === 0) {
      const shown = await database.db
        .selectFrom('plan_instalments')
        .select(['amount', 'due_date'])
        .where('plan_id', '=', plan.value.planId)
        .orderBy('seq')
        .executeTakeFirst();
      if (shown && shown.due_date <= today) {
        await recordPlanPayment(database, scope, plan.value.planId, {
          amount: shown.amount,
          date: shown.due_date,
        });
      }
    }
  }
  return summary;
}
