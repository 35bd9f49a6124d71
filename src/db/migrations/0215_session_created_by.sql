-- Who created a session, when the host is a colleague chosen from the directory: the session's
-- organiser_id is its host (her tools, her reminders), created_by the one who set it up (who keeps
-- managing it). NULL for sessions from before, where the organiser created them herself.
ALTER TABLE sessions ADD COLUMN created_by INTEGER REFERENCES persons(id) ON DELETE SET NULL;
