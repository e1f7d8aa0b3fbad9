import { describe, expect, it } from 'vitest';
import { MESSAGE_TYPES, type MessageType } from './message-schemas.ts';
import { validateEnvelope, validateHubMessage, validateMessage } from './messages.ts';
import { VALID_BODIES } from './test-fixtures.ts';

const clone = <T>(v: T): T => structuredClone(v);
const ID = 'a1b2c3d4-e5f6-4a1b-8c2d-3e4f5a6b7c8d';
const CONV = '0b8e2f4a-1c3d-4e5f-a6b7-c8d9e0f1a2b3';

describe('validateMessage accepts a valid body of every type', () => {
  it.each(MESSAGE_TYPES)('%s', (type) => {
    const result = validateMessage(type, clone(VALID_BODIES[type]));
    expect(result).toEqual({ ok: true, value: VALID_BODIES[type] });
  });
});

type Case = { type: MessageType; change: (b: Record<string, unknown>) => void; path: string; nl: RegExp };
const at = (b: Record<string, unknown>, ...keys: (string | number)[]): Record<string, unknown> =>
  keys.reduce<Record<string, unknown>>((o, k) => o[k] as Record<string, unknown>, b);

const INVALID: Case[] = [
  {
    type: 'notice',
    change: (b) => delete at(b, 'client').surname,
    path: '/client/surname',
    nl: /is verplicht/,
  },
  {
    type: 'notice',
    change: (b) => (at(b, 'client', 'address').country = 'be'),
    path: '/client/address/country',
    nl: /vorm/,
  },
  {
    type: 'notice-public',
    change: (b) => (b.nationalNumber = '85073003329'),
    path: '/nationalNumber',
    nl: /controlecijfer/,
  },
  {
    type: 'notice-public',
    change: (b) => (b.nationalNumber = '85.07.30-033.28'),
    path: '/nationalNumber',
    nl: /vorm/,
  },
  {
    type: 'notice-answer',
    change: (b) => (b.collectionSuspended = 'ja'),
    path: '/collectionSuspended',
    nl: /true of false/,
  },
  {
    type: 'balance-request',
    change: (b) => (b.settlementType = 'XX'),
    path: '/settlementType',
    nl: /SB, SK, SA, BR, HF/,
  },
  {
    type: 'balance-request',
    change: (b) => (at(b, 'claims', 1).counsellorInvoiceNumber = 'F-2026-001'),
    path: '/claims/1/counsellorInvoiceNumber',
    nl: /meer dan eens/,
  },
  {
    type: 'balance-request',
    change: (b) => (at(b, 'consentStatement').signedOn = '03/11/2026'),
    path: '/consentStatement/signedOn',
    nl: /geldige datum/,
  },
  {
    type: 'balance-answer',
    change: (b) => (at(b, 'claims', 0).originalAmountCents = 125.5),
    path: '/claims/0/originalAmountCents',
    nl: /geheel getal/,
  },
  {
    type: 'balance-answer',
    change: (b) => (b.outcome = 'unmatched-total'),
    path: '/unmatchedTotalCents',
    nl: /verplicht/,
  },
  {
    type: 'balance-answer',
    change: (b) => delete at(b, 'claims', 0).counsellorInvoiceNumber,
    path: '/claims/0/counsellorInvoiceNumber',
    nl: /matched/,
  },
  { type: 'balance-answer', change: (b) => delete b.supplementary, path: '/supplementary', nl: /verplicht/ },
  { type: 'payment-proposal', change: (b) => (b.claims = []), path: '/claims', nl: /minstens 1/ },
  {
    type: 'payment-proposal',
    change: (b) => (at(b, 'claims', 0).offeredAmountCents = 20_000),
    path: '/claims/0/offeredAmountCents',
    nl: /niet hoger/,
  },
  {
    type: 'payment-proposal',
    change: (b) => (b.firstPaymentOn = '2026-11-30'),
    path: '/firstPaymentOn',
    nl: /voor de datum/,
  },
  {
    type: 'payment-proposal-answer',
    change: (b) => delete b.reasonText,
    path: '/reasonText',
    nl: /rejected/,
  },
  {
    type: 'reconsideration',
    change: (b) => (b.percentageBasisPoints = 10_001),
    path: '/percentageBasisPoints',
    nl: /hoogstens 10000/,
  },
  {
    type: 'settlement-agreed',
    change: (b) => (at(b, 'claims', 0).expectedFinalAmountCents = 14_251),
    path: '/claims/0/expectedFinalAmountCents',
    nl: /niet hoger/,
  },
  {
    type: 'settlement-agreed',
    change: (b) => (at(b, 'claims', 0).paymentReference = 'x'.repeat(36)),
    path: '/claims/0/paymentReference',
    nl: /hoogstens 35 tekens/,
  },
  {
    type: 'settlement-ended',
    change: (b) => (b.reasonCode = 'other'),
    path: '/reasonText',
    nl: /reasonCode = other/,
  },
  { type: 'no-cooperation', change: (b) => delete b.reasonText, path: '/reasonText', nl: /verplicht/ },
  {
    type: 'no-cooperation',
    change: (b) => (b.reasonCode = 'busy'),
    path: '/reasonCode',
    nl: /client-unknown/,
  },
  { type: 'status-message', change: (b) => (b.text = ''), path: '/text', nl: /niet leeg/ },
  { type: 'status-request', change: (b) => (b.extra = 1), path: '/extra', nl: /geen gekend veld/ },
  {
    type: 'expiry-notice',
    change: (b) => (b.aboutMessageType = 'reminder'),
    path: '/aboutMessageType',
    nl: /een van/,
  },
  { type: 'expiry-notice', change: (b) => (b.aboutMessageId = 'abc'), path: '/aboutMessageId', nl: /UUID/ },
  { type: 'reminder', change: (b) => (b.dueOn = '2026-02-30'), path: '/dueOn', nl: /geldige datum/ },
  {
    type: 'escalation',
    change: (b) => (b.workingDaysOverdue = 0),
    path: '/workingDaysOverdue',
    nl: /minstens 1/,
  },
];

