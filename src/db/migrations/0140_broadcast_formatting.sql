-- A broadcast keeps the curator's formatting (Telegram entities as the outgoing html subset)
-- beside its plain text; null when the text had no formatting.
ALTER TABLE broadcasts ADD COLUMN html TEXT;
