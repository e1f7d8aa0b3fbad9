-- Foundation: organisations, departments, claim categories, debtors, claims, imports, audit.
-- Every row holding personal or financial data carries organisation_id.

CREATE TABLE organisations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  code text NOT NULL UNIQUE,
  name text NOT NULL,
  country text NOT NULL DEFAULT 'BE' CHECK (country IN ('BE', 'NL')),
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE departments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  code text NOT NULL,
  name text NOT NULL,
  participates boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (organisation_id, code)
);

CREATE TABLE claim_categories (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  department_id uuid NOT NULL REFERENCES departments(id),
  name text NOT NULL,
  fiscal boolean NOT NULL DEFAULT false,
  limitation_period text NOT NULL DEFAULT 'P5Y',
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (department_id, name)
);

CREATE TABLE households (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  label text,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Debtors, their national numbers and customer numbers are bulk-created by the claims import
-- (hundreds of thousands per file) and a foreign key costs a trigger call per row (measured: 60 % of
-- the customer-number linking). So their organisation, department and debtor references are not
-- declared: the import takes them from the import's own key and from debtors it creates in the same
-- statement, the debtor merge only moves numbers to an existing debtor, and debtors, departments
-- and organisations are never deleted.
CREATE TABLE debtors (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL,
  name text NOT NULL,
  birth_date date,
  street text,
  house_number text,
  postal_code text,
  city text,
  household_id uuid REFERENCES households(id),
  merged_into uuid REFERENCES debtors(id),
  created_by_import uuid,
  created_at timestamptz NOT NULL DEFAULT now()
);
-- name + birth date: the look-alike suggestions join on both
CREATE INDEX debtors_org_name ON debtors (organisation_id, lower(name), birth_date);
CREATE INDEX debtors_created_by_import ON debtors (created_by_import) WHERE created_by_import IS NOT NULL;
CREATE INDEX debtors_household ON debtors (household_id) WHERE household_id IS NOT NULL;

-- National numbers (kind 'be' = rijksregisternummer/BIS, 'nl' = BSN), normalised to digits.
CREATE TABLE person_identifiers (
  organisation_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('be', 'nl')),
  value text NOT NULL,
  debtor_id uuid NOT NULL,
  PRIMARY KEY (organisation_id, kind, value)
);
CREATE INDEX person_identifiers_debtor ON person_identifiers (debtor_id);

CREATE TABLE customer_numbers (
  organisation_id uuid NOT NULL,
  department_id uuid NOT NULL,
  customer_number text NOT NULL,
  debtor_id uuid NOT NULL,
  PRIMARY KEY (organisation_id, department_id, customer_number)
);
CREATE INDEX customer_numbers_debtor ON customer_numbers (debtor_id);

CREATE TABLE claim_imports (
  id uuid PRIMARY KEY,
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  department_id uuid NOT NULL REFERENCES departments(id),
  file_name text,
  mode text NOT NULL CHECK (mode IN ('all_or_nothing', 'partial', 'dry_run')),
  status text NOT NULL CHECK (status IN ('running', 'committed', 'rejected', 'dry_run', 'interrupted')),
  rows integer NOT NULL DEFAULT 0,
  created integer NOT NULL DEFAULT 0,
  updated integer NOT NULL DEFAULT 0,
  unchanged integer NOT NULL DEFAULT 0,
  rejected integer NOT NULL DEFAULT 0,
  rejected_csv text,
  started_at timestamptz NOT NULL DEFAULT now(),
  -- refreshed while the import runs: another instance only cleans up an import whose owner is gone
  heartbeat_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz
);

-- Claims are bulk-loaded (a million rows per file) and a foreign key costs a trigger call per row
-- (measured: 40 % of the insert). So none is declared here: the import's merge takes debtor_id from
-- person_identifiers / customer_numbers and category_id from claim_categories (both keyed tables with
-- their own foreign keys), and debtors are never deleted (a merge only marks them).
CREATE TABLE claims (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL,
  department_id uuid NOT NULL,
  claim_id text NOT NULL,
  debtor_id uuid NOT NULL,
  category_id uuid NOT NULL,
  principal bigint NOT NULL CHECK (principal >= 0),
  charges bigint NOT NULL DEFAULT 0 CHECK (charges >= 0),
  paid bigint NOT NULL DEFAULT 0 CHECK (paid >= 0),
  issue_date date,
  due_date date NOT NULL,
  status text NOT NULL CHECK (status IN ('open', 'paid', 'cancelled')),
  import_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (organisation_id, department_id, claim_id)
);
CREATE INDEX claims_debtor ON claims (debtor_id);

CREATE TABLE claim_changes (
  id bigserial PRIMARY KEY,
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  claim_id uuid NOT NULL REFERENCES claims(id),
  import_id uuid REFERENCES claim_imports(id),
  changed_at timestamptz NOT NULL DEFAULT now(),
  before jsonb NOT NULL,
  after jsonb NOT NULL
);
CREATE INDEX claim_changes_claim ON claim_changes (claim_id);

-- Rows of an import in progress: filled by COPY, merged in one transaction, then deleted.
CREATE UNLOGGED TABLE claim_import_rows (
  import_id uuid NOT NULL,
  row_no integer NOT NULL,
  claim_id text NOT NULL,
  national_number text,
  national_number_kind text,
  customer_number text,
  name text NOT NULL,
  birth_date date,
  street text,
  house_number text,
  postal_code text,
  city text,
  category text NOT NULL,
  principal bigint NOT NULL,
  charges bigint NOT NULL,
  paid bigint NOT NULL,
  issue_date date,
  due_date date NOT NULL,
  status text NOT NULL
);
-- row_no too: rejected rows (duplicates, frozen charges) are deleted by row number
CREATE INDEX claim_import_rows_import ON claim_import_rows (import_id, row_no);

-- A possible same person (name + birth date + address) for a human to confirm; never merged silently.
CREATE TABLE debtor_match_suggestions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  debtor_id uuid NOT NULL REFERENCES debtors(id),
  candidate_id uuid NOT NULL REFERENCES debtors(id),
  reason text NOT NULL,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'confirmed', 'rejected')),
  created_at timestamptz NOT NULL DEFAULT now(),
  decided_at timestamptz,
  decided_by text,
  UNIQUE (debtor_id, candidate_id)
);

CREATE TABLE debtor_merges (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  survivor_id uuid NOT NULL REFERENCES debtors(id),
  merged_id uuid NOT NULL REFERENCES debtors(id),
  moved jsonb NOT NULL,
  merged_at timestamptz NOT NULL DEFAULT now(),
  merged_by text NOT NULL,
  undone_at timestamptz,
  undone_by text
);

-- Every change writes its audit event in the same transaction (DESIGN §6.8).
CREATE TABLE audit_events (
  id bigserial PRIMARY KEY,
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  actor text NOT NULL,
  action text NOT NULL,
  subject_type text NOT NULL,
  subject_id text,
  details jsonb NOT NULL DEFAULT '{}'::jsonb,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX audit_events_subject ON audit_events (organisation_id, subject_type, subject_id);
