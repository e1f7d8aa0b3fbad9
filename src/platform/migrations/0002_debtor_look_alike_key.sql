-- The claims import suggests look-alike debtors (same name, birth date and address). Under row-level
-- security (0800) a join on lower(name) cannot use an index — lower() is not leakproof — and took
-- 49 s instead of 1 s for 200,000 claims. The comparison key is stored once per debtor instead, so the
-- join is a plain equality on an indexed column.
ALTER TABLE debtors ADD COLUMN look_alike_key text GENERATED ALWAYS AS (
  lower(name) || chr(31) || lower(coalesce(street, '')) || chr(31) || lower(coalesce(house_number, ''))
    || chr(31) || coalesce(postal_code, '')
) STORED;
DROP INDEX debtors_org_name;
CREATE INDEX debtors_look_alike ON debtors (organisation_id, look_alike_key, birth_date);
