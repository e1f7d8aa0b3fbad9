import {
  CompiledQuery,
  type DatabaseConnection,
  type DatabaseIntrospector,
  type Dialect,
  type DialectAdapter,
  type Driver,
  type Kysely,
  type QueryCompiler,
  type TransactionSettings,
} from 'kysely';
import { currentBudget, currentOrganisation, type DatabaseBudget, TENANT_ROLE } from './tenant.ts';

const CONFINE = `set_config('evs.organisation_id', $1, false), set_config('role', '${TENANT_ROLE}', false)`;
const RELEASE = `set_config('role', 'none', false), set_config('evs.organisation_id', '', false)`;
/** The server's own setting (configuration, role or database default): what RESET would give. */
const serverDefault = (name: string) =>
  `set_config('${name}', (SELECT reset_val FROM pg_settings WHERE name = '${name}'), false)`;
const NO_BUDGET = `${serverDefault('statement_timeout')}, ${serverDefault('lock_timeout')}`;

/**
 * The statement that puts a session in the tenancy of `organisationId` (null: the owner) with the
 * time budget of the calling code (null: the server's own settings), in one round trip.
 */
export function sessionStatement(
  organisationId: string | null,
  budget: DatabaseBudget | null,
): CompiledQuery {
  const params: unknown[] = organisationId === null ? [] : [organisationId];
  let limits = NO_BUDGET;
  if (budget !== null) {
    params.push(String(budget.statementMs), String(budget.lockMs));
    const n = params.length;
    limits = `set_config('statement_timeout', $${n - 1}, false), set_config('lock_timeout', $${n}, false)`;
  }
  return CompiledQuery.raw(`SELECT ${organisationId === null ? RELEASE : CONFINE}, ${limits}`, params);
}

/** Back to the session's own (owner) role and no organisation, with the caller's time budget. */
export function releaseStatement(): CompiledQuery {
  return sessionStatement(null, currentBudget());
}

/**
 * Wraps a dialect so that every connection, when handed out, runs as the organisation of the
 * calling code (src/platform/tenant.ts): confined to it under row-level security, or as the owner,
 * and with the caller's time budget (a request's statement and lock timeouts, or none). The setting
 * is session-wide and made outside any transaction, so a rollback cannot undo it; it is only sent
 * when the connection's last setting differs.
 */
export class TenantDialect implements Dialect {
  private applied = new WeakMap<DatabaseConnection, string>();

  constructor(private readonly inner: Dialect) {}

  /** Call after anything changed a session's role behind the driver's back (embedded COPY). */
  forgetSessions(): void {
    this.applied = new WeakMap();
  }

  createAdapter(): DialectAdapter {
    return this.inner.createAdapter();
  }
  createQueryCompiler(): QueryCompiler {
    return this.inner.createQueryCompiler();
  }
  createIntrospector(db: Kysely<unknown>): DatabaseIntrospector {
    return this.inner.createIntrospector(db);
  }
  createDriver(): Driver {
    const driver = this.inner.createDriver();
    return {
      init: () => driver.init(),
      destroy: () => driver.destroy(),
      acquireConnection: async () => {
        const connection = await driver.acquireConnection();
        try {
          await this.apply(connection, currentOrganisation(), currentBudget());
        } catch (e) {
          await driver.releaseConnection(connection);
          throw e;
        }
        return connection;
      },
      releaseConnection: (c) => driver.releaseConnection(c),
      beginTransaction: (c, settings: TransactionSettings) => driver.beginTransaction(c, settings),
      commitTransaction: (c) => driver.commitTransaction(c),
      rollbackTransaction: (c) => driver.rollbackTransaction(c),
      ...(driver.savepoint ? { savepoint: driver.savepoint.bind(driver) } : {}),
      ...(driver.rollbackToSavepoint ? { rollbackToSavepoint: driver.rollbackToSavepoint.bind(driver) } : {}),
      ...(driver.releaseSavepoint ? { releaseSavepoint: driver.releaseSavepoint.bind(driver) } : {}),
    };
  }

  private async apply(
    connection: DatabaseConnection,
    organisationId: string | null,
    budget: DatabaseBudget | null,
  ): Promise<void> {
    const key = `${organisationId ?? ''}|${budget ? `${budget.statementMs}/${budget.lockMs}` : ''}`;
    if (this.applied.get(connection) === key) return;
    this.applied.delete(connection);
    await connection.executeQuery(sessionStatement(organisationId, budget));
    this.applied.set(connection, key);
  }
}
