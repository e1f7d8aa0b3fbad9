-- Organisation isolation by construction (src/platform/tenant.ts). Code confined to an organisation
-- runs as the role evs_tenant with the setting evs.organisation_id; row-level security then shows
-- and accepts only that organisation's rows, whatever the query says. The owner (migrations, login
-- look-up, the jobs scheduler) is not confined. A test (tenant-isolation.test.ts) fails for any
-- table that holds an organisation_id, or is not listed there, without a policy.

-- Roles are shared by all databases of a server: another EvS database may create it at the same time.
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'evs_tenant') THEN
    BEGIN
      CREATE ROLE evs_tenant NOLOGIN;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
    END;
  END IF;
  -- The application's own login must be allowed to SET ROLE evs_tenant.
  IF NOT pg_has_role(current_user, 'evs_tenant', 'MEMBER') THEN
    EXECUTE format('GRANT evs_tenant TO %I', current_user);
  END IF;
END $$;

CREATE FUNCTION evs_organisation() RETURNS uuid LANGUAGE sql STABLE AS $$
  SELECT nullif(current_setting('evs.organisation_id', true), '')::uuid
$$;

DO $$
BEGIN
  EXECUTE format('GRANT USAGE ON SCHEMA %I TO evs_tenant', current_schema());
  EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO evs_tenant', current_schema());
  EXECUTE format('GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA %I TO evs_tenant', current_schema());
  EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO evs_tenant', current_schema());
  EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO evs_tenant', current_schema());
END $$;

REVOKE INSERT, UPDATE, DELETE ON schema_migrations FROM evs_tenant;
REVOKE UPDATE, DELETE ON access_log FROM evs_tenant;
REVOKE UPDATE, DELETE ON audit_events FROM evs_tenant;

-- A sweep's or what-if's numbered population: transient rows, now marked with their organisation.
TRUNCATE eligibility_population;
ALTER TABLE eligibility_population ADD COLUMN organisation_id uuid NOT NULL;

-- Every table with an organisation_id, except the hub's directory (below): its own rows only.
DO $$
DECLARE t text;
BEGIN
  FOR t IN
    SELECT c.table_name FROM information_schema.columns c
    JOIN information_schema.tables tb USING (table_schema, table_name)
    WHERE c.table_schema = current_schema() AND c.column_name = 'organisation_id'
      AND tb.table_type = 'BASE TABLE' AND c.table_name <> 'hub_participants'
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY organisation_isolation ON %I USING (organisation_id = (SELECT evs_organisation()))', t);
  END LOOP;
END $$;

-- Rows without an organisation_id of their own belong to the organisation of their parent row,
-- which its own policy already narrows.
ALTER TABLE user_roles ENABLE ROW LEVEL SECURITY;
CREATE POLICY organisation_isolation ON user_roles USING (user_id IN (SELECT id FROM users));
ALTER TABLE user_departments ENABLE ROW LEVEL SECURITY;
CREATE POLICY organisation_isolation ON user_departments USING (user_id IN (SELECT id FROM users));
ALTER TABLE claim_import_rows ENABLE ROW LEVEL SECURITY;
CREATE POLICY organisation_isolation ON claim_import_rows USING (import_id IN (SELECT id FROM claim_imports));
ALTER TABLE job_runs ENABLE ROW LEVEL SECURITY;
CREATE POLICY organisation_isolation ON job_runs USING (job_id IN (SELECT id FROM jobs));

-- The hub: the directory of participants is read by all (names and codes, no personal data) and
-- changed only by the organisation that manages an entry; a message is seen by the organisations
-- of its sender and its recipient.
ALTER TABLE hub_participants ENABLE ROW LEVEL SECURITY;
CREATE POLICY directory_read ON hub_participants FOR SELECT USING (true);
CREATE POLICY directory_insert ON hub_participants FOR INSERT
  WITH CHECK (managed_by = (SELECT evs_organisation()));
CREATE POLICY directory_update ON hub_participants FOR UPDATE
  USING (managed_by = (SELECT evs_organisation()));
CREATE POLICY directory_delete ON hub_participants FOR DELETE
  USING (managed_by = (SELECT evs_organisation()));

CREATE FUNCTION evs_own_participants() RETURNS SETOF uuid LANGUAGE sql STABLE AS $$
  SELECT id FROM hub_participants WHERE organisation_id = (SELECT evs_organisation())
$$;
ALTER TABLE hub_messages ENABLE ROW LEVEL SECURITY;
CREATE POLICY organisation_isolation ON hub_messages
  USING (sender_id IN (SELECT evs_own_participants()) OR recipient_id IN (SELECT evs_own_participants()));
ALTER TABLE hub_downloads ENABLE ROW LEVEL SECURITY;
CREATE POLICY organisation_isolation ON hub_downloads
  USING (participant_id IN (SELECT evs_own_participants()));
