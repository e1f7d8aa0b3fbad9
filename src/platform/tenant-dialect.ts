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
import { currentOrganisation, TENANT_ROLE } from './tenant.ts';

const CONFINE_SQL = `SELECT set_config('evs.organisation_id', $1, false), set_config('role', '${TENANT_ROLE}', false)`;
/** Back to the session's own (owner) role and no organisation. */
export const RELEASE_SQL = `SELECT set_config('role', 'none', false), set_config('evs.organisation_id', '', false)`;

/** The statement that puts a session in the tenancy of `organisationId` (null: the owner). */
function tenancyStatement(organisationId: string | null): CompiledQuery {
  return organisationId === null
    ? CompiledQuery.raw(RELEASE_SQL)
    : CompiledQuery.raw(CONFINE_SQL, [organisationId]);
}

/**
 * Wraps a dialect so that every connection, when handed out, runs as the organisation of the
 * calling code (src/platform/tenant.ts): confined to it under row-level security, or as the owner.
 * The setting is session-wide and made outside any transaction, so a rollback cannot undo it; it is
 * only sent when the connection's last setting differs.
 */
export class TenantDialect implements Dialect {
  private applied = new WeakMap<DatabaseConnection, string | null>();

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
          await this.apply(connection, currentOrganisation());
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

  private async apply(connection: DatabaseConnection, organisationId: string | null): Promise<void> {
    if (this.applied.has(connection) && this.applied.get(connection) === organisationId) return;
    this.applied.delete(connection);
    await connection.executeQuery(tenancyStatement(organisationId));
    this.applied.set(connection, organisationId);
  }
}
