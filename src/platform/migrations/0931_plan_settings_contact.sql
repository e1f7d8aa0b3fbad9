-- The city's contact details printed on letters, one field each (the free-text `contact` stays for
-- older settings): the service, a named contact person, a phone number and an e-mail address.
ALTER TABLE plan_settings ADD COLUMN contact_service text;
ALTER TABLE plan_settings ADD COLUMN contact_person text;
ALTER TABLE plan_settings ADD COLUMN contact_phone text;
ALTER TABLE plan_settings ADD COLUMN contact_email text;
