import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/db.ts';
import { runHubDeadlines } from './deadlines-service.ts';
import { sendBalanceRequests } from './fan-out-service.ts';
import {
  CITY_CREDITOR,
  COUNSELLOR,
  companyNumber,
  type HubWorld,
  OUTSIDE_CREDITOR,
  setUpHub,
  testSettings,
} from './hub.test-support.ts';
import {
  confirmMessages,
  deadlines,
  draftAnswer,
  listInbox,
  listSent,
  openMessage,
} from './inbox-service.ts';
import { addParticipant } from './participants-service.ts';
import { sendMessage } from './service.ts';
import { VALID_BODIES } from './test-fixtures.ts';

const settings = testSettings();
const opener = { role: 'finance', purpose: 'test', requestId: null };
const request = {
  ...VALID_BODIES['balance-request'],
  creditorClientNumber: 'P-77',
  claims: [{ counsellorInvoiceNumber: 'PK-2026-0001' }, { counsellorInvoiceNumber: 'PK-2026-0002' }],
};

let t: TestDatabase;
let w: HubWorld;

beforeAll(async () => {
  t = await createTestDatabase();
  w = await setUpHub(t.database, t.scope());
});
afterAll(() => t.close());

const sendRequest = (today: string, extra: { urgent?: boolean; recipient?: string } = {}) =>
  sendMessage(
    t.database,
    settings,
    w.ocmw,
    undefined,
    {
      type: 'balance-request',
      recipient: extra.recipient ?? CITY_CREDITOR,
      debtorReference: 'SHV-001',
      urgent: extra.urgent ?? false,
      body: request,
    },
    today,
  );

describe('hub messages on a real database', () => {
  it('fetch → confirm → gone for colleagues, and the answer is drafted from the overview', async () => {
    const sent = await sendRequest('2026-11-24');
    if (!sent.ok) throw new Error(sent.error.message);
    const colleague = { ...w.city, actor: 'user:colleague' };
    expect((await listInbox(t.database, colleague, '2026-11-24')).map((m) => m.id)).toContain(sent.value.id);

    const early = await confirmMessages(t.database, w.city, [sent.value.id], '2026-11-24');
    expect(early.ok ? 'confirmed' : early.error.code).toBe('hub_not_fetched');

    const draft = await draftAnswer(t.database, settings, w.city, sent.value.id, opener, '2026-11-25');
    if (!draft.ok) throw new Error(draft.error.message);
    expect(draft.value.type).toBe('balance-answer');
    expect(draft.value.body).toMatchObject({
      outcome: 'matched',
      creditorClientNumber: 'P-77',
      claims: [
        { creditorInvoiceNumber: 'PK-2026-0001', currentAmountCents: 5000 },
        { creditorInvoiceNumber: 'PK-2026-0002', currentAmountCents: 2500 },
      ],
    });
    const logged = await t.database.db
      .selectFrom('access_log')
      .select(['action', 'subject_debtor_id'])
      .where('action', '=', 'hub.message.open')
      .execute();
    expect(logged.length).toBe(1);
    expect(logged[0]?.subject_debtor_id).not.toBeNull();

    expect((await confirmMessages(t.database, w.city, [sent.value.id], '2026-11-25')).ok).toBe(true);
    expect((await listInbox(t.database, colleague, '2026-11-25')).map((m) => m.id)).not.toContain(
      sent.value.id,
    );
  });

  it('stores the body encrypted: a raw read shows no client name', async () => {
    const rows = await t.database.db.selectFrom('hub_messages').selectAll().execute();
    expect(rows.length).toBeGreaterThan(0);
    const raw = JSON.stringify(rows);
    expect(raw).not.toContain('Testmans');
    expect(raw).not.toContain('Proefstraat');
    expect(rows.every((r) => r.body_cipher?.startsWith('v1:'))).toBe(true);
  });

  it('enforces the conversation rules: only an answer, and a final answer is never replaced', async () => {
    const sent = await sendRequest('2026-11-24');
    if (!sent.ok) throw new Error(sent.error.message);
    await openMessage(t.database, settings, w.city, sent.value.id, opener);
    const answer = (body: unknown) =>
      sendMessage(
        t.database,
        settings,
        w.city,
        undefined,
        {
          type: 'balance-answer',
          recipient: COUNSELLOR,
          debtorReference: 'P-77',
          urgent: false,
          inReplyTo: sent.value.id,
          body,
        },
        '2026-11-26',
      );
    const first = await answer(VALID_BODIES['balance-answer']);
    expect(first.ok).toBe(true);
    expect(first.ok && first.value.conversationId).toBe(sent.value.conversationId);
    const again = await answer(VALID_BODIES['balance-answer']);
    expect(again.ok ? 'sent' : again.error.code).toBe('hub_already_answered');
    const later = await answer({ ...VALID_BODIES['balance-answer'], supplementary: true });
    expect(later.ok).toBe(true);
    const wrongWay = await sendMessage(
      t.database,
      settings,
      w.city,
      undefined,
      { type: 'balance-request', recipient: COUNSELLOR, debtorReference: 'x', urgent: false, body: request },
      '2026-11-26',
    );
    expect(wrongWay.ok ? 'sent' : wrongWay.error.code).toBe('hub_sender_role');
    const notPublic = await sendMessage(
      t.database,
      settings,
      w.ocmw,
      undefined,
      {
        type: 'notice-public',
        recipient: CITY_CREDITOR,
        debtorReference: 'x',
        urgent: false,
        body: VALID_BODIES['notice-public'],
      },
      '2026-11-26',
    );
    expect(notPublic.ok ? 'sent' : notPublic.error.code).toBe('hub_no_national_number');
  });

  it('a notice linked to a debtor records a cost-freeze request for the department', async () => {
    const r = await sendMessage(
      t.database,
      settings,
      w.ocmw,
      undefined,
      {
        type: 'notice',
        recipient: CITY_CREDITOR,
        debtorReference: 'SHV-001',
        urgent: false,
        body: { ...VALID_BODIES.notice, creditorClientNumber: 'P-77' },
      },
      '2026-11-24',
    );
    if (!r.ok) throw new Error(r.error.message);
    const freezes = await t.database.db
      .selectFrom('hub_freeze_requests')
      .selectAll()
      .where('message_id', '=', r.value.id)
      .execute();
    expect(freezes).toHaveLength(1);
    expect(freezes[0]?.organisation_id).toBe(t.orgId);
  });
});

