-- Curator broadcasts (announcements). A broadcast is a draft while it is being composed,
-- scheduled until its time comes, sending while its recipients are being queued and delivered,
-- then sent (or cancelled). Its recipients are frozen when it starts; each is queued into the
-- outbox (source "broadcast:<id>") in a transaction that also stamps queued_at, so a restart
-- resumes with those not yet queued and nobody is queued twice.

-- AUTOINCREMENT: a deleted draft's id is never reused, so its old buttons and message keys
-- can never name another broadcast.
CREATE TABLE broadcasts (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  organisation_id INTEGER NOT NULL REFERENCES organisations(id),
  author_id INTEGER REFERENCES persons(id) ON DELETE SET NULL,
  text TEXT NOT NULL DEFAULT '',
  -- a file the curator attached (a platform FileRef as JSON), or NULL
  file TEXT,
  -- the chosen segment as JSON: {"kind":"all"} / {"kind":"role","role":"mentor"} / {"kind":"topic","id":3} …
  audience TEXT,
  ack_required INTEGER NOT NULL DEFAULT 0,
  status TEXT NOT NULL DEFAULT 'draft'
    CHECK (status IN ('draft', 'scheduled', 'sending', 'sent', 'cancelled')),
  scheduled_at INTEGER,
  started_at INTEGER,
  finished_at INTEGER,
  cancelled_at INTEGER,
  total INTEGER NOT NULL DEFAULT 0,
  -- the last progress line shown to the author (not edited again when unchanged)
  progress TEXT,
  created_at INTEGER NOT NULL
);
CREATE INDEX broadcasts_org ON broadcasts(organisation_id, status, id);
CREATE INDEX broadcasts_author ON broadcasts(author_id, status);

CREATE TABLE broadcast_recipients (
  broadcast_id INTEGER NOT NULL REFERENCES broadcasts(id) ON DELETE CASCADE,
  person_id INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
  -- the order of queueing
  seq INTEGER NOT NULL,
  -- when the message was put into the outbox (NULL: not yet)
  queued_at INTEGER,
  -- the platform it went to; NULL once queued means the person had no reachable account
  platform TEXT,
  acknowledged_at INTEGER,
  reminded_at INTEGER,
  PRIMARY KEY (broadcast_id, person_id)
) WITHOUT ROWID;
CREATE INDEX broadcast_recipients_queue ON broadcast_recipients(broadcast_id, queued_at, seq);
CREATE INDEX broadcast_recipients_person ON broadcast_recipients(person_id);
