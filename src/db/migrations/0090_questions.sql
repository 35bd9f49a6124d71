-- Situational mentoring: a question asked in a topic, offered to competent mentors in waves,
-- taken by the first who accepts, talked through the bot, closed and rated. Every routing step
-- is a fact in question_events, so the curator's figures come from facts. Times are UTC epoch ms.

CREATE TABLE questions (
  id INTEGER PRIMARY KEY,
  organisation_id INTEGER NOT NULL REFERENCES organisations(id),
  asker_id INTEGER NOT NULL REFERENCES persons(id),
  topic_id INTEGER NOT NULL REFERENCES topics(id),
  text TEXT NOT NULL DEFAULT '',
  -- the file the question came with (a platform FileRef as JSON), relayed as it is
  file TEXT,
  urgent INTEGER NOT NULL DEFAULT 0,
  -- waiting: queued for the first candidate's hours; offered: a wave is out; escalated: the
  -- curators know; taken: a mentor holds it; closed; withdrawn (the asker left)
  status TEXT NOT NULL CHECK (status IN ('waiting', 'offered', 'escalated', 'taken', 'closed', 'withdrawn')),
  mentor_id INTEGER REFERENCES persons(id),
  wave INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL,
  taken_at INTEGER,
  first_answer_at INTEGER,
  last_activity_at INTEGER NOT NULL,
  closed_at INTEGER,
  -- asker, mentor, idle, unreachable, curator
  closed_by TEXT,
  rating INTEGER CHECK (rating BETWEEN 1 AND 5),
  thanks TEXT
);
CREATE INDEX questions_org_status ON questions(organisation_id, status, created_at);
CREATE INDEX questions_asker ON questions(asker_id, status);
CREATE INDEX questions_mentor ON questions(mentor_id, status) WHERE mentor_id IS NOT NULL;

-- Who was offered a question, in which wave, and what they did with it.
CREATE TABLE question_offers (
  question_id INTEGER NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
  person_id INTEGER NOT NULL REFERENCES persons(id),
  wave INTEGER NOT NULL,
  offered_at INTEGER NOT NULL,
  -- null while open; taken, declined, lost (another took it), withdrawn (the question went away)
  answer TEXT CHECK (answer IN ('taken', 'declined', 'lost', 'withdrawn')),
  answered_at INTEGER,
  PRIMARY KEY (question_id, person_id)
) WITHOUT ROWID;
CREATE INDEX question_offers_person ON question_offers(person_id, answer);

-- The routing log: asked, offered, declined, queued, escalated, no_candidates, taken, assigned,
-- handed_over, released, nudged, closed, rated, withdrawn.
CREATE TABLE question_events (
  id INTEGER PRIMARY KEY,
  question_id INTEGER NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
  at INTEGER NOT NULL,
  kind TEXT NOT NULL,
  person_id INTEGER REFERENCES persons(id),
  detail TEXT
);
CREATE INDEX question_events_question ON question_events(question_id, id);
CREATE INDEX question_events_kind ON question_events(kind, at);

-- The conversation, as relayed (kept for the person's export; blanked when they are forgotten).
CREATE TABLE question_messages (
  id INTEGER PRIMARY KEY,
  question_id INTEGER NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
  from_person_id INTEGER NOT NULL REFERENCES persons(id),
  at INTEGER NOT NULL,
  text TEXT NOT NULL DEFAULT '',
  file TEXT
);
CREATE INDEX question_messages_question ON question_messages(question_id, id);
CREATE INDEX question_messages_person ON question_messages(from_person_id);

-- Per person who offers any topic, what routing orders by: open questions held, the last offer,
-- the average rating. Routing walks question_mentor_order in that order and stops as soon as a
-- wave is found, so one routing reads a handful of rows, not every mentor of the topic.
CREATE TABLE question_mentor_stats (
  person_id INTEGER PRIMARY KEY REFERENCES persons(id) ON DELETE CASCADE,
  open_count INTEGER NOT NULL DEFAULT 0,
  last_offered_at INTEGER NOT NULL DEFAULT 0,
  rating_sum INTEGER NOT NULL DEFAULT 0,
  rating_count INTEGER NOT NULL DEFAULT 0,
  rating_avg REAL NOT NULL DEFAULT 0
);
CREATE INDEX question_mentor_order ON question_mentor_stats(open_count, last_offered_at, rating_avg DESC, person_id);
INSERT OR IGNORE INTO question_mentor_stats (person_id) SELECT DISTINCT person_id FROM person_topics WHERE kind = 'offers';
-- Whoever starts offering a topic gets a row, whichever capability wrote the topic.
CREATE TRIGGER question_mentor_stats_row AFTER INSERT ON person_topics WHEN NEW.kind = 'offers'
BEGIN
  INSERT OR IGNORE INTO question_mentor_stats (person_id) VALUES (NEW.person_id);
END;

-- The question a person's plain messages go to when they hold several conversations.
CREATE TABLE question_focus (
  person_id INTEGER PRIMARY KEY REFERENCES persons(id) ON DELETE CASCADE,
  question_id INTEGER NOT NULL REFERENCES questions(id) ON DELETE CASCADE
);
