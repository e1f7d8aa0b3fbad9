import type { ColumnType, Generated } from 'kysely';
import type { Role } from '../platform/roles.ts';

// Own column types (same as src/platform/schema.ts): importing those back would make the types circular.
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type Json<T> = ColumnType<T, string, string>;

export interface UsersTable {
  id: Generated<string>;
  organisation_id: string;
  login: string;
  display_name: string;
  password_hash: string | null;
  oidc_issuer: string | null;
  oidc_subject: string | null;
  citizen_debtor_id: string | null;
  active: Generated<boolean>;
  demo: Generated<boolean>;
  failed_logins: Generated<number>;
  locked_until: NullableTimestamp;
  password_changed_at: NullableTimestamp;
  created_at: Timestamp;
}

export interface UserRolesTable {
  user_id: string;
  role: Role;
}

export interface UserDepartmentsTable {
  user_id: string;
  department_id: string;
}

export interface SessionsTable {
  token_hash: string;
  user_id: string;
  organisation_id: string;
  csrf_token: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
}

export interface ApiTokensTable {
  id: Generated<string>;
  organisation_id: string;
  name: string;
  token_hash: string;
  actions: Json<string[]>;
  department_ids: Json<string[]>;
  created_by: string;
  created_at: Timestamp;
  revoked_at: NullableTimestamp;
  last_used_at: NullableTimestamp;
}

export interface ConsentsTable {
  id: Generated<string>;
  organisation_id: string;
  user_id: string;
  /** The person as named: by debtor id, or (exactly one of the two) by national number. */
  debtor_id: string | null;
  national_number: string | null;
  kind: Generated<'consent' | 'mandate'>;
  purpose: string;
  valid_from: string;
  valid_until: string;
  evidence_ref: string;
  created_by: string;
  created_at: Timestamp;
  revoked_at: NullableTimestamp;
}

export interface AccessLogTable {
  id: Generated<number>;
  organisation_id: string;
  actor: string;
  actor_role: string;
  subject_debtor_id: string | null;
  action: string;
  purpose: string;
  request_id: string | null;
  at: Timestamp;
}

/** The tables of the Access capability (migration 0100_access.sql). */
export interface AccessTables {
  users: UsersTable;
  user_roles: UserRolesTable;
  user_departments: UserDepartmentsTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  consents: ConsentsTable;
  access_log: AccessLogTable;
}

declare module '../platform/schema.ts' {
  interface Schema extends AccessTables {}
}
