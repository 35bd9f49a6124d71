-- School holidays (каникулы) the curator enters for a school year: the pupils' holidays, shown
-- beside the national working calendar (data/calendar/russia.json) and flagged when a plan
-- deadline falls in them. Staff work during them, so they do not stop pings.
CREATE TABLE school_holidays (
  id INTEGER PRIMARY KEY,
  organisation_id INTEGER NOT NULL REFERENCES organisations(id),
  starts_on TEXT NOT NULL,
  ends_on TEXT NOT NULL,
  title TEXT NOT NULL DEFAULT '',
  created_by INTEGER REFERENCES persons(id) ON DELETE SET NULL,
  created_at INTEGER NOT NULL,
  CHECK (starts_on <= ends_on)
);
CREATE INDEX school_holidays_org ON school_holidays(organisation_id, starts_on);
