-- EvS files, plans, journey and the department feed (issue 5). Amounts in cents.

-- A bundled claim is frozen: no new charges from the bundling date (see the claims import).
ALTER TABLE claims ADD COLUMN frozen_at timestamptz;
ALTER TABLE claims ADD COLUMN evs_file_id uuid;
ALTER TABLE claims ADD COLUMN disputed boolean NOT NULL DEFAULT false;

-- Per organisation: who the letters come from and the plan policy. One row, defaults when absent.
CREATE TABLE plan_settings (
  organisation_id uuid PRIMARY KEY REFERENCES organisations(id),
  creditor_name text NOT NULL,
  iban text NOT NULL,
  bic text,
  contact text NOT NULL,
  place text NOT NULL,
  min_instalment bigint NOT NULL DEFAULT 1000 CHECK (min_instalment >= 0),
  max_months integer NOT NULL DEFAULT 24 CHECK (max_months >= 1),
  day_of_month integer NOT NULL DEFAULT 1 CHECK (day_of_month BETWEEN 1 AND 31),
  waive_charges boolean NOT NULL DEFAULT true,
  missed_threshold integer NOT NULL DEFAULT 2 CHECK (missed_threshold >= 1),
  living_allowance jsonb,
  policy jsonb,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Legal tables added by an administrator (validated like the shipped ones); no code change needed.
CREATE TABLE legal_tables (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  version text NOT NULL,
  body jsonb NOT NULL,
  added_by text NOT NULL,
  added_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (organisation_id, version)
);

CREATE TABLE evs_files (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  debtor_id uuid NOT NULL REFERENCES debtors(id),
  household_id uuid REFERENCES households(id),
  partner_debtor_id uuid REFERENCES debtors(id),
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
  milestone text NOT NULL DEFAULT 'signalled',
  opened_at timestamptz NOT NULL DEFAULT now(),
  opened_by text NOT NULL,
  closed_at timestamptz,
  close_reason text,
  consent_date date NOT NULL,
  consent_form text NOT NULL,
  consent_evidence text NOT NULL,
  partner_consent_date date,
  partner_consent_evidence text,
  referral boolean NOT NULL DEFAULT false,
  referral_details jsonb,
  version integer NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX evs_files_one_open ON evs_files (organisation_id, debtor_id) WHERE status = 'open';
CREATE INDEX evs_files_debtor ON evs_files (debtor_id);

-- OSLO Vermindering: charges waived when a claim is bundled.
CREATE TABLE claim_reductions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  claim_id uuid NOT NULL REFERENCES claims(id),
  file_id uuid NOT NULL REFERENCES evs_files(id),
  amount bigint NOT NULL CHECK (amount > 0),
  reason text NOT NULL,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX claim_reductions_claim ON claim_reductions (claim_id);

CREATE TABLE plans (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  file_id uuid NOT NULL REFERENCES evs_files(id),
  debtor_id uuid NOT NULL REFERENCES debtors(id),
  status text NOT NULL CHECK (status IN ('proposed', 'accepted', 'active', 'completed', 'cancelled')),
  reference text NOT NULL,
  start_amount bigint NOT NULL CHECK (start_amount > 0),
  monthly bigint NOT NULL CHECK (monthly > 0),
  paid bigint NOT NULL DEFAULT 0,
  strategy text NOT NULL DEFAULT 'pro_rata' CHECK (strategy IN ('pro_rata', 'oldest_first', 'priority')),
  priority jsonb,
  basis text NOT NULL DEFAULT 'manual',
  legal_table_version text,
  legal_table_warning text,
  capacity_explanation jsonb,
  cancellation_reason text,
  version integer NOT NULL DEFAULT 1,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  accepted_at timestamptz,
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (organisation_id, reference)
);
CREATE UNIQUE INDEX plans_one_live_per_file ON plans (file_id) WHERE status IN ('proposed', 'accepted', 'active');
CREATE INDEX plans_debtor ON plans (debtor_id);

CREATE TABLE plan_claims (
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  plan_id uuid NOT NULL REFERENCES plans(id),
  claim_id uuid NOT NULL REFERENCES claims(id),
  bundled_open bigint NOT NULL CHECK (bundled_open >= 0),
  allocated bigint NOT NULL DEFAULT 0 CHECK (allocated >= 0),
  PRIMARY KEY (plan_id, claim_id)
);
CREATE INDEX plan_claims_claim ON plan_claims (claim_id);

CREATE TABLE plan_instalments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  plan_id uuid NOT NULL REFERENCES plans(id),
  seq integer NOT NULL,
  due_date date NOT NULL,
  amount bigint NOT NULL CHECK (amount >= 0),
  paid bigint NOT NULL DEFAULT 0 CHECK (paid >= 0),
  UNIQUE (plan_id, seq)
);

-- OSLO activities: Voorstel, Wijziging, Aanvaarding, Afbetaling, Schrapping.
CREATE TABLE plan_activities (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  plan_id uuid NOT NULL REFERENCES plans(id),
  type text NOT NULL,
  oslo_class text NOT NULL,
  date_time timestamptz NOT NULL,
  on_date date NOT NULL,
  actor text NOT NULL,
  reason text,
  amount bigint,
  version integer NOT NULL
);
CREATE INDEX plan_activities_plan ON plan_activities (plan_id);

-- Journey after the VNG Routekaart Financiële Zorgen.
CREATE TABLE journey_milestones (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  file_id uuid NOT NULL REFERENCES evs_files(id),
  milestone text NOT NULL,
  reached_on date NOT NULL,
  actor text NOT NULL,
  note text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX journey_milestones_file ON journey_milestones (file_id);

CREATE TABLE contact_attempts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  file_id uuid NOT NULL REFERENCES evs_files(id),
  channel text NOT NULL CHECK (channel IN ('letter', 'phone', 'email', 'sms', 'home_visit')),
  attempted_on date NOT NULL,
  reached boolean NOT NULL,
  note text,
  actor text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX contact_attempts_file ON contact_attempts (file_id);

CREATE TABLE journey_tasks (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  file_id uuid NOT NULL REFERENCES evs_files(id),
  title text NOT NULL,
  due_date date NOT NULL,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done')),
  source_key text,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  done_at timestamptz,
  done_by text
);
CREATE INDEX journey_tasks_file ON journey_tasks (file_id);
CREATE UNIQUE INDEX journey_tasks_source ON journey_tasks (organisation_id, source_key) WHERE source_key IS NOT NULL;

-- A friendly reminder per missed instalment (never a cost); unique so daily detection is idempotent.
CREATE TABLE plan_reminders (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  plan_id uuid NOT NULL REFERENCES plans(id),
  instalment_id uuid NOT NULL REFERENCES plan_instalments(id) UNIQUE,
  detected_on date NOT NULL,
  lang text NOT NULL,
  text text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- The per-department feed of claims' EvS state. event_type is open-ended (Payments adds `allocation`).
CREATE TABLE feed_events (
  seq bigserial PRIMARY KEY,
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  department_id uuid NOT NULL REFERENCES departments(id),
  claim_id uuid NOT NULL REFERENCES claims(id),
  event_type text NOT NULL,
  event_key text NOT NULL,
  payload jsonb NOT NULL,
  occurred_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (organisation_id, event_key)
);
CREATE INDEX feed_events_department ON feed_events (organisation_id, department_id, seq);

CREATE TABLE webhook_endpoints (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  department_id uuid NOT NULL REFERENCES departments(id),
  url text NOT NULL,
  secret text NOT NULL,
  active boolean NOT NULL DEFAULT true,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE webhook_deliveries (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  endpoint_id uuid NOT NULL REFERENCES webhook_endpoints(id),
  event_seq bigint NOT NULL REFERENCES feed_events(seq),
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  last_status integer,
  last_error text,
  delivered_at timestamptz,
  UNIQUE (endpoint_id, event_seq)
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (status, next_attempt_at);

CREATE TABLE webhook_attempts (
  id bigserial PRIMARY KEY,
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  delivery_id uuid NOT NULL REFERENCES webhook_deliveries(id),
  attempted_at timestamptz NOT NULL DEFAULT now(),
  http_status integer,
  error text,
  duration_ms integer NOT NULL
);
CREATE INDEX webhook_attempts_delivery ON webhook_attempts (delivery_id);
