import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from './dates.ts';
import {
  addWorkingDays,
  isPublicHoliday,
  isWorkingDay,
  nextWorkingDay,
  publicHolidays,
  workingDaysBetween,
} from './working-days.ts';

describe('Belgian working days', () => {
  it('skips Christmas and the weekend', () => {
    expect(addWorkingDays('2026-12-24', 1, 'BE')).toBe('2026-12-28');
    expect(addWorkingDays('2026-12-28', -1, 'BE')).toBe('2026-12-24');
  });

  it('knows the ten Belgian public holidays of 2026', () => {
    expect([...publicHolidays(2026, 'BE')].sort()).toEqual([
      '2026-01-01',
      '2026-04-06',
      '2026-05-01',
      '2026-05-14',
      '2026-05-25',
      '2026-07-21',
      '2026-08-15',
      '2026-11-01',
      '2026-11-11',
      '2026-12-25',
    ]);
  });

  it('treats weekends and holidays as non-working days', () => {
    expect(isWorkingDay('2026-07-21')).toBe(false);
    expect(isWorkingDay('2026-07-22')).toBe(true);
    expect(isWorkingDay('2026-11-28')).toBe(false);
    expect(isWorkingDay('2026-11-29')).toBe(false);
    expect(isWorkingDay('2026-11-30')).toBe(true);
    // observances such as Boxing Day are not Belgian public holidays
    expect(isWorkingDay('2026-12-28', 'BE')).toBe(true);
  });

  it('nextWorkingDay keeps a working day and moves a holiday forward', () => {
    expect(nextWorkingDay('2026-12-23')).toBe('2026-12-23');
    expect(nextWorkingDay('2026-12-25')).toBe('2026-12-28');
    expect(nextWorkingDay('2026-04-04')).toBe('2026-04-07');
  });

  it('counts 5 and 10 working-day deadlines across Easter', () => {
    expect(addWorkingDays('2026-04-01', 5)).toBe('2026-04-09');
    expect(addWorkingDays('2026-04-01', 10)).toBe('2026-04-16');
    expect(addWorkingDays('2026-04-01', 0)).toBe('2026-04-01');
  });
});

describe('Dutch working days', () => {
  it('uses Dutch holidays', () => {
    expect(isPublicHoliday('2025-12-26', 'NL')).toBe(true);
    expect(isPublicHoliday('2025-12-26', 'BE')).toBe(false);
    expect(isPublicHoliday('2025-07-21', 'NL')).toBe(false);
    expect(addWorkingDays('2025-12-24', 1, 'NL')).toBe('2025-12-29');
    expect(addWorkingDays('2025-12-24', 1, 'BE')).toBe('2025-12-26');
  });
});

describe('properties', () => {
  const dateArb = fc
    .date({
      min: new Date('2020-01-01T00:00:00Z'),
      max: new Date('2035-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));

  it('lands on a working day and counts back to n', () => {
    fc.assert(
      fc.property(
        dateArb,
        fc.integer({ min: -30, max: 30 }),
        fc.constantFrom('BE' as const, 'NL' as const),
        (d, n, c) => {
          const result = addWorkingDays(d, n, c);
          if (n !== 0) expect(isWorkingDay(result, c)).toBe(true);
          expect(workingDaysBetween(d, result, c)).toBe(n);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('nextWorkingDay is the first working day on or after the date', () => {
    fc.assert(
      fc.property(dateArb, (d) => {
        const next = nextWorkingDay(d);
        expect(isWorkingDay(next)).toBe(true);
        for (let day = d; day < next; day = addDays(day, 1)) expect(isWorkingDay(day)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
