import { describe, expect, it } from 'vitest';
import { classify, type TrackedMessage } from './deadlines.ts';
import { validateMessage } from './messages.ts';
import { systemMessagesFor } from './system-messages.ts';

const base = { sentOn: '2026-12-22', urgent: false, country: 'BE', answeredOn: null } as const;
const messages: (TrackedMessage & { type: 'balance-request' | 'status-request' })[] = [
  { ...base, id: '3f0c7d1e-5b7a-4c1e-9a52-0d1f2e3a4b51', type: 'balance-request', confirmedOn: null },
  { ...base, id: '3f0c7d1e-5b7a-4c1e-9a52-0d1f2e3a4b52', type: 'balance-request', confirmedOn: '2026-12-23' },
  {
    ...base,
    id: '3f0c7d1e-5b7a-4c1e-9a52-0d1f2e3a4b53',
    type: 'status-request',
    confirmedOn: '2026-12-23',
    urgent: true,
  },
];

describe('systemMessagesFor', () => {
  const drafts = systemMessagesFor(classify(messages, '2027-01-05'));

  it('tells the sender about expiry and escalation, reminds the recipient', () => {
    expect(drafts.map((d) => [d.type, d.to, d.aboutMessageId.slice(-1)])).toEqual([
      ['expiry-notice', 'sender', '1'],
      ['reminder', 'recipient', '2'],
      ['escalation', 'sender', '3'],
    ]);
    expect(drafts[2]?.body).toMatchObject({ dueOn: '2026-12-24', workingDaysOverdue: 6 });
  });

  it('produces bodies that pass their own schema', () => {
    for (const d of drafts) expect(validateMessage(d.type, d.body).ok).toBe(true);
  });
});
