import type { Generated } from 'kysely';
import type { GeneratedJson, Timestamp } from './column-types.ts';

export type { DateColumn, GeneratedJson, Json, Timestamp } from './column-types.ts';

export interface AuditEventsTable {
  id: Generated<number>;
  organisation_id: string;
  actor: string;
  action: string;
  subject_type: string;
  subject_id: string | null;
  details: GeneratedJson;
  at: Generated<Timestamp>;
}

export interface MigrationsTable {
  name: string;
  applied_at: Generated<Timestamp>;
}

/**
 * The whole database. The platform declares only its own tables; each capability adds its tables in its
 * own `tables.ts` (`declare module '../platform/schema.ts'`), so the platform imports no capability.
 */
export interface Schema {
  audit_events: AuditEventsTable;
  schema_migrations: MigrationsTable;
}
