-- Hub: the address book of participating organisations, messages (envelope in clear, body encrypted
-- per organisation), CSV download batches, and cost-freeze requests coming in through notices.

CREATE TABLE hub_participants (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- The name in message envelopes (sender / recipient).
  code text NOT NULL UNIQUE CHECK (code ~ '^[A-Za-z0-9._:-]{1,64}$'),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  -- The organisation of this installation whose users and tokens act for it; null: outside, not connected.
  organisation_id uuid REFERENCES organisations(id),
  -- A department of that organisation (a creditor department of the city).
  department_id uuid REFERENCES departments(id),
  -- KBO enterprise number (10 digits) of an outside organisation.
  company_number text CHECK (company_number ~ '^[01][0-9]{9}$'),
  role text NOT NULL CHECK (role IN ('counsellor', 'creditor', 'both')),
  -- Accepts the national number / BSN (notice-public); otherwise only its own customer numbers.
  accepts_national_number boolean NOT NULL DEFAULT false,
  -- "Vooraf akkoord": a standing agreement with the standard settlement.
  prior_consent boolean NOT NULL DEFAULT false,
  -- As a sender it must attach a consent statement to every balance request.
  requires_consent boolean NOT NULL DEFAULT false,
  country text NOT NULL DEFAULT 'BE' CHECK (country IN ('BE', 'NL')),
  contacts jsonb NOT NULL DEFAULT '[]'::jsonb,
  active boolean NOT NULL DEFAULT true,
  -- The organisation whose administrators manage this entry.
  managed_by uuid NOT NULL REFERENCES organisations(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (organisation_id IS NOT NULL OR company_number IS NOT NULL),
  CHECK (department_id IS NULL OR organisation_id IS NOT NULL)
);
CREATE INDEX hub_participants_org ON hub_participants (organisation_id);

CREATE TABLE hub_messages (
  id uuid PRIMARY KEY,
  conversation_id uuid NOT NULL,
  type text NOT NULL,
  -- Null: a system message of the hub itself (expiry notice, reminder, escalation).
  sender_id uuid REFERENCES hub_participants(id),
  recipient_id uuid NOT NULL REFERENCES hub_participants(id),
  debtor_reference text NOT NULL,
  in_reply_to uuid REFERENCES hub_messages(id),
  urgent boolean NOT NULL DEFAULT false,
  supplementary boolean NOT NULL DEFAULT false,
  sent_at timestamptz NOT NULL,
  sent_on date NOT NULL,
  -- Last day on which it can be confirmed; the answer due date when an answer is expected.
  expires_on date NOT NULL,
  due_on date,
  fetched_at timestamptz,
  confirmed_at timestamptz,
  confirmed_on date,
  confirmed_by text,
  answered_on date,
  expired_on date,
  reminded_on date,
  escalated_on date,
  -- AES-256-GCM (src/hub/io-crypto.ts) under the key of organisation `body_key_org`; null once purged.
  body_cipher text,
  body_key_org text,
  purged_on date,
  -- The debtor this message was matched to inside the recipient's organisation (EvS link).
  debtor_id uuid REFERENCES debtors(id),
  sender_org uuid REFERENCES organisations(id),
  created_by text NOT NULL
);
CREATE INDEX hub_messages_inbox ON hub_messages (recipient_id, confirmed_at, expired_on);
CREATE INDEX hub_messages_sent ON hub_messages (sender_id, sent_at);
CREATE INDEX hub_messages_conversation ON hub_messages (conversation_id, sent_at);
CREATE INDEX hub_messages_rate ON hub_messages (sender_org, sent_at);
CREATE INDEX hub_messages_open ON hub_messages (expires_on) WHERE confirmed_at IS NULL AND expired_on IS NULL;

-- A CSV download of one message type: its messages count as fetched; confirming it confirms them all.
CREATE TABLE hub_downloads (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  participant_id uuid NOT NULL REFERENCES hub_participants(id),
  type text NOT NULL,
  message_ids jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by text NOT NULL,
  confirmed_at timestamptz
);

-- A notice or agreed settlement asks the recipient department to stop increases on the debtor's
-- claims; recorded here until plans offers a freeze (docs/hub.md).
CREATE TABLE hub_freeze_requests (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  department_id uuid REFERENCES departments(id),
  debtor_id uuid NOT NULL REFERENCES debtors(id),
  message_id uuid NOT NULL REFERENCES hub_messages(id),
  requested_on date NOT NULL,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'applied', 'rejected')),
  UNIQUE (message_id)
);
CREATE INDEX hub_freeze_requests_debtor ON hub_freeze_requests (organisation_id, debtor_id);
