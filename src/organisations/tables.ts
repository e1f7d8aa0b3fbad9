import type { Generated } from 'kysely';
import type { Timestamp } from '../platform/column-types.ts';

export interface OrganisationsTable {
  id: Generated<string>;
  code: string;
  name: string;
  country: Generated<'BE' | 'NL'>;
  created_at: Generated<Timestamp>;
}

export interface DepartmentsTable {
  id: Generated<string>;
  organisation_id: string;
  code: string;
  name: string;
  participates: Generated<boolean>;
  created_at: Generated<Timestamp>;
}

export interface OrganisationsTables {
  organisations: OrganisationsTable;
  departments: DepartmentsTable;
}

declare module '../platform/schema.ts' {
  interface Schema extends OrganisationsTables {}
}