describe('deadlines', () => {
  it('expires after exactly 5 Belgian working days across Christmas and a weekend, telling the sender once', async () => {
    const sent = await sendRequest('2026-12-22', { recipient: OUTSIDE_CREDITOR });
    if (!sent.ok) throw new Error(sent.error.message);
    expect(sent.value.expiresOn).toBe('2026-12-30');
    const expiredOn = async () =>
      (await listSent(t.database, w.ocmw)).find((m) => m.id === sent.value.id)?.expiredOn;
    await runHubDeadlines(t.database, '2026-12-30', settings);
    expect(await expiredOn()).toBeNull();
    const first = await runHubDeadlines(t.database, '2026-12-31', settings);
    expect(first.expired).toBeGreaterThanOrEqual(1);
    expect(await expiredOn()).toBe('2026-12-30');
    const again = await runHubDeadlines(t.database, '2026-12-31', settings);
    expect(again.expired).toBe(0);
    const notices = (await listInbox(t.database, w.ocmw, '2026-12-31')).filter(
      (m) => m.type === 'expiry-notice',
    );
    const mine = [];
    for (const n of notices) {
      const opened = await openMessage(t.database, settings, w.ocmw, n.id, opener);
      if (opened.ok && (opened.value.body as { aboutMessageId: string }).aboutMessageId === sent.value.id)
        mine.push(opened.value);
    }
    expect(mine).toHaveLength(1);
    expect(mine[0]?.body).toMatchObject({ sentOn: '2026-12-22', expiredOn: '2026-12-30' });
    expect(mine[0]?.message.sender).toBe('hub');
  });

  it('reminds the recipient before the due date and escalates an overdue answer to the sender', async () => {
    const sent = await sendRequest('2026-12-22');
    if (!sent.ok) throw new Error(sent.error.message);
    expect(sent.value.dueOn).toBe('2027-01-07');
    await openMessage(t.database, settings, w.city, sent.value.id, opener);
    await confirmMessages(t.database, w.city, [sent.value.id], '2026-12-23');

    await runHubDeadlines(t.database, '2027-01-05', settings);
    const reminders = (await listInbox(t.database, w.city, '2027-01-05')).filter(
      (m) => m.type === 'reminder',
    );
    expect(reminders.length).toBeGreaterThanOrEqual(1);

    const overdueBefore = await deadlines(t.database, settings, w.ocmw, '2027-01-07');
    expect(overdueBefore.awaiting.overdue.map((o) => o.message.id)).not.toContain(sent.value.id);
    const run = await runHubDeadlines(t.database, '2027-01-08', settings);
    expect(run.escalated).toBeGreaterThanOrEqual(1);
    const overdue = await deadlines(t.database, settings, w.ocmw, '2027-01-08');
    expect(overdue.awaiting.overdue.find((o) => o.message.id === sent.value.id)).toMatchObject({
      workingDaysOverdue: 1,
    });
    const escalations = (await listInbox(t.database, w.ocmw, '2027-01-08')).filter(
      (m) => m.type === 'escalation',
    );
    expect(escalations.length).toBeGreaterThanOrEqual(1);
    expect(escalations[0]?.urgent).toBe(true);
    expect((await runHubDeadlines(t.database, '2027-01-08', settings)).escalated).toBe(0);
  });

  it('urgent messages are due in 2 working days and come first in the inbox', async () => {
    const urgent = await sendRequest('2027-02-01', { urgent: true });
    if (!urgent.ok) throw new Error(urgent.error.message);
    expect(urgent.value.dueOn).toBe('2027-02-03');
    expect((await listInbox(t.database, w.city, '2027-02-01'))[0]?.id).toBe(urgent.value.id);
  });

  it('purges bodies after confirmation plus retention, keeping the metadata-only sent log', async () => {
    const sent = await sendRequest('2027-03-01');
    if (!sent.ok) throw new Error(sent.error.message);
    await openMessage(t.database, settings, w.city, sent.value.id, opener);
    await confirmMessages(t.database, w.city, [sent.value.id], '2027-03-02');
    await runHubDeadlines(t.database, '2027-03-31', settings);
    const kept = await openMessage(t.database, settings, w.ocmw, sent.value.id, opener);
    expect(kept.ok && kept.value.body).not.toBeNull();
    await runHubDeadlines(t.database, '2027-04-01', settings);
    const gone = await openMessage(t.database, settings, w.ocmw, sent.value.id, opener);
    expect(gone.ok && gone.value.body).toBeNull();
    const log = await listSent(t.database, w.ocmw);
    expect(log.find((m) => m.id === sent.value.id)).toMatchObject({ purged: true, type: 'balance-request' });
  });
});

