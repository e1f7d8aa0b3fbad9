/**
 * Schedules of recurring jobs. Pure: the runner passes "now". A schedule cuts time into slots; each
 * (job, organisation, slot) becomes one row in `jobs`, whose unique key makes every instance that
 * sees the slot agree on the same single run.
 *
 * Text form (registry defaults and the EVS_JOB_SCHEDULES override):
 *   `every 30s`, `every 10m`, `every 2h` — fixed intervals counted from the Unix epoch
 *   `daily 02:30`                        — once a day at that local time (EVS_TIMEZONE)
 *   `off`                                — never scheduled (still runnable by hand)
 */

export type Schedule =
  | { readonly kind: 'every'; readonly seconds: number }
  | { readonly kind: 'daily'; readonly hour: number; readonly minute: number }
  | { readonly kind: 'off' };

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600 };

export function parseSchedule(text: string): Schedule | null {
  const t = text.trim().toLowerCase();
  if (t === 'off') return { kind: 'off' };
  const every = /^every\s+(\d{1,6})\s*([smh])$/.exec(t);
  if (every) {
    const seconds = Number(every[1]) * (UNIT_SECONDS[every[2] ?? ''] ?? 0);
    return seconds > 0 ? { kind: 'every', seconds } : null;
  }
  const daily = /^daily\s+([01]\d|2[0-3]):([0-5]\d)$/.exec(t);
  if (daily) return { kind: 'daily', hour: Number(daily[1]), minute: Number(daily[2]) };
  return null;
}

export function formatSchedule(s: Schedule): string {
  if (s.kind === 'off') return 'off';
  if (s.kind === 'daily') return `daily ${pad(s.hour)}:${pad(s.minute)}`;
  return s.seconds % 3600 === 0
    ? `every ${s.seconds / 3600}h`
    : s.seconds % 60 === 0
      ? `every ${s.seconds / 60}m`
      : `every ${s.seconds}s`;
}

/**
 * Parses `name=schedule;name=schedule` (EVS_JOB_SCHEDULES). Returns the map or the first bad entry.
 */
export function parseScheduleOverrides(
  text: string,
): { ok: true; value: Record<string, Schedule> } | { ok: false; entry: string } {
  const value: Record<string, Schedule> = {};
  for (const entry of text.split(';').map((e) => e.trim())) {
    if (entry === '') continue;
    const eq = entry.indexOf('=');
    const name = eq > 0 ? entry.slice(0, eq).trim() : '';
    const schedule = eq > 0 ? parseSchedule(entry.slice(eq + 1)) : null;
    if (!/^[a-z][\w.-]*$/.test(name) || !schedule) return { ok: false, entry };
    value[name] = schedule;
  }
  return { ok: true, value };
}

export interface Slot {
  /** Stable key of the slot: the UTC instant it starts, ISO 8601. */
  readonly key: string;
  /** The local calendar date of the slot start (the handler's "today"). */
  readonly today: string;
}

/** The slot `now` falls in, or null when the schedule is off or today's daily time has not come yet. */
export function currentSlot(schedule: Schedule, now: Date, timeZone: string): Slot | null {
  if (schedule.kind === 'off') return null;
  if (schedule.kind === 'every') {
    const ms = schedule.seconds * 1000;
    const start = new Date(Math.floor(now.getTime() / ms) * ms);
    return { key: start.toISOString(), today: localDate(start, timeZone) };
  }
  const today = localDate(now, timeZone);
  const { hour, minute } = localClock(now, timeZone);
  if (hour * 60 + minute < schedule.hour * 60 + schedule.minute) return null;
  return { key: `${today}T${pad(schedule.hour)}:${pad(schedule.minute)}@${timeZone}`, today };
}

/** `YYYY-MM-DD` of an instant in a time zone. */
export function localDate(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

function localClock(instant: Date, timeZone: string): { hour: number; minute: number } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? '0');
  return { hour: get('hour'), minute: get('minute') };
}

export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** Seconds to wait before attempt `attempt + 1` after `attempt` failed: 30 s doubling, capped at 6 h. */
export function retryDelaySeconds(attempt: number): number {
  return Math.min(30 * 2 ** Math.max(0, attempt - 1), 6 * 3600);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
