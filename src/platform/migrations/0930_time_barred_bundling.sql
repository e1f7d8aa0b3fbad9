-- A time-barred claim (its limitation date passed) is bundled into an EvS file only when chosen on
-- purpose, with the reason: kept on the claim while it is bundled (cleared when the file releases it;
-- the audit trail keeps every decision).
ALTER TABLE claims ADD COLUMN time_barred_reason text;
