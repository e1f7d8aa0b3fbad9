import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addContactAttempt,
  addTask,
  completeTask,
  fileJourney,
  recordMilestone,
} from '../journey/service.ts';
import { formatOgm } from '../kernel/ogm.ts';
import type { TestDatabase } from '../testing/db.ts';
import { recordPlanPayment } from './change-service.ts';
import { openFile } from './file-service.ts';
import { CONSENT, planTestDatabase } from './fixtures.test-support.ts';
import { planLetterPdf } from './letter-service.ts';
import { detectMissedInstalments } from './missed-service.ts';
import { acceptPlan, createPlan } from './service.ts';
import { affordability } from './settings-service.ts';
import { planDetails } from './view-service.ts';

const TODAY = '2026-11-24';
let t: TestDatabase;
let debtorId: string;
let fileId: string;
let planId: string;
let reference: string;

beforeAll(async () => {
  ({ t, debtorId } = await planTestDatabase());
  const file = await openFile(t.database, t.scope(), { debtorId, consent: CONSENT }, TODAY);
  if (!file.ok) throw new Error('file');
  fileId = file.value.fileId;
});
afterAll(() => t.close());

async function pdfText(pdf: Buffer): Promise<string> {
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
  const parts: string[] = [];
  for (let p = 1; p <= document.numPages; p++) {
    const content = await (await document.getPage(p)).getTextContent();
    parts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  return parts.join('\n');
}

describe('affordability, referral, letters, missed instalments and the journey', () => {
  it('computes capacity with the latest legal table when none is in force, with a visible warning', async () => {
    const r = await affordability(
      t.database.db,
      t.scope('en'),
      {
        netIncome: 200_000,
        household: { adults: 1, children: 0 },
        fixedCosts: [{ label: 'rent', amount: 60_000 }],
      },
      TODAY,
    );
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.tableVersion).toBe('BE-1409-2025-unverified');
    expect(r.value.warnings.map((w) => w.code)).toEqual(['table_out_of_date', 'table_unverified']);
    expect(r.value.warningTexts[0]).toContain('No legal table is in force on 2026-11-24');
    // € 2000 − € 950 living allowance − € 600 rent leaves € 450; the 2025 bands allow € 20,40 + € 45,60 + € 60,80 + € 225
    expect(r.value.capacity).toBe(35_180);
  });

  it('flags the file for referral instead of stretching a plan beyond the maximum term', async () => {
    const r = await createPlan(t.database, t.scope(), { fileId, monthly: 1000 }, TODAY);
    expect(!r.ok && r.error.code).toBe('needs_referral');
    const file = await t.database.db
      .selectFrom('evs_files')
      .select(['referral', 'referral_details'])
      .executeTakeFirstOrThrow();
    expect(file.referral).toBe(true);
    expect(file.referral_details).toMatchObject({
      startAmount: 60000,
      monthly: 1000,
      monthsNeeded: 60,
      maxMonths: 24,
    });
  });

  it('renders the plan letter with the claims, the OGM and the schedule', async () => {
    const plan = await createPlan(
      t.database,
      t.scope(),
      { fileId, monthly: 20000, firstDue: '2026-10-01' },
      '2026-09-15',
    );
    if (!plan.ok) throw new Error(plan.error.message);
    ({ planId, reference } = plan.value);
    await acceptPlan(t.database, t.scope(), planId, {}, '2026-09-16');
    const letter = await planLetterPdf(t.database, t.scope(), planId, 'nl', TODAY);
    if (!letter.ok) throw new Error(letter.error.message);
    const text = await pdfText(letter.value.pdf);
    expect(text).toContain(formatOgm(reference));
    expect(text).toContain('Facturen in dit plan');
    expect(text).toContain('P-1');
    expect(text).toContain('€ 200,00');
  });

  it('sends one friendly reminder per missed instalment and a task after two misses, idempotently', async () => {
    await recordPlanPayment(t.database, t.scope(), planId, { amount: 20000, date: '2026-10-01' });
    const first = await detectMissedInstalments(t.database, t.scope(), '2026-11-05');
    expect(first).toEqual({ plansChecked: 1, reminders: 1, tasks: 0 });
    expect(await detectMissedInstalments(t.database, t.scope(), '2026-11-05')).toEqual({
      plansChecked: 1,
      reminders: 0,
      tasks: 0,
    });
    const second = await detectMissedInstalments(t.database, t.scope(), '2026-12-05');
    expect(second).toEqual({ plansChecked: 1, reminders: 1, tasks: 1 });
    expect(await detectMissedInstalments(t.database, t.scope(), '2026-12-06')).toEqual({
      plansChecked: 1,
      reminders: 0,
      tasks: 0,
    });
    const reminder = await t.database.db
      .selectFrom('plan_reminders')
      .select('text')
      .executeTakeFirstOrThrow();
    expect(reminder.text).toContain(formatOgm(reference));
    expect(reminder.text).toContain('geen kosten');
    const plan = await planDetails(t.database, t.scope(), planId, TODAY);
    expect(plan.ok && plan.value.status).toBe('active');
  });

  it('records milestones, contact attempts and tasks on one timeline', async () => {
    expect(
      (await recordMilestone(t.database, t.scope(), fileId, { milestone: 'contacted', on: '2026-11-20' })).ok,
    ).toBe(true);
    expect(
      (await recordMilestone(t.database, t.scope(), fileId, { milestone: 'nonsense', on: '2026-11-20' })).ok,
    ).toBe(false);
    await addContactAttempt(t.database, t.scope(), fileId, {
      channel: 'phone',
      on: '2026-11-21',
      reached: false,
    });
    const task = await addTask(t.database, t.scope(), fileId, {
      title: 'Huisbezoek plannen',
      due: '2026-11-30',
    });
    if (!task.ok) throw new Error('task');
    expect((await completeTask(t.database, t.scope(), task.value.id)).ok).toBe(true);
    expect((await completeTask(t.database, t.scope(), task.value.id)).ok).toBe(false);
    const journey = await fileJourney(t.database, t.scope(), fileId);
    if (!journey.ok) throw new Error('journey');
    expect(journey.value.milestone).toBe('contacted');
    expect(journey.value.openTasks).toBe(1);
    const kinds = new Set(journey.value.timeline.map((e) => e.kind));
    expect([...kinds].sort()).toEqual(['contact', 'milestone', 'plan', 'reminder', 'task']);
    expect(journey.value.timeline.some((e) => e.text === 'Telefoon: niet bereikt')).toBe(true);
    expect(journey.value.timeline.filter((e) => e.kind === 'milestone').map((e) => e.text)).toEqual(
      expect.arrayContaining(['In beeld', 'Plan afgesproken', 'Betaalt af', 'Contact gelegd']),
    );
  });
});
