-- Operations: request counters of the HTTP rate limiter, shared by every instance (the limiter's
-- in-memory store would let each instance count on its own). One row per (limit, client, fixed
-- window); each counted request is one INSERT … ON CONFLICT DO UPDATE. Rows of past windows are
-- deleted by the housekeeping job (ops.prune-rate-limits). Not per organisation: requests are
-- limited before anyone is signed in, by client address.

CREATE TABLE rate_limits (
  -- Which limit: 'global' or the route ('POST /api/v1/auth/login') of a route with its own limit.
  bucket text NOT NULL,
  -- The client key of the limiter (its address unless a route says otherwise).
  client_key text NOT NULL,
  -- Start of the fixed window, milliseconds since 1970 (a multiple of the window length).
  window_start bigint NOT NULL,
  expires_at timestamptz NOT NULL,
  hits integer NOT NULL,
  PRIMARY KEY (bucket, client_key, window_start)
);
CREATE INDEX rate_limits_expires ON rate_limits (expires_at);
