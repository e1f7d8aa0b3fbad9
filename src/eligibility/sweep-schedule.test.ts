import { describe, expect, it } from 'vitest';
import { parseMonthDays as parseSweepDays } from '../kernel/dates.ts';
import { DEFAULT_SWEEP_DAYS, latestSweepDay } from './sweep-schedule.ts';

describe('sweep schedule', () => {
  it('finds the latest quarter day on or before today, across the new year', () => {
    expect(latestSweepDay('2026-05-17', DEFAULT_SWEEP_DAYS)).toBe('2026-04-01');
    expect(latestSweepDay('2026-04-01', DEFAULT_SWEEP_DAYS)).toBe('2026-04-01');
    expect(latestSweepDay('2026-03-31', DEFAULT_SWEEP_DAYS)).toBe('2026-01-01');
    expect(latestSweepDay('2026-01-15', ['03-15', '09-15'])).toBe('2025-09-15');
  });

  it('parses configured days and refuses impossible ones', () => {
    expect(parseSweepDays('01-15, 07-15')).toEqual(['01-15', '07-15']);
    expect(parseSweepDays('02-30')).toBeNull();
    expect(parseSweepDays('13-01')).toBeNull();
    expect(parseSweepDays('')).toBeNull();
  });
});