describe('validateMessage rejects invalid bodies with a path and a Dutch message', () => {
  it.each(INVALID.map((c) => [c.type, c.path, c] as const))('%s %s', (_type, _path, c) => {
    const body = clone(VALID_BODIES[c.type]) as Record<string, unknown>;
    c.change(body);
    const result = validateMessage(c.type, body);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const found = result.error.find((i) => i.path === c.path);
    expect(found, JSON.stringify(result.error)).toBeDefined();
    expect(found?.message).toMatch(c.nl);
    expect(found?.message).toMatch(/^Veld /);
  });

  it('every type has at least one invalid case', () => {
    expect(new Set(INVALID.map((c) => c.type))).toEqual(new Set(MESSAGE_TYPES));
  });
});

describe('messages in English and edge cases', () => {
  it('speaks English when asked', () => {
    const result = validateMessage('no-cooperation', { reasonCode: 'client-unknown' }, 'en');
    expect(result).toEqual({
      ok: false,
      error: [{ path: '/reasonText', message: 'Field reasonText: is required' }],
    });
  });

  it('rejects an unknown type', () => {
    const result = validateMessage('kennisgeving', {});
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error[0]?.message).toMatch(/onbekend berichttype "kennisgeving"/);
  });

  it('rejects a non-object body', () => {
    expect(validateMessage('status-request', 'hallo').ok).toBe(false);
    expect(validateMessage('status-request', null).ok).toBe(false);
  });

  it('accepts a Dutch BSN in the public notice', () => {
    const body = { ...clone(VALID_BODIES['notice-public']), nationalNumber: '111222333' };
    expect(validateMessage('notice-public', body).ok).toBe(true);
    expect(validateMessage('notice-public', { ...body, nationalNumber: '111222334' }).ok).toBe(false);
  });

  it('balance answer: unmatched total and unmatched list', () => {
    const base = clone(VALID_BODIES['balance-answer']);
    expect(
      validateMessage('balance-answer', {
        ...base,
        outcome: 'unmatched-total',
        claims: [],
        unmatchedTotalCents: 99_00,
      }).ok,
    ).toBe(true);
    const list = base.claims.map(({ counsellorInvoiceNumber: _drop, ...rest }) => rest);
    expect(validateMessage('balance-answer', { ...base, outcome: 'unmatched-list', claims: list }).ok).toBe(
      true,
    );
    expect(validateMessage('balance-answer', { ...base, outcome: 'unmatched-list', claims: [] }).ok).toBe(
      false,
    );
    expect(validateMessage('balance-answer', { ...base, outcome: 'standard-agreement', claims: [] }).ok).toBe(
      true,
    );
    expect(validateMessage('balance-answer', { ...base, unmatchedTotalCents: 1 }).ok).toBe(false);
  });

  it('reports every problem, not just the first', () => {
    const result = validateMessage('payment-proposal-answer', { decision: 'maybe', reasonText: '', x: 1 });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error.map((i) => i.path).sort()).toEqual(['/decision', '/reasonText', '/x']);
  });
});

const envelope = {
  id: ID,
  conversationId: CONV,
  type: 'status-request',
  sender: 'org-gent-ocmw',
  recipient: 'org-farys',
  debtorReference: 'DOS-2026-0042',
  inReplyTo: null,
  urgent: false,
  sentAt: '2026-12-22T09:30:00+01:00',
};

describe('envelope', () => {
  it('accepts a complete envelope', () => {
    expect(validateEnvelope(envelope).ok).toBe(true);
  });

  it('rejects bad ids, same sender and recipient, and bad timestamps', () => {
    const bad = validateEnvelope({ ...envelope, id: 'x', sentAt: '22/12/2026' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.map((i) => i.path).sort()).toEqual(['/id', '/sentAt']);
    const self = validateEnvelope({ ...envelope, recipient: envelope.sender }, 'en');
    expect(self).toEqual({
      ok: false,
      error: [{ path: '/recipient', message: 'Field recipient: must differ from the sender' }],
    });
  });

  it('validates a whole message, body issues under /body', () => {
    const good = validateHubMessage({ ...envelope, body: VALID_BODIES['status-request'] });
    expect(good.ok).toBe(true);
    const bad = validateHubMessage({ ...envelope, inReplyTo: 'nope', body: { question: '' } });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.map((i) => i.path).sort()).toEqual(['/body/question', '/inReplyTo']);
    expect(validateHubMessage({ ...envelope }).ok).toBe(false);
  });
});