describe('abuse limits', () => {
  it('a balance request to more than 10 creditors needs a recorded consent statement', async () => {
    const codes: string[] = [];
    for (let i = 0; i < 11; i += 1) {
      const code = `schuldeiser-${i}`;
      const r = await addParticipant(t.database, t.scope(), {
        code,
        name: `Schuldeiser ${i}`,
        kind: 'outside',
        companyNumber: companyNumber(2000000 + i),
        role: 'creditor',
      });
      if (!r.ok) throw new Error(r.error.message);
      codes.push(code);
    }
    const { consentStatement: _, ...withoutConsent } = request;
    const base = { debtorReference: 'SHV-002', urgent: false, recipients: codes };
    const refused = await sendBalanceRequests(
      t.database,
      settings,
      w.ocmw,
      undefined,
      { ...base, body: withoutConsent },
      '2027-02-01',
    );
    expect(!refused.ok && !Array.isArray(refused.error) && refused.error.code).toBe('hub_consent_required');
    const ten = await sendBalanceRequests(
      t.database,
      settings,
      w.ocmw,
      undefined,
      { ...base, recipients: codes.slice(0, 10), body: withoutConsent },
      '2027-02-01',
    );
    expect(ten.ok && ten.value.length).toBe(10);
    const withConsent = await sendBalanceRequests(
      t.database,
      settings,
      w.ocmw,
      undefined,
      { ...base, body: request },
      '2027-02-01',
    );
    expect(withConsent.ok && withConsent.value.length).toBe(11);
  });

  it('limits the messages an organisation sends per hour', async () => {
    const strict = testSettings({ messagesPerHour: 1 });
    const r = await sendMessage(
      t.database,
      strict,
      w.ocmw,
      undefined,
      {
        type: 'status-request',
        recipient: CITY_CREDITOR,
        debtorReference: 'x',
        urgent: false,
        body: VALID_BODIES['status-request'],
      },
      '2027-02-01',
    );
    expect(r.ok ? 'sent' : r.error.code).toBe('hub_rate_limited');
  });
});
