-- Access: users with roles, sessions, API tokens, consents of social workers, and the access log.

CREATE TABLE users (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  -- The login name; unique over the installation so a login needs no organisation picker.
  login text NOT NULL UNIQUE CHECK (login = lower(login) AND length(login) BETWEEN 3 AND 200),
  display_name text NOT NULL,
  -- argon2id (PHC string); null for users who only sign in through OIDC.
  password_hash text,
  oidc_issuer text,
  oidc_subject text,
  -- A citizen sees only this debtor (their own overview and plan).
  citizen_debtor_id uuid REFERENCES debtors(id),
  active boolean NOT NULL DEFAULT true,
  -- Demo users have a published password: a production server refuses to start while one exists.
  demo boolean NOT NULL DEFAULT false,
  failed_logins integer NOT NULL DEFAULT 0,
  locked_until timestamptz,
  password_changed_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (oidc_issuer, oidc_subject)
);
CREATE INDEX users_org ON users (organisation_id);

CREATE TABLE user_roles (
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  role text NOT NULL CHECK (role IN ('admin', 'finance', 'clerk', 'social_worker', 'auditor', 'policy', 'citizen')),
  PRIMARY KEY (user_id, role)
);

-- The departments of a clerk (other roles are not limited by department).
CREATE TABLE user_departments (
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  department_id uuid NOT NULL REFERENCES departments(id),
  PRIMARY KEY (user_id, department_id)
);

-- Server-side sessions: the cookie carries a random token, the table only its sha-256.
CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE api_tokens (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  name text NOT NULL,
  token_hash text NOT NULL UNIQUE,
  -- Route actions the token may call, e.g. {"claims.import"}; departments limit them like a clerk's.
  actions jsonb NOT NULL,
  department_ids jsonb NOT NULL DEFAULT '[]'::jsonb,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz,
  last_used_at timestamptz
);

-- A social worker reaches a debtor only through a recorded consent or mandate, while it is valid.
CREATE TABLE consents (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  user_id uuid NOT NULL REFERENCES users(id),
  debtor_id uuid NOT NULL REFERENCES debtors(id),
  kind text NOT NULL DEFAULT 'consent' CHECK (kind IN ('consent', 'mandate')),
  purpose text NOT NULL,
  valid_from date NOT NULL,
  valid_until date NOT NULL CHECK (valid_until >= valid_from),
  evidence_ref text NOT NULL,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz
);
CREATE INDEX consents_user ON consents (user_id, debtor_id);

-- Who read or changed whose data, when and why. Append-only: the database refuses changes.
CREATE TABLE access_log (
  id bigserial PRIMARY KEY,
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  actor text NOT NULL,
  actor_role text NOT NULL,
  subject_debtor_id uuid,
  action text NOT NULL,
  purpose text NOT NULL,
  request_id text,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX access_log_subject ON access_log (organisation_id, subject_debtor_id, at);
CREATE INDEX access_log_at ON access_log (organisation_id, at);

CREATE FUNCTION access_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'access_log is append-only: % refused', TG_OP;
END;
$$;
CREATE TRIGGER access_log_append_only BEFORE UPDATE OR DELETE ON access_log
  FOR EACH ROW EXECUTE FUNCTION access_log_refuse_change();
CREATE TRIGGER access_log_no_truncate BEFORE TRUNCATE ON access_log
  FOR EACH STATEMENT EXECUTE FUNCTION access_log_refuse_change();
