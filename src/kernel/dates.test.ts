import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addIsoDuration,
  addMonths,
  compareDates,
  daysBetween,
  endOfMonth,
  formatDate,
  fromDayNumber,
  instantOn,
  isIsoDate,
  isoWeekday,
  parseDate,
  parseIsoDuration,
  toDayNumber,
} from './dates.ts';

/** Reference implementation through UTC Date, only to cross-check the integer arithmetic. */
function utcAddDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const dateArb = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('isIsoDate / parseDate', () => {
  it('validates the calendar strictly', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('2025-04-31')).toBe(false);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('2025-00-10')).toBe(false);
    expect(isIsoDate('2025-1-01')).toBe(false);
    expect(isIsoDate('2025-01-01T00:00')).toBe(false);
    expect(isIsoDate('２０２５-01-01')).toBe(false);
  });

  it.each([
    ['23/11/2026', '2026-11-23'],
    ['3/1/2026', '2026-01-03'],
    ['03-01-2026', '2026-01-03'],
    ['03.01.2026', '2026-01-03'],
    [' 2026-11-23 ', '2026-11-23'],
    ['29/02/2024', '2024-02-29'],
  ])('parses %j', (text, iso) => {
    expect(parseDate(text)).toEqual({ ok: true, value: iso });
  });

  it.each([
    '31/02/2025',
    '29/02/2025',
    '2026/11/23',
    '23/11/26',
    '23/11-2026',
    '',
    'morgen',
    '32/01/2026',
    '1/13/2026',
  ])('rejects %j', (text) => {
    expect(parseDate(text).ok).toBe(false);
  });

  it('round-trips through formatDate', () => {
    fc.assert(
      fc.property(dateArb, (date) => {
        expect(parseDate(formatDate(date))).toEqual({ ok: true, value: date });
      }),
    );
  });
});

describe('day arithmetic', () => {
  it('agrees with UTC Date arithmetic', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: -40000, max: 40000 }), (date, days) => {
        expect(addDays(date, days)).toBe(utcAddDays(date, days));
        expect(daysBetween(date, addDays(date, days))).toBe(days);
      }),
    );
  });

  it('numbers days from 1970-01-01 and back', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('2000-03-01')).toBe(11017);
    expect(fromDayNumber(-1)).toBe('1969-12-31');
    fc.assert(
      fc.property(dateArb, (date) => {
        expect(fromDayNumber(toDayNumber(date))).toBe(date);
      }),
    );
  });

  it('computes b − a', () => {
    expect(daysBetween('2026-01-01', '2026-03-01')).toBe(59);
    expect(daysBetween('2024-03-01', '2024-01-01')).toBe(-60);
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
  });

  it('knows the weekday', () => {
    expect(isoWeekday('2026-12-25')).toBe(5);
    expect(isoWeekday('2026-12-27')).toBe(7);
    expect(isoWeekday('1969-12-29')).toBe(1);
  });

  it('throws on a malformed date (a bug, not input)', () => {
    expect(() => addDays('2025-02-30', 1)).toThrow(RangeError);
    expect(() => addDays('2025-02-01', 1.5)).toThrow(RangeError);
  });
});

describe('months and durations', () => {
  it('clamps to the end of the month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
    expect(addMonths('2026-01-15', -13)).toBe('2024-12-15');
    expect(endOfMonth('2100-02-03')).toBe('2100-02-28');
  });

  it('adds ISO durations', () => {
    expect(addIsoDuration('2026-11-23', 'P5Y')).toBe('2031-11-23');
    expect(addIsoDuration('2024-02-29', 'P1Y')).toBe('2025-02-28');
    expect(addIsoDuration('2026-11-30', 'P3M')).toBe('2027-02-28');
    expect(addIsoDuration('2026-01-01', 'P30D')).toBe('2026-01-31');
    expect(addIsoDuration('2026-01-01', 'P2W')).toBe('2026-01-15');
    expect(addIsoDuration('2025-08-31', 'P1Y6M')).toBe('2027-02-28');
    expect(addIsoDuration('2026-01-01', 'P1M10D')).toBe('2026-02-11');
    expect(addIsoDuration('2026-01-11', '-P10D')).toBe('2026-01-01');
  });

  it('rejects durations it does not understand', () => {
    for (const bad of ['P', '5Y', 'P1H', 'PT5M', 'P1.5Y', 'P1D1Y', '']) {
      expect(parseIsoDuration(bad).ok).toBe(false);
    }
    expect(() => addIsoDuration('2026-01-01', 'P1H')).toThrow(RangeError);
  });

  it('adding months and subtracting them again never moves past the start', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 0, max: 600 }), (date, months) => {
        const back = addMonths(addMonths(date, months), -months);
        expect(compareDates(back, date)).toBeLessThanOrEqual(0);
        expect(daysBetween(back, date)).toBeLessThanOrEqual(3);
      }),
    );
  });
});

describe('formatDate / compareDates', () => {
  it('formats day first', () => {
    expect(formatDate('2026-11-23')).toBe('23/11/2026');
    expect(formatDate('2026-01-03', 'en')).toBe('03/01/2026');
  });

  it('compares', () => {
    expect(compareDates('2026-01-01', '2026-01-02')).toBe(-1);
    expect(compareDates('2026-01-02', '2026-01-02')).toBe(0);
    expect(compareDates('2027-01-01', '2026-12-31')).toBe(1);
  });
});

describe('instantOn', () => {
  it('is now itself on the same UTC day, else the given day at the same time of day', () => {
    const now = new Date('2026-12-03T23:30:05.123Z');
    expect(instantOn('2026-12-03', now)).toBe(now);
    expect(instantOn('2026-11-24', now).toISOString()).toBe('2026-11-24T23:30:05.123Z');
    expect(instantOn('2028-02-29', now).toISOString()).toBe('2028-02-29T23:30:05.123Z');
  });

  it('always lands on the day it is given', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        (day, now) => {
          const today = day.toISOString().slice(0, 10);
          expect(instantOn(today, now).toISOString().slice(0, 10)).toBe(today);
        },
      ),
    );
  });
});
