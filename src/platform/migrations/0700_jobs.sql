-- Operations: background jobs shared by every instance. One row per (job, organisation, slot): the
-- unique key lets any number of instances schedule the same slot and still run it once. Instances
-- claim rows with FOR UPDATE SKIP LOCKED and hold them with a lease they renew while running; a row
-- whose lease ran out (its instance crashed) is claimed again.

CREATE TABLE jobs (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL,
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  -- The schedule slot (ISO instant or local date+time), or 'manual:<uuid>' for a run asked by hand.
  slot text NOT NULL,
  -- The handler's "today" (YYYY-MM-DD, local date of the slot).
  today text NOT NULL CHECK (today ~ '^\d{4}-\d{2}-\d{2}$'),
  status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'done', 'dead')),
  attempts integer NOT NULL DEFAULT 0,
  max_attempts integer NOT NULL DEFAULT 5 CHECK (max_attempts > 0),
  run_at timestamptz NOT NULL DEFAULT now(),
  locked_by text,
  locked_until timestamptz,
  last_error text,
  result jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz,
  UNIQUE (name, organisation_id, slot)
);
CREATE INDEX jobs_due ON jobs (run_at) WHERE status = 'queued';
CREATE INDEX jobs_leased ON jobs (locked_until) WHERE status = 'running';
CREATE INDEX jobs_org_status ON jobs (organisation_id, status, created_at);

-- Every execution of a job, by which instance, and how it ended ('interrupted' is written when a
-- lease was taken over after a crash).
CREATE TABLE job_runs (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  job_id uuid NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
  attempt integer NOT NULL,
  instance text NOT NULL,
  started_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz,
  outcome text CHECK (outcome IN ('ok', 'failed', 'interrupted')),
  error text,
  UNIQUE (job_id, attempt)
);
