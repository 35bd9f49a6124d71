-- Wrong codes of any kind (invitation, bootstrap, account link) from one platform account, and
-- the notice of a cool-down: one counter per account, so guessing one kind does not reset the
-- other. Kept for the cool-down only. Replaces link_failures (linking's own counter).
CREATE TABLE code_attempts (
  id INTEGER PRIMARY KEY,
  organisation_id INTEGER NOT NULL REFERENCES organisations(id),
  platform TEXT NOT NULL,
  user_id TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('wrong', 'told')),
  at INTEGER NOT NULL
);
CREATE INDEX code_attempts_user ON code_attempts(platform, user_id, at);
INSERT INTO code_attempts (organisation_id, platform, user_id, kind, at)
  SELECT organisation_id, platform, user_id, 'wrong', at FROM link_failures;
DROP TABLE link_failures;
