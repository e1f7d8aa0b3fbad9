/**
 * A few seconds' memory of authenticated sessions, so a signed-in request costs no session query when
 * the same session asked a moment ago. Every change to users, roles, departments or sessions made by
 * this process forgets all entries at once (`forgetSessions`); another instance's change is seen
 * within SESSION_CACHE_MS. An entry never outlives its session's expiry.
 */
import type { Database } from '../platform/db.ts';

export const SESSION_CACHE_MS = 2_000;

interface Entry<T> {
  readonly value: T;
  readonly cachedAt: number;
  readonly expiresAt: number;
  readonly generation: number;
}

let generation = 0;
const caches = new WeakMap<Database, Map<string, Entry<unknown>>>();

/** Called by every write to users, roles, departments and sessions (src/access/store.ts). */
export function forgetSessions(): void {
  generation++;
}

export function cachedSession<T>(database: Database, key: string, nowMs: number): T | null {
  const entry = caches.get(database)?.get(key);
  if (!entry) return null;
  if (
    entry.generation !== generation ||
    nowMs - entry.cachedAt >= SESSION_CACHE_MS ||
    nowMs >= entry.expiresAt
  ) {
    caches.get(database)?.delete(key);
    return null;
  }
  return entry.value as T;
}

export function cacheSession<T>(database: Database, key: string, value: T, nowMs: number, expiresAt: number) {
  let cache = caches.get(database);
  if (!cache) {
    cache = new Map();
    caches.set(database, cache);
  }
  // a bounded map: expired entries go when it grows (sessions of a busy day, not of a year)
  if (cache.size >= 10_000) {
    for (const [k, e] of cache) if (nowMs - e.cachedAt >= SESSION_CACHE_MS) cache.delete(k);
  }
  cache.set(key, { value, cachedAt: nowMs, expiresAt, generation });
}
