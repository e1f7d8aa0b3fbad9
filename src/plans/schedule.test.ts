import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWorkingDay } from '../kernel/working-days.ts';
import { buildSchedule, reschedule, type ScheduleInput } from './schedule.ts';

const base: ScheduleInput = {
  startAmount: 100000,
  monthly: 25000,
  firstDue: '2026-01-01',
  dayOfMonth: 1,
  minInstalment: 1000,
  maxMonths: 24,
  country: 'BE',
};

describe('buildSchedule', () => {
  it('puts instalments on the chosen day, moved to the next working day', () => {
    const r = buildSchedule(base);
    expect(r).toEqual({
      ok: true,
      value: [
        { seq: 1, dueDate: '2026-01-02', amount: 25000 }, // 1 Jan: New Year
        { seq: 2, dueDate: '2026-02-02', amount: 25000 }, // 1 Feb: Sunday
        { seq: 3, dueDate: '2026-03-02', amount: 25000 }, // 1 Mar: Sunday
        { seq: 4, dueDate: '2026-04-01', amount: 25000 },
      ],
    });
  });

  it('gives the remainder to the last instalment', () => {
    const r = buildSchedule({ ...base, monthly: 30000 });
    expect(r.ok && r.value.map((i) => i.amount)).toEqual([30000, 30000, 30000, 10000]);
  });

  it('derives the monthly amount from a number of months', () => {
    const r = buildSchedule({ ...base, monthly: undefined, months: 3 });
    expect(r.ok && r.value.map((i) => i.amount)).toEqual([33334, 33334, 33332]);
  });

  it('uses fewer months rather than instalments below the minimum', () => {
    const r = buildSchedule({ ...base, monthly: undefined, months: 20, minInstalment: 10000 });
    expect(r.ok && r.value.length).toBe(10);
  });

  it('starts the next month when the chosen day has passed, clamps to short months', () => {
    const r = buildSchedule({ ...base, firstDue: '2026-01-20', dayOfMonth: 31, monthly: 34000 });
    // 31 Jan and 28 Feb 2026 are Saturdays: both move to a Monday, still strictly before 31 March
    expect(r.ok && r.value.map((i) => i.dueDate)).toEqual(['2026-02-02', '2026-03-02', '2026-03-31']);
    const feb = buildSchedule({ ...base, firstDue: '2026-02-01', dayOfMonth: 30, monthly: 50000 });
    expect(feb.ok && feb.value[0]?.dueDate).toBe('2026-03-02'); // 28 Feb 2026 is a Saturday
  });

  it('flags a plan that cannot finish in time for referral, with the figures', () => {
    expect(buildSchedule({ ...base, startAmount: 1_000_000, monthly: 10000 })).toEqual({
      ok: false,
      error: {
        code: 'needs_referral',
        figures: { startAmount: 1_000_000, monthly: 10000, monthsNeeded: 100, maxMonths: 24 },
      },
    });
  });

  it('refuses instalments below the minimum and bad input', () => {
    expect(buildSchedule({ ...base, monthly: 500 })).toEqual({
      ok: false,
      error: { code: 'instalment_below_minimum', monthly: 500, minInstalment: 1000 },
    });
    expect(buildSchedule({ ...base, months: 3 }).ok).toBe(false);
    expect(buildSchedule({ ...base, monthly: undefined, months: 30 })).toEqual({
      ok: false,
      error: { code: 'term_too_long', months: 30, maxMonths: 24 },
    });
    expect(buildSchedule({ ...base, dayOfMonth: 32 }).ok).toBe(false);
    expect(buildSchedule({ ...base, firstDue: '2026-02-30' }).ok).toBe(false);
    expect(buildSchedule({ ...base, startAmount: 0 }).ok).toBe(false);
  });

  it('a small debt is one instalment even below the minimum', () => {
    const r = buildSchedule({ ...base, startAmount: 700, monthly: 500, minInstalment: 1000 });
    expect(r.ok && r.value).toEqual([{ seq: 1, dueDate: '2026-01-02', amount: 700 }]);
  });

  it('keeps its promises for any input (property)', () => {
    const day = fc.integer({ min: 0, max: 3000 }).map((n) => {
      const d = new Date(Date.UTC(2024, 0, 1 + n));
      return d.toISOString().slice(0, 10);
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5_000_000 }),
        fc.integer({ min: 1, max: 500_000 }),
        day,
        fc.integer({ min: 1, max: 31 }),
        fc.integer({ min: 0, max: 20_000 }),
        fc.integer({ min: 1, max: 60 }),
        fc.constantFrom('BE' as const, 'NL' as const),
        (startAmount, monthly, firstDue, dayOfMonth, minInstalment, maxMonths, country) => {
          const r = buildSchedule({
            startAmount,
            monthly,
            firstDue,
            dayOfMonth,
            minInstalment,
            maxMonths,
            country,
          });
          if (!r.ok) {
            if (r.error.code === 'needs_referral')
              expect(r.error.figures.monthsNeeded).toBeGreaterThan(maxMonths);
            else expect(r.error.code).toBe('instalment_below_minimum');
            return;
          }
          const list = r.value;
          expect(list.reduce((s, i) => s + i.amount, 0)).toBe(startAmount);
          expect(list.length).toBeLessThanOrEqual(maxMonths);
          for (const i of list.slice(0, -1)) expect(i.amount).toBeGreaterThanOrEqual(minInstalment);
          list.forEach((i, k) => {
            expect(i.amount).toBeGreaterThan(0);
            expect(i.seq).toBe(k + 1);
            expect(isWorkingDay(i.dueDate, country)).toBe(true);
            expect(i.dueDate >= firstDue).toBe(true);
            if (k > 0) expect(i.dueDate > (list[k - 1]?.dueDate ?? '')).toBe(true);
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('reschedule', () => {
  it('plans what remains and continues the numbering', () => {
    const r = reschedule(30000, {
      monthly: 20000,
      firstDue: '2026-06-01',
      dayOfMonth: 15,
      minInstalment: 1000,
      maxMonths: 24,
      country: 'BE',
      firstSeq: 5,
    });
    expect(r).toEqual({
      ok: true,
      value: [
        { seq: 5, dueDate: '2026-06-15', amount: 20000 },
        { seq: 6, dueDate: '2026-07-15', amount: 10000 },
      ],
    });
    expect(
      reschedule(0, {
        monthly: 100,
        firstDue: '2026-06-01',
        dayOfMonth: 1,
        minInstalment: 0,
        maxMonths: 1,
        country: 'BE',
      }),
    ).toEqual({
      ok: false,
      error: { code: 'nothing_remaining' },
    });
  });
});
