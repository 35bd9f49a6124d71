-- A dialog set aside when a command was typed in the middle of it, so the person can go on with it
-- ("Продолжить …") or close it on purpose: one per chat, the newest set aside replaces an older one.
CREATE TABLE suspended_dialogs (
  channel TEXT PRIMARY KEY,
  organisation_id INTEGER NOT NULL REFERENCES organisations(id),
  kind TEXT NOT NULL,
  step TEXT NOT NULL,
  data TEXT NOT NULL DEFAULT '{}',
  updated_at INTEGER NOT NULL,
  suspended_at INTEGER NOT NULL
) WITHOUT ROWID;
