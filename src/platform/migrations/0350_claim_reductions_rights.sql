-- Reductions (OSLO Vermindering) proposed from a local right granted by the eligibility rulesets.
-- Numbered after 0300 because claim_reductions is created there; the existing bundling rows become
-- source 'bundling', status 'accepted' (they were applied when the claim was bundled).
ALTER TABLE claim_reductions ALTER COLUMN file_id DROP NOT NULL;
ALTER TABLE claim_reductions ADD COLUMN source text NOT NULL DEFAULT 'bundling'
  CHECK (source IN ('bundling', 'right'));
ALTER TABLE claim_reductions ADD COLUMN status text NOT NULL DEFAULT 'accepted'
  CHECK (status IN ('proposed', 'accepted', 'rejected'));
ALTER TABLE claim_reductions ADD COLUMN debtor_id uuid REFERENCES debtors(id);
ALTER TABLE claim_reductions ADD COLUMN right_code text;
ALTER TABLE claim_reductions ADD COLUMN period_from date;
ALTER TABLE claim_reductions ADD COLUMN period_to date;
ALTER TABLE claim_reductions ADD COLUMN proposed_amount bigint;
ALTER TABLE claim_reductions ADD COLUMN decided_by text;
ALTER TABLE claim_reductions ADD COLUMN decided_at timestamptz;
ALTER TABLE claim_reductions ADD COLUMN decision_note text;
ALTER TABLE claim_reductions ADD CONSTRAINT claim_reductions_right_fields
  CHECK (source <> 'right' OR (right_code IS NOT NULL AND debtor_id IS NOT NULL AND period_from IS NOT NULL));
-- The same right is proposed on a claim once (bundling rows have no right_code: NULLs never collide).
CREATE UNIQUE INDEX claim_reductions_right_once ON claim_reductions (claim_id, right_code);
CREATE INDEX claim_reductions_status ON claim_reductions (organisation_id, source, status);
