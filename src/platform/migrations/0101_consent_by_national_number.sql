-- A social worker records a consent for the person the consent form names: by debtor id (staff who see
-- the person) or by national number. A consent by national number is recorded whether or not the person
-- has claims, so recording it tells nothing about who owes the city; it covers whoever EvS knows under
-- that number (person_identifiers), now or once their first claim arrives.
ALTER TABLE consents ALTER COLUMN debtor_id DROP NOT NULL;
ALTER TABLE consents ADD COLUMN national_number text CHECK (national_number ~ '^[0-9]{11}$');
ALTER TABLE consents ADD CONSTRAINT consents_one_person CHECK (num_nonnulls(debtor_id, national_number) = 1);
CREATE INDEX consents_user_national_number ON consents (user_id, national_number)
  WHERE national_number IS NOT NULL;
