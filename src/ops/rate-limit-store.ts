/**
 * A store for @fastify/rate-limit that counts in the database, so every instance behind the load
 * balancer shares one counter per client (the plugin's default store counts per process).
 *
 * Fixed windows: a request falls in the window starting at `floor(now / timeWindow) * timeWindow`
 * and is counted with ONE statement (INSERT … ON CONFLICT DO UPDATE … RETURNING), atomic under
 * concurrency on PostgreSQL and PGlite. Instances take "now" from their own clock; with NTP the
 * skew only moves a window boundary by the skew. Past windows are deleted by the housekeeping job
 * (`pruneRateLimitWindows`). The plugin's `continueExceeding`, `exponentialBackoff` and `ban`
 * options are not supported by this store (EvS uses none of them).
 */
import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import { sql } from 'kysely';
import type { Database } from '../platform/db.ts';

type Callback = (error: Error | null, result?: { current: number; ttl: number }) => void;

export const GLOBAL_BUCKET = 'global';

/**
 * The bucket of a route with its own limit: 'POST /api/v1/auth/login'. At run time the plugin
 * passes `child` the merged options with `routeInfo` (its type declarations say otherwise).
 */
export function bucketOf(options: object): string {
  const info: unknown = 'routeInfo' in options ? options.routeInfo : undefined;
  const method = typeof info === 'object' && info !== null && 'method' in info ? info.method : undefined;
  const url = typeof info === 'object' && info !== null && 'url' in info ? info.url : undefined;
  const m = Array.isArray(method) ? method.join(',') : String(method ?? '');
  return `${m} ${String(url ?? '')}`.trim() || GLOBAL_BUCKET;
}

/** The fixed window holding `nowMs`: [windowStart, windowEnd) in epoch ms. */
function windowOf(timeWindowMs: number, nowMs: number): { windowStart: number; windowEnd: number } {
  const windowMs = Math.max(1, Math.trunc(timeWindowMs));
  const windowStart = Math.floor(nowMs / windowMs) * windowMs;
  return { windowStart, windowEnd: windowStart + windowMs };
}

/** Counts one request of `key` in `bucket`; returns the window's count and its remaining ms. */
export async function countRequest(
  database: Database,
  bucket: string,
  key: string,
  timeWindowMs: number,
  nowMs: number = Date.now(),
  hits = 1,
): Promise<{ current: number; ttl: number }> {
  const { windowStart, windowEnd } = windowOf(timeWindowMs, nowMs);
  const row = await database.db
    .insertInto('rate_limits')
    .values({
      bucket,
      client_key: key,
      window_start: windowStart,
      expires_at: new Date(windowEnd),
      hits,
    })
    .onConflict((oc) =>
      oc
        .columns(['bucket', 'client_key', 'window_start'])
        .doUpdateSet({ hits: sql<number>`rate_limits.hits + ${hits}` }),
    )
    .returning('hits')
    .executeTakeFirstOrThrow();
  return { current: Number(row.hits), ttl: windowEnd - nowMs };
}

/** The window's count without counting (the plugin's `{ increment: false }`). */
export async function peekRequests(
  database: Database,
  bucket: string,
  key: string,
  timeWindowMs: number,
  nowMs: number = Date.now(),
): Promise<{ current: number; ttl: number }> {
  const { windowStart, windowEnd } = windowOf(timeWindowMs, nowMs);
  const row = await database.db
    .selectFrom('rate_limits')
    .select('hits')
    .where('bucket', '=', bucket)
    .where('client_key', '=', key)
    .where('window_start', '=', windowStart)
    .executeTakeFirst();
  return row ? { current: Number(row.hits), ttl: windowEnd - nowMs } : { current: 0, ttl: 0 };
}

/** Deletes the counters of windows that ended before `now`; returns how many. */
export async function pruneRateLimits(database: Database, now: Date = new Date()): Promise<number> {
  const r = await database.db.deleteFrom('rate_limits').where('expires_at', '<', now).executeTakeFirst();
  return Number(r.numDeletedRows);
}

function answer(count: Promise<{ current: number; ttl: number }>, callback: Callback): void {
  count.then(
    (result) => callback(null, result),
    (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
  );
}

/** How often counts held in memory are written through to the shared counter. */
export const WRITE_THROUGH_MS = 1_000;

interface HeldCount {
  windowStart: number;
  timeWindow: number;
  /** The shared count as last read from the database. */
  known: number;
  /** Counted here, not yet written through. */
  pending: number;
}

/**
 * The global limit is a brake for scripts, far above what a person does: while a client is under half
 * of it, its requests are counted in memory and written through once a second (one statement per
 * client, not one per request); from half the limit on, and for every route's own limit (login),
 * each request is counted in the database. Instances may so see each other's counts a second late.
 */
class HeldCounts {
  private readonly held = new Map<string, HeldCount>();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly database: Database,
    private readonly bucket: string,
  ) {}

  incr(key: string, timeWindow: number, max: number, nowMs = Date.now()) {
    const { windowStart, windowEnd } = windowOf(timeWindow, nowMs);
    let h = this.held.get(key);
    if (!h || h.windowStart !== windowStart) {
      h = { windowStart, timeWindow, known: 0, pending: 0 };
      this.held.set(key, h);
    }
    const count = h;
    if ((count.known + count.pending + 1) * 2 <= max) {
      count.pending++;
      this.schedule();
      return Promise.resolve({ current: count.known + count.pending, ttl: windowEnd - nowMs });
    }
    const hits = count.pending + 1;
    count.pending = 0;
    return countRequest(this.database, this.bucket, key, timeWindow, nowMs, hits).then((r) => {
      count.known = Math.max(count.known, r.current);
      return r;
    });
  }

  private schedule(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.writeThrough().catch(() => undefined);
    }, WRITE_THROUGH_MS);
    this.timer.unref();
  }

  private async writeThrough(): Promise<void> {
    const nowMs = Date.now();
    for (const [key, h] of this.held) {
      if (h.pending > 0) {
        const hits = h.pending;
        h.pending = 0;
        const r = await countRequest(
          this.database,
          this.bucket,
          key,
          h.timeWindow,
          h.windowStart,
          hits,
        ).catch(() => null);
        if (r) h.known = Math.max(h.known, r.current);
        else h.pending += hits; // tried again with the next write-through
      } else if (h.windowStart + h.timeWindow <= nowMs) this.held.delete(key);
    }
    if ([...this.held.values()].some((h) => h.pending > 0)) this.schedule();
  }
}

/** The `store` option of @fastify/rate-limit, counting in `database`. */
export function databaseRateLimitStore(database: Database): FastifyRateLimitStoreCtor {
  class DatabaseRateLimitStore implements FastifyRateLimitStore {
    readonly bucket: string;
    private readonly held: HeldCounts | null;

    constructor(_options?: unknown, bucket: string = GLOBAL_BUCKET) {
      this.bucket = bucket;
      this.held = bucket === GLOBAL_BUCKET ? new HeldCounts(database, bucket) : null;
    }

    incr(key: string, callback: Callback, timeWindow: number, max?: number): void {
      answer(
        this.held && max !== undefined
          ? this.held.incr(key, timeWindow, max)
          : countRequest(database, this.bucket, key, timeWindow),
        callback,
      );
    }

    read(key: string, callback: Callback, timeWindow: number): void {
      answer(peekRequests(database, this.bucket, key, timeWindow), callback);
    }

    child(routeOptions: object): FastifyRateLimitStore {
      return new DatabaseRateLimitStore(routeOptions, bucketOf(routeOptions));
    }
  }
  return DatabaseRateLimitStore;
}
