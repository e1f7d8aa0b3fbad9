import { AsyncLocalStorage } from 'node:async_hooks';
import { sql } from 'kysely';
import type { Executor, Trx } from './db.ts';

/** The role whose queries row-level security confines (migration 0800). */
export const TENANT_ROLE = 'evs_tenant';

/**
 * Organisation isolation by construction. Every table that holds personal or financial data has a
 * row-level security policy (migration 0800) that shows and accepts only rows of the organisation
 * named by the session setting `evs.organisation_id`, for the role `evs_tenant`. The database
 * driver (tenant-dialect.ts) switches each connection to that role and organisation before it runs
 * a query for code that runs inside `runInOrganisation` or a confined request: a query that forgets
 * its `where organisation_id = …` still cannot read or write another organisation's rows.
 *
 * Outside a confinement the connection runs as the owner: migrations, the login look-up (which must
 * find a session before it knows the organisation), the jobs scheduler that walks all organisations
 * and the local operator's CLI. docs/access.md lists the exceptions inside a confinement.
 */
interface Tenancy {
  organisationId: string | null;
  /** The request's database time budget; null outside requests and on long-running routes. */
  readonly budget: DatabaseBudget | null;
}

/**
 * How long one statement may run and how long it may wait for a lock (PostgreSQL's
 * `statement_timeout` and `lock_timeout`), for HTTP requests only: a stuck lock answers 503 in
 * seconds instead of hanging the request. Imports, sweeps, jobs and the CLI run without it (the
 * server's own settings apply), and so do routes that declare `config.longRunning`.
 */
export interface DatabaseBudget {
  readonly statementMs: number;
  readonly lockMs: number;
}

const storage = new AsyncLocalStorage<Tenancy>();

/** The organisation the current code is confined to; null when it runs as the owner. */
export function currentOrganisation(): string | null {
  return storage.getStore()?.organisationId ?? null;
}

/** The database time budget of the current code; null: none (jobs, CLI, long-running routes). */
export function currentBudget(): DatabaseBudget | null {
  return storage.getStore()?.budget ?? null;
}

/** Runs `fn` with every query confined to one organisation (keeping the caller's time budget). */
export function runInOrganisation<T>(organisationId: string, fn: () => T): T {
  return storage.run({ organisationId, budget: currentBudget() }, fn);
}

/**
 * Opens an unconfined tenancy for one HTTP request (callback-style `onRequest` hook, so the rest
 * of the request runs inside it); `confineRequest` narrows it once the actor is known. `budget`
 * limits its statements and lock waits (null: no limit, for long-running routes).
 */
export function openRequestTenancy(budget: DatabaseBudget | null, next: () => void): void {
  storage.run({ organisationId: null, budget }, next);
}

/** Confines the rest of the current request to `organisationId`. */
export function confineRequest(organisationId: string): void {
  const tenancy = storage.getStore();
  if (!tenancy) throw new Error('confineRequest outside a request tenancy (see openRequestTenancy)');
  if (tenancy.organisationId !== null && tenancy.organisationId !== organisationId) {
    throw new Error('a request cannot move to another organisation');
  }
  tenancy.organisationId = organisationId;
}

/**
 * ANALYZE needs the table's owner, so a confined transaction refreshes statistics (a bulk merge
 * needs fresh ones, or the planner picks nested loops that take minutes) as the owner for that one
 * statement. Statistics show no rows to the caller.
 */
export async function analyzeTables(trx: Executor, tables: readonly string[]): Promise<void> {
  const confined = currentOrganisation() !== null;
  if (confined) await sql`SELECT set_config('role', 'none', true)`.execute(trx);
  await sql`ANALYZE ${sql.join(tables.map((t) => sql.table(t)))}`.execute(trx);
  if (confined) await sql`SELECT set_config('role', ${TENANT_ROLE}, true)`.execute(trx);
}

/**
 * Runs `fn` inside `trx` as `organisationId`, then returns to the caller's organisation: the one
 * way to act in another organisation of this installation (the hub delivering a message into the
 * recipient's organisation). Unconfined callers are not narrowed.
 */
export async function actInOrganisation<T>(
  trx: Trx,
  organisationId: string,
  fn: () => Promise<T>,
): Promise<T> {
  const caller = currentOrganisation();
  if (caller === null || caller === organisationId) return fn();
  const move = (to: string) => sql`SELECT set_config('evs.organisation_id', ${to}, true)`.execute(trx);
  await move(organisationId);
  let result: T;
  try {
    result = await fn();
  } catch (e) {
    await move(caller).catch(() => undefined); // an aborted transaction rolls the setting back itself
    throw e;
  }
  await move(caller);
  return result;
}
