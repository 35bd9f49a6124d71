-- The foundation: organisations, persons and their accounts, roles, topics, invitations,
-- persisted dialogs, processed updates, the outbox and durable jobs.
-- Every row belongs to an organisation. Times are UTC epoch milliseconds.

CREATE TABLE organisations (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  timezone TEXT NOT NULL,
  language TEXT NOT NULL DEFAULT 'ru',
  settings TEXT NOT NULL DEFAULT '{}',
  bootstrap_used_at INTEGER,
  created_at INTEGER NOT NULL
);

CREATE TABLE persons (
  id INTEGER PRIMARY KEY,
  organisation_id INTEGER NOT NULL REFERENCES organisations(id),
  full_name TEXT NOT NULL DEFAULT '',
  position TEXT NOT NULL DEFAULT '',
  language TEXT NOT NULL DEFAULT 'ru',
  timezone TEXT,
  -- bit 0 = Monday … bit 6 = Sunday; 31 = Monday to Friday
  contact_days INTEGER NOT NULL DEFAULT 31,
  -- minutes after local midnight
  contact_from INTEGER NOT NULL DEFAULT 540,
  contact_to INTEGER NOT NULL DEFAULT 1080,
  status TEXT NOT NULL DEFAULT 'onboarding'
    CHECK (status IN ('onboarding', 'active', 'deactivated', 'forgotten')),
  consent_at INTEGER,
  paused_until INTEGER,
  preferred_account_id INTEGER,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX persons_org_status ON persons(organisation_id, status);

CREATE TABLE accounts (
  id INTEGER PRIMARY KEY,
  organisation_id INTEGER NOT NULL REFERENCES organisations(id),
  person_id INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
  platform TEXT NOT NULL,
  user_id TEXT NOT NULL,
  chat_id TEXT NOT NULL,
  reachable INTEGER NOT NULL DEFAULT 1,
  created_at INTEGER NOT NULL,
  UNIQUE (platform, user_id)
);
CREATE INDEX accounts_person ON accounts(person_id);
CREATE INDEX accounts_chat ON accounts(platform, chat_id);

CREATE TABLE person_roles (
  person_id INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('admin', 'curator', 'mentor', 'mentee', 'staff')),
  PRIMARY KEY (person_id, role)
) WITHOUT ROWID;
CREATE INDEX person_roles_role ON person_roles(role, person_id);

CREATE TABLE topics (
  id INTEGER PRIMARY KEY,
  organisation_id INTEGER NOT NULL REFERENCES organisations(id),
  code TEXT NOT NULL,
  title_ru TEXT NOT NULL,
  title_en TEXT NOT NULL,
  sort INTEGER NOT NULL DEFAULT 0,
  archived INTEGER NOT NULL DEFAULT 0,
  UNIQUE (organisation_id, code)
);

CREATE TABLE person_topics (
  person_id INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
  topic_id INTEGER NOT NULL REFERENCES topics(id),
  kind TEXT NOT NULL CHECK (kind IN ('offers', 'wants')),
  PRIMARY KEY (person_id, topic_id, kind)
) WITHOUT ROWID;
CREATE INDEX person_topics_topic ON person_topics(topic_id, kind, person_id);

CREATE TABLE invitations (
  id INTEGER PRIMARY KEY,
  organisation_id INTEGER NOT NULL REFERENCES organisations(id),
  code TEXT NOT NULL UNIQUE,
  role TEXT NOT NULL CHECK (role IN ('curator', 'mentor', 'mentee', 'staff')),
  created_by INTEGER REFERENCES persons(id) ON DELETE SET NULL,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  max_uses INTEGER NOT NULL,
  uses INTEGER NOT NULL DEFAULT 0,
  revoked_at INTEGER
);

-- A multi-step input in progress, keyed by chat ("telegram:123"), so a restart loses nothing
-- and onboarding can run before any person (or personal data) exists.
CREATE TABLE dialogs (
  channel TEXT PRIMARY KEY,
  organisation_id INTEGER NOT NULL REFERENCES organisations(id),
  kind TEXT NOT NULL,
  step TEXT NOT NULL,
  data TEXT NOT NULL DEFAULT '{}',
  updated_at INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE processed_updates (
  platform TEXT NOT NULL,
  update_id TEXT NOT NULL,
  processed_at INTEGER NOT NULL,
  PRIMARY KEY (platform, update_id)
) WITHOUT ROWID;
CREATE INDEX processed_updates_time ON processed_updates(processed_at);

-- Every message the bot sends or edits, written in the same transaction as the state change
-- that caused it; the dispatcher delivers it.
CREATE TABLE outbox (
  id INTEGER PRIMARY KEY,
  organisation_id INTEGER NOT NULL,
  person_id INTEGER REFERENCES persons(id) ON DELETE SET NULL,
  platform TEXT NOT NULL,
  chat_id TEXT NOT NULL,
  op TEXT NOT NULL CHECK (op IN ('send', 'edit')),
  -- 0 interactive (replies, relays, offers, escalations), 1 bulk (broadcasts, digests, invitations)
  lane INTEGER NOT NULL DEFAULT 0,
  -- a key naming this message for later edits, unique within a chat
  message_key TEXT,
  payload TEXT NOT NULL,
  reply_to TEXT,
  -- what caused it, for reports: "broadcast:12", "question:7"…
  source TEXT,
  not_before INTEGER NOT NULL,
  status TEXT NOT NULL DEFAULT 'pending'
    CHECK (status IN ('pending', 'sending', 'sent', 'failed', 'unreachable', 'cancelled')),
  attempts INTEGER NOT NULL DEFAULT 0,
  platform_message_id TEXT,
  error TEXT,
  created_at INTEGER NOT NULL,
  sent_at INTEGER
);
CREATE INDEX outbox_due ON outbox(status, not_before, lane, id);
CREATE INDEX outbox_key ON outbox(platform, chat_id, message_key) WHERE message_key IS NOT NULL;
CREATE INDEX outbox_platform_message ON outbox(platform, chat_id, platform_message_id) WHERE platform_message_id IS NOT NULL;
CREATE INDEX outbox_source ON outbox(source, status) WHERE source IS NOT NULL;

-- Durable time: every reminder, escalation and scheduled send is a row with a due time.
CREATE TABLE jobs (
  id INTEGER PRIMARY KEY,
  organisation_id INTEGER NOT NULL,
  kind TEXT NOT NULL,
  -- unique while pending: scheduling the same thing twice keeps one row
  key TEXT NOT NULL,
  due_at INTEGER NOT NULL,
  payload TEXT NOT NULL DEFAULT '{}',
  status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'done', 'cancelled', 'failed')),
  attempts INTEGER NOT NULL DEFAULT 0,
  error TEXT,
  created_at INTEGER NOT NULL,
  done_at INTEGER
);
CREATE UNIQUE INDEX jobs_pending_key ON jobs(key) WHERE status = 'pending';
CREATE INDEX jobs_due ON jobs(due_at) WHERE status = 'pending';
