-- Surveys answered in the chat, and files (results, exports, the year-end report) prepared
-- outside the update transaction.
--
-- Anonymity: for an anonymous survey nothing joins an answer to a person. Who has finished
-- (survey_participants, for reminders and the response rate) is kept apart from what was
-- answered (survey_responses/survey_answers): responses have a random id, no person, no time,
-- and are stored WITHOUT ROWID so their physical order is the random id's, not the order of
-- submission. A half-answered survey is a draft of its owner until it is submitted.
CREATE TABLE surveys (
  id INTEGER PRIMARY KEY,
  organisation_id INTEGER NOT NULL REFERENCES organisations(id),
  title TEXT NOT NULL,
  definition TEXT NOT NULL,
  anonymous INTEGER NOT NULL CHECK (anonymous IN (0, 1)),
  audience TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('open', 'closed')),
  opens_at INTEGER NOT NULL,
  closes_at INTEGER NOT NULL,
  max_reminders INTEGER NOT NULL DEFAULT 2,
  reminder_every_ms INTEGER NOT NULL DEFAULT 259200000,
  live_results INTEGER NOT NULL DEFAULT 0,
  created_by INTEGER REFERENCES persons(id) ON DELETE SET NULL,
  created_at INTEGER NOT NULL,
  closed_at INTEGER
);
CREATE INDEX surveys_org_status ON surveys (organisation_id, status);

-- Who was asked, in which audience group, and whether they have finished. No finishing time.
CREATE TABLE survey_participants (
  survey_id INTEGER NOT NULL REFERENCES surveys(id) ON DELETE CASCADE,
  person_id INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
  audience_group TEXT NOT NULL,
  finished INTEGER NOT NULL DEFAULT 0 CHECK (finished IN (0, 1)),
  reminders_sent INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (survey_id, person_id)
);

-- A survey being answered: its owner's, until submitted (then deleted).
CREATE TABLE survey_drafts (
  survey_id INTEGER NOT NULL REFERENCES surveys(id) ON DELETE CASCADE,
  person_id INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
  position INTEGER NOT NULL DEFAULT 0,
  answers TEXT NOT NULL DEFAULT '{}',
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (survey_id, person_id)
);

-- Submitted responses. person_id only for a named survey; never a time.
CREATE TABLE survey_responses (
  id TEXT PRIMARY KEY,
  survey_id INTEGER NOT NULL REFERENCES surveys(id) ON DELETE CASCADE,
  audience_group TEXT NOT NULL,
  person_id INTEGER REFERENCES persons(id) ON DELETE SET NULL
) WITHOUT ROWID;
CREATE INDEX survey_responses_survey ON survey_responses (survey_id);

CREATE TABLE survey_answers (
  response_id TEXT NOT NULL REFERENCES survey_responses(id) ON DELETE CASCADE,
  question_id TEXT NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (response_id, question_id)
) WITHOUT ROWID;

-- Files prepared outside the update transaction (charts, XLSX, CSV) and sent when ready.
CREATE TABLE report_files (
  id INTEGER PRIMARY KEY,
  organisation_id INTEGER NOT NULL REFERENCES organisations(id),
  person_id INTEGER REFERENCES persons(id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  params TEXT NOT NULL DEFAULT '{}',
  status TEXT NOT NULL CHECK (status IN ('pending', 'rendering', 'done', 'failed')),
  attempts INTEGER NOT NULL DEFAULT 0,
  error TEXT,
  created_at INTEGER NOT NULL,
  claimed_at INTEGER,
  done_at INTEGER
);
CREATE INDEX report_files_status ON report_files (status, created_at);
