-- Account linking: one person reachable in several messengers. `/link` in one gives a one-time
-- code (valid 15 minutes) to send as `/link CODE` from the other. Times are UTC epoch ms.

CREATE TABLE link_codes (
  id INTEGER PRIMARY KEY,
  organisation_id INTEGER NOT NULL REFERENCES organisations(id),
  person_id INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
  -- the account that asked for the code (told when the link is made)
  account_id INTEGER REFERENCES accounts(id) ON DELETE SET NULL,
  code TEXT NOT NULL UNIQUE,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  used_at INTEGER,
  -- the account that joined the person with this code
  used_by_account_id INTEGER REFERENCES accounts(id) ON DELETE SET NULL
);
CREATE INDEX link_codes_person ON link_codes(person_id, used_at);

-- Wrong codes sent from a platform account, to slow down guessing (kept for a short while).
CREATE TABLE link_failures (
  id INTEGER PRIMARY KEY,
  organisation_id INTEGER NOT NULL REFERENCES organisations(id),
  platform TEXT NOT NULL,
  user_id TEXT NOT NULL,
  at INTEGER NOT NULL
);
CREATE INDEX link_failures_user ON link_failures(platform, user_id, at);
