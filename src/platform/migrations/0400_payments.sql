-- Payments: bank statements, their lines (OSLO Afbetaling), allocations to claims
-- (ToerekeningVanBetaling) and refunds of file credits. Departments read allocations as `allocation`
-- events in feed_events (0300).

-- What EvS allocated to a claim; the department's own `paid` stays theirs. The claims overview shows
-- paid + evs_paid (docs/payments.md).
ALTER TABLE claims ADD COLUMN evs_paid bigint NOT NULL DEFAULT 0 CHECK (evs_paid >= 0);

CREATE TABLE bank_statements (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  account text NOT NULL,
  statement_ref text NOT NULL,
  format text NOT NULL CHECK (format IN ('coda', 'camt053')),
  statement_date date NOT NULL,
  opening_balance bigint NOT NULL,
  closing_balance bigint NOT NULL,
  file_name text,
  imported_by text NOT NULL,
  imported_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (organisation_id, account, statement_ref)
);

CREATE TABLE payments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  statement_id uuid NOT NULL REFERENCES bank_statements(id),
  account text NOT NULL,
  bank_ref text NOT NULL,
  booking_date date NOT NULL,
  value_date date NOT NULL,
  -- signed: credits positive, debits and reversals of credits negative
  amount bigint NOT NULL,
  kind text NOT NULL CHECK (kind IN ('credit', 'debit', 'reversal')),
  -- credit: allocated | unmatched | reversed; debit: other; reversal: applied | other
  status text NOT NULL CHECK (status IN ('allocated', 'unmatched', 'reversed', 'applied', 'other')),
  reversal_of uuid REFERENCES payments(id),
  counterparty_name text,
  counterparty_iban text,
  reference_kind text CHECK (reference_kind IN ('ogm', 'rf')),
  reference text,
  communication text,
  problem jsonb,
  plan_id uuid REFERENCES plans(id),
  match text CHECK (match IN ('reference', 'manual')),
  match_note text,
  matched_by text,
  surplus bigint NOT NULL DEFAULT 0 CHECK (surplus >= 0),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (organisation_id, account, bank_ref)
);
CREATE INDEX payments_org_status ON payments (organisation_id, status);
CREATE INDEX payments_plan ON payments (plan_id) WHERE plan_id IS NOT NULL;
CREATE INDEX payments_org_date ON payments (organisation_id, booking_date);
CREATE INDEX payments_reference ON payments (organisation_id, reference) WHERE reference IS NOT NULL;

CREATE TABLE payment_allocations (
  id bigserial PRIMARY KEY,
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  payment_id uuid NOT NULL REFERENCES payments(id),
  plan_id uuid NOT NULL REFERENCES plans(id),
  claim_id uuid NOT NULL REFERENCES claims(id),
  department_id uuid NOT NULL REFERENCES departments(id),
  part text NOT NULL CHECK (part IN ('costs', 'interest', 'principal')),
  amount bigint NOT NULL CHECK (amount > 0),
  booking_date date NOT NULL
);
CREATE INDEX payment_allocations_payment ON payment_allocations (payment_id);
CREATE INDEX payment_allocations_claim ON payment_allocations (claim_id);
CREATE INDEX payment_allocations_dept_date ON payment_allocations (organisation_id, department_id, booking_date);

-- A surplus held as a credit on the file leaves only by a recorded decision.
CREATE TABLE payment_refunds (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  plan_id uuid NOT NULL REFERENCES plans(id),
  amount bigint NOT NULL CHECK (amount > 0),
  reason text NOT NULL,
  decided_on date NOT NULL,
  decided_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX payment_refunds_plan ON payment_refunds (plan_id);
