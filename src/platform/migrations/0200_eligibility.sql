-- Eligibility: social facts from feeds, rulesets per organisation, sweeps with their decisions,
-- the current outcome per person, the worklist, and the published outcomes of local rights.

-- One fact per (person, kind, source, code, period start); re-importing the same feed changes nothing.
-- A fact is known by national number (person_kind/person_value) and linked to a debtor once one exists,
-- or created for a debtor directly (department signals).
CREATE TABLE eligibility_facts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  fact_key text NOT NULL,
  person_kind text CHECK (person_kind IN ('be', 'nl')),
  person_value text,
  debtor_id uuid REFERENCES debtors(id),
  kind text NOT NULL CHECK (kind IN ('social_status', 'legal_status', 'income', 'credit_default', 'household', 'early_signal')),
  code text NOT NULL,
  source text NOT NULL,
  period_from date NOT NULL,
  period_to date,
  -- The whole fact as the engine reads it (src/eligibility/facts.ts).
  data jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (organisation_id, fact_key),
  CHECK (person_value IS NOT NULL OR debtor_id IS NOT NULL)
);
CREATE INDEX eligibility_facts_debtor ON eligibility_facts (debtor_id) WHERE debtor_id IS NOT NULL;
CREATE INDEX eligibility_facts_unlinked ON eligibility_facts (organisation_id, person_kind, person_value)
  WHERE debtor_id IS NULL;

-- Versions of the organisation's ruleset (JSON, see src/eligibility/ruleset.ts); never changed once saved.
CREATE TABLE eligibility_rulesets (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  version integer NOT NULL CHECK (version >= 1),
  effective_from date NOT NULL,
  body jsonb NOT NULL,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (organisation_id, version)
);

-- One sweep per organisation, evaluation date and ruleset version: running it again returns the same sweep.
CREATE TABLE eligibility_sweeps (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  evaluation_date date NOT NULL,
  ruleset_id uuid NOT NULL REFERENCES eligibility_rulesets(id),
  status text NOT NULL CHECK (status IN ('running', 'done')),
  people integer NOT NULL DEFAULT 0,
  eligible integer NOT NULL DEFAULT 0,
  changed integer NOT NULL DEFAULT 0,
  worklist integer NOT NULL DEFAULT 0,
  started_by text NOT NULL,
  started_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz,
  UNIQUE (organisation_id, evaluation_date, ruleset_id)
);

-- Who a running sweep evaluates (everyone with open claims), numbered for batched reads.
CREATE UNLOGGED TABLE eligibility_population (
  sweep_id uuid NOT NULL,
  seq integer NOT NULL,
  debtor_id uuid NOT NULL,
  open_cents bigint NOT NULL,
  departments integer NOT NULL,
  PRIMARY KEY (sweep_id, seq)
);

-- Every decision of every sweep, written by COPY. The explanation is stored when the outcome is new or
-- changed; for unchanged outcomes it is computed again on demand.
CREATE TABLE eligibility_decisions (
  sweep_id uuid NOT NULL REFERENCES eligibility_sweeps(id),
  organisation_id uuid NOT NULL,
  debtor_id uuid NOT NULL,
  eligible boolean NOT NULL,
  profile text NOT NULL,
  score integer NOT NULL,
  -- What the claims said on the evaluation date, so an explanation can be computed again later.
  open_cents bigint NOT NULL,
  departments integer NOT NULL,
  rights jsonb NOT NULL,
  change text NOT NULL CHECK (change IN ('new', 'new_eligible', 'no_longer_eligible', 'profile_changed', 'rights_changed', 'unchanged')),
  explanation jsonb,
  PRIMARY KEY (sweep_id, debtor_id)
);
CREATE INDEX eligibility_decisions_debtor ON eligibility_decisions (debtor_id);

-- The latest outcome per person; `since` is the evaluation date on which eligibility and profile became what they are.
CREATE TABLE eligibility_current (
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  debtor_id uuid NOT NULL REFERENCES debtors(id),
  eligible boolean NOT NULL,
  profile text NOT NULL,
  rights jsonb NOT NULL,
  since date NOT NULL,
  last_change text NOT NULL,
  sweep_id uuid NOT NULL REFERENCES eligibility_sweeps(id),
  PRIMARY KEY (organisation_id, debtor_id)
);

CREATE TABLE eligibility_worklist (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  debtor_id uuid NOT NULL REFERENCES debtors(id),
  reason text NOT NULL CHECK (reason IN ('new_eligible', 'no_longer_eligible', 'profile_changed', 'early_signal')),
  sweep_id uuid REFERENCES eligibility_sweeps(id),
  fact_id uuid REFERENCES eligibility_facts(id),
  profile_before text,
  profile_after text,
  eligible_after boolean,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'accepted', 'dismissed')),
  resolution text,
  decided_by text,
  decided_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  dedupe_key text NOT NULL,
  UNIQUE (organisation_id, dedupe_key)
);
CREATE INDEX eligibility_worklist_status ON eligibility_worklist (organisation_id, status, created_at);

-- Outcomes of local rights, published to departments as a feed: a row each time a person's outcome for a
-- right changes (granted or no longer granted). `seq` is the cursor.
CREATE TABLE eligibility_right_grants (
  seq bigserial PRIMARY KEY,
  organisation_id uuid NOT NULL,
  debtor_id uuid NOT NULL,
  right_code text NOT NULL,
  period_from date NOT NULL,
  period_to date,
  granted boolean NOT NULL,
  evaluation_date date NOT NULL,
  sweep_id uuid NOT NULL REFERENCES eligibility_sweeps(id),
  published_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX eligibility_right_grants_org ON eligibility_right_grants (organisation_id, seq);
