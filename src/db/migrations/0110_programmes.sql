-- Personalised programmes (персонализированная программа наставничества): a pair or a group
-- (one mentor, one or more mentees) works through a plan of items with deadlines.
-- Deadlines are calendar dates in the organisation's zone (due_on) with the UTC instant of that
-- day's start (due_at). Each open item carries the instant of its next reminder (remind_at) and
-- the stage it will fire (remind_stage); the reminder sweep reads due rows through one index.

CREATE TABLE programmes (
  id INTEGER PRIMARY KEY,
  organisation_id INTEGER NOT NULL REFERENCES organisations(id),
  kind TEXT NOT NULL CHECK (kind IN ('traditional', 'group', 'reverse', 'goal_setting', 'distance')),
  title TEXT NOT NULL DEFAULT '',
  goals TEXT NOT NULL DEFAULT '',
  -- the pair's agreement: contact times, meeting frequency and format, confidentiality (JSON)
  agreement TEXT NOT NULL DEFAULT '{}',
  template TEXT,
  starts_on TEXT NOT NULL,
  ends_on TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'active', 'ended', 'declined')),
  curator_id INTEGER REFERENCES persons(id) ON DELETE SET NULL,
  created_at INTEGER NOT NULL,
  activated_at INTEGER,
  ended_at INTEGER,
  ended_by INTEGER REFERENCES persons(id) ON DELETE SET NULL,
  -- curator | member | mentee-left; with the member's own words, if any
  end_reason TEXT,
  end_note TEXT
);
CREATE INDEX programmes_org_status ON programmes(organisation_id, status);

CREATE TABLE programme_members (
  programme_id INTEGER NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
  person_id INTEGER NOT NULL REFERENCES persons(id),
  role TEXT NOT NULL CHECK (role IN ('mentor', 'mentee')),
  -- voluntariness: when this person agreed to take part (Labour Code 351.8: the mentor's consent)
  confirmed_at INTEGER,
  left_at INTEGER,
  -- the member's rating of the programme when it ended (1–5)
  rating INTEGER CHECK (rating BETWEEN 1 AND 5),
  PRIMARY KEY (programme_id, person_id)
) WITHOUT ROWID;
CREATE INDEX programme_members_person ON programme_members(person_id, programme_id);

CREATE TABLE plan_items (
  id INTEGER PRIMARY KEY,
  organisation_id INTEGER NOT NULL REFERENCES organisations(id),
  programme_id INTEGER NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  responsible TEXT NOT NULL CHECK (responsible IN ('mentee', 'mentor', 'both')),
  due_on TEXT NOT NULL,
  due_at INTEGER NOT NULL,
  state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'reported', 'done', 'archived')),
  reported_at INTEGER,
  reported_by INTEGER REFERENCES persons(id) ON DELETE SET NULL,
  comment TEXT,
  -- a file sent as evidence: the platform's FileRef as JSON
  evidence TEXT,
  confirmed_at INTEGER,
  remark TEXT,
  remind_stage INTEGER NOT NULL DEFAULT 0,
  remind_at INTEGER,
  created_by INTEGER REFERENCES persons(id) ON DELETE SET NULL,
  created_at INTEGER NOT NULL
);
CREATE INDEX plan_items_programme ON plan_items(programme_id, due_at, id);
-- the sweep's due rows and its next wake-up (MIN) come from this index
CREATE INDEX plan_items_remind ON plan_items(organisation_id, remind_at) WHERE remind_at IS NOT NULL;

-- What happened to an item: reported, confirmed, returned, a deadline move proposed, accepted or
-- declined (note: the new date), archived.
CREATE TABLE plan_item_events (
  id INTEGER PRIMARY KEY,
  item_id INTEGER NOT NULL REFERENCES plan_items(id) ON DELETE CASCADE,
  person_id INTEGER REFERENCES persons(id) ON DELETE SET NULL,
  kind TEXT NOT NULL,
  note TEXT,
  at INTEGER NOT NULL
);
CREATE INDEX plan_item_events_item ON plan_item_events(item_id, id);

-- What happened to a programme as a whole: an extension proposed, accepted or declined (note: the new end date).
CREATE TABLE programme_events (
  id INTEGER PRIMARY KEY,
  programme_id INTEGER NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
  person_id INTEGER REFERENCES persons(id) ON DELETE SET NULL,
  kind TEXT NOT NULL,
  note TEXT,
  at INTEGER NOT NULL
);
CREATE INDEX programme_events_programme ON programme_events(programme_id, id);
