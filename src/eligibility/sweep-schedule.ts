/**
 * When sweeps are due: on fixed days of the year (default the first day of each quarter). The daily job
 * sweeps when no sweep has run since the latest such day, so a day missed while the server was down is
 * caught up the next day.
 */
import type { IsoDate } from '../kernel/eligibility/facts.ts';

export const DEFAULT_SWEEP_DAYS = ['01-01', '04-01', '07-01', '10-01'] as const;

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
