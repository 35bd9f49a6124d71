-- Staff imported from a CSV file get a personal invitation carrying their prefilled profile
-- (name, position, roles, topics); the person still consents before anything is used.
ALTER TABLE invitations ADD COLUMN prefill TEXT;
