/**
 * When sweeps are due: on fixed days of the year (default the first day of each quarter). The daily job
 * sweeps when no sweep has run since the latest such day, so a day missed while the server was down is
 * caught up the next day.
 */
import type { IsoDate } from './facts.ts';

export const DEFAULT_SWEEP_DAYS = ['01-01', '04-01', '07-01', '10-01'] as const;

/** Parses `MM-DD,MM-DD,…`; null when any part is not a real day of the month. */
export function parseSweepDays(text: string): string[] | null {
  const days = text
    .split(',')
    .map((d) => d.trim())
    .filter((d) => d !== '');
  const valid = days.every((d) => {
    const m = /^(\d{2})-(\d{2})$/.exec(d);
    if (!m) return false;
    const month = Number(m[1]);
    const day = Number(m[2]);
    const maxDay = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
    return day >= 1 && day <= maxDay;
  });
  return valid && days.length > 0 ? days : null;
}

/** The latest sweep day on or before `today` (looking back into last year when needed). */
export function latestSweepDay(today: IsoDate, days: readonly string[]): IsoDate {
  const year = Number(today.slice(0, 4));
  let best: IsoDate | null = null;
  for (const y of [year, year - 1])
    for (const d of days) {
      const candidate = `${String(y).padStart(4, '0')}-${d}`;
      if (candidate <= today && (best === null || candidate > best)) best = candidate;
    }
  return best ?? `${year - 1}-01-01`;
}
