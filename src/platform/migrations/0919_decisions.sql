-- Decisions staff make on screen (issue 19): why a look-alike is not the same person, why a plan
-- above the repayment capacity was still proposed, when and how the person accepted it, and what
-- happened to a bank line that was not for EvS.
ALTER TABLE debtor_match_suggestions ADD COLUMN decision_reason text;

ALTER TABLE plans ADD COLUMN over_capacity_reason text;
ALTER TABLE plans ADD COLUMN accepted_on date;
ALTER TABLE plans ADD COLUMN accepted_channel text
  CHECK (accepted_channel IN ('letter_signed', 'counter', 'phone', 'email'));

-- An unmatched credit line is resolved by assigning it to a plan (status allocated), by handing it
-- to a department or the general ledger (not_for_evs, with where it goes) or by refunding it to
-- the payer's IBAN (refunded).
ALTER TABLE payments ADD COLUMN resolution text CHECK (resolution IN ('not_for_evs', 'refunded'));
ALTER TABLE payments ADD COLUMN resolution_target text;
ALTER TABLE payments ADD COLUMN resolution_note text;
ALTER TABLE payments ADD COLUMN resolved_on date;
ALTER TABLE payments ADD COLUMN resolved_by text;
