import type { Generated } from 'kysely';
import type { DateColumn, GeneratedJson, Json, Timestamp } from '../platform/column-types.ts';

export interface HubContact {
  readonly name: string;
  readonly email?: string;
  readonly phone?: string;
}

export interface HubParticipantsTable {
  id: Generated<string>;
  code: string;
  name: string;
  organisation_id: string | null;
  department_id: string | null;
  company_number: string | null;
  role: 'counsellor' | 'creditor' | 'both';
  accepts_national_number: Generated<boolean>;
  prior_consent: Generated<boolean>;
  requires_consent: Generated<boolean>;
  country: Generated<'BE' | 'NL'>;
  contacts: GeneratedJson<HubContact[]>;
  active: Generated<boolean>;
  managed_by: string;
  created_at: Generated<Timestamp>;
}

export interface HubMessagesTable {
  id: string;
  conversation_id: string;
  type: string;
  sender_id: string | null;
  recipient_id: string;
  debtor_reference: string;
  in_reply_to: string | null;
  urgent: boolean;
  supplementary: boolean;
  sent_at: Timestamp;
  sent_on: DateColumn;
  expires_on: DateColumn;
  due_on: DateColumn | null;
  fetched_at: Timestamp | null;
  confirmed_at: Timestamp | null;
  confirmed_on: DateColumn | null;
  confirmed_by: string | null;
  answered_on: DateColumn | null;
  expired_on: DateColumn | null;
  reminded_on: DateColumn | null;
  escalated_on: DateColumn | null;
  body_cipher: string | null;
  body_key_org: string | null;
  purged_on: DateColumn | null;
  debtor_id: string | null;
  sender_org: string | null;
  created_by: string;
}

export interface HubDownloadsTable {
  id: Generated<string>;
  participant_id: string;
  type: string;
  message_ids: Json<string[]>;
  created_at: Generated<Timestamp>;
  created_by: string;
  confirmed_at: Timestamp | null;
}

export interface HubFreezeRequestsTable {
  id: Generated<string>;
  organisation_id: string;
  department_id: string | null;
  debtor_id: string;
  message_id: string;
  requested_on: DateColumn;
  status: Generated<'open' | 'applied' | 'rejected'>;
}

/** The tables of the hub (migration 0500_hub.sql). */
export interface HubTables {
  hub_participants: HubParticipantsTable;
  hub_messages: HubMessagesTable;
  hub_downloads: HubDownloadsTable;
  hub_freeze_requests: HubFreezeRequestsTable;
}

declare module '../platform/schema.ts' {
  interface Schema extends HubTables {}
}
