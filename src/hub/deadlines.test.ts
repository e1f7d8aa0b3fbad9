import { describe, expect, it } from 'vitest';
import {
  answerDueDate,
  classify,
  DEFAULT_DEADLINES,
  expiryDate,
  localDate,
  sortInbox,
  type TrackedMessage,
} from './deadlines.ts';

describe('expiry after 5 working days (day of sending = day 0)', () => {
  it('Belgium: sent Tue 22/12/2026, over Christmas and a weekend → last day Wed 30/12/2026', () => {
    // 23 (1), 24 (2), 25 holiday, 26–27 weekend, 28 (3), 29 (4), 30 (5)
    expect(expiryDate('2026-12-22', 'BE')).toBe('2026-12-30');
  });

  it('Netherlands also skips Tweede Kerstdag (a Saturday in 2026) and New Year', () => {
    expect(expiryDate('2026-12-24', 'BE')).toBe('2027-01-04'); // 28,29,30,31, (1/1 holiday), 4
    expect(expiryDate('2026-12-24', 'NL')).toBe('2027-01-04');
  });

  it('Belgian and Dutch calendars differ: 11/11 (Wapenstilstand) is a holiday only in BE', () => {
    // Wed 11/11/2026 is Armistice Day in Belgium only
    expect(expiryDate('2026-11-10', 'BE')).toBe('2026-11-18');
    expect(expiryDate('2026-11-10', 'NL')).toBe('2026-11-17');
  });

  it('sent on a Saturday: day 1 is the Monday after', () => {
    expect(expiryDate('2026-11-14', 'BE')).toBe('2026-11-20');
  });
});

describe('answer due date', () => {
  it('10 working days by default, 2 when urgent, configurable', () => {
    expect(answerDueDate('2026-12-22', false, DEFAULT_DEADLINES, 'BE')).toBe('2027-01-07');
    expect(answerDueDate('2026-12-22', true, DEFAULT_DEADLINES, 'BE')).toBe('2026-12-24');
    expect(answerDueDate('2026-12-22', false, { ...DEFAULT_DEADLINES, answerWorkingDays: 3 }, 'BE')).toBe(
      '2026-12-28',
    );
  });
});

const msg = (over: Partial<TrackedMessage> & { id: string }): TrackedMessage => ({
  type: 'balance-request',
  sentOn: '2026-12-22',
  urgent: false,
  country: 'BE',
  confirmedOn: '2026-12-22',
  answeredOn: null,
  ...over,
});

describe('classify', () => {
  it('expires unconfirmed messages the day after the last day, not before', () => {
    const m = msg({ id: 'a', confirmedOn: null });
    expect(classify([m], '2026-12-30').expired).toEqual([]);
    expect(classify([m], '2026-12-31').expired).toEqual([{ message: m, expiredOn: '2026-12-30' }]);
    // an expired message is not also overdue
    expect(classify([m], '2027-02-01').overdue).toEqual([]);
  });

  it('finds overdue and due-soon answers; answered or answer-less types are ignored', () => {
    const open = msg({ id: 'open' });
    const urgent = msg({ id: 'urgent', urgent: true });
    const answered = msg({ id: 'answered', answeredOn: '2026-12-23' });
    const notice = msg({ id: 'notice', type: 'notice' });
    // urgent due Thu 24/12; overdue on 28, 29, 30, 31/12, 4 and 5/1 (1/1 is a holiday)
    const result = classify([open, urgent, answered, notice], '2027-01-05');
    expect(result.overdue).toEqual([{ message: urgent, dueOn: '2026-12-24', workingDaysOverdue: 6 }]);
    expect(result.dueSoon).toEqual([{ message: open, dueOn: '2027-01-07', workingDaysLeft: 2 }]);
    expect(classify([open], '2027-01-04').dueSoon).toEqual([]);
    expect(classify([open], '2027-01-07').dueSoon).toEqual([
      { message: open, dueOn: '2027-01-07', workingDaysLeft: 0 },
    ]);
    expect(classify([open], '2027-01-08').overdue).toEqual([
      { message: open, dueOn: '2027-01-07', workingDaysOverdue: 1 },
    ]);
  });

  it('puts urgent overdue messages first, then the earliest due', () => {
    const late = msg({ id: 'late', sentOn: '2026-11-02' });
    const later = msg({ id: 'later', sentOn: '2026-11-20' });
    const urgent = msg({ id: 'urgent', sentOn: '2026-12-01', urgent: true });
    const ids = classify([later, urgent, late], '2027-01-05').overdue.map((o) => o.message.id);
    expect(ids).toEqual(['urgent', 'late', 'later']);
  });
});

describe('sortInbox and localDate', () => {
  it('urgent first, then oldest', () => {
    const inbox = [
      { id: '1', urgent: false, sentAt: '2026-12-21T08:00:00Z' },
      { id: '2', urgent: true, sentAt: '2026-12-22T08:00:00Z' },
      { id: '3', urgent: false, sentAt: '2026-12-20T08:00:00+01:00' },
      { id: '4', urgent: true, sentAt: '2026-12-21T23:00:00Z' },
    ];
    expect(sortInbox(inbox).map((m) => m.id)).toEqual(['4', '2', '3', '1']);
    expect(inbox.map((m) => m.id)).toEqual(['1', '2', '3', '4']);
  });

  it('takes the Belgian calendar day of a timestamp', () => {
    expect(localDate('2026-12-21T23:30:00Z')).toBe('2026-12-22');
    expect(localDate('2026-07-01T21:59:00Z')).toBe('2026-07-01');
    expect(localDate('2026-07-01T22:00:00Z')).toBe('2026-07-02');
  });
});
