-- Speed mentoring (скоростное наставничество): one-off sessions with seats, a waiting list,
-- reminders (durable jobs) and feedback. Times are UTC epoch milliseconds.

CREATE TABLE sessions (
  id INTEGER PRIMARY KEY,
  organisation_id INTEGER NOT NULL REFERENCES organisations(id),
  topic_id INTEGER REFERENCES topics(id),
  title TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  -- who created it and runs it (a curator or a mentor); NULL once that person is forgotten
  organiser_id INTEGER REFERENCES persons(id) ON DELETE SET NULL,
  -- the host when not the organiser: a colleague or an outside guest, by name
  guest_name TEXT,
  starts_at INTEGER NOT NULL,
  duration_min INTEGER NOT NULL CHECK (duration_min BETWEEN 5 AND 600),
  place_kind TEXT NOT NULL CHECK (place_kind IN ('room', 'online')),
  place TEXT NOT NULL,
  seats INTEGER NOT NULL CHECK (seats BETWEEN 1 AND 500),
  audience TEXT NOT NULL DEFAULT 'all' CHECK (audience IN ('all', 'mentees', 'topic', 'people')),
  status TEXT NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'cancelled')),
  created_at INTEGER NOT NULL,
  cancelled_at INTEGER
);
CREATE INDEX sessions_upcoming ON sessions(organisation_id, status, starts_at);
CREATE INDEX sessions_organiser ON sessions(organiser_id, starts_at);

-- One person's place in one session: a seat, a place on the waiting list (ordered by seq),
-- or left (cancelled, released when deactivated or unreachable). Feedback lives here too.
CREATE TABLE session_participants (
  session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
  person_id INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
  organisation_id INTEGER NOT NULL REFERENCES organisations(id),
  state TEXT NOT NULL CHECK (state IN ('seat', 'waiting', 'left')),
  seq INTEGER NOT NULL,
  joined_at INTEGER NOT NULL,
  left_at INTEGER,
  left_reason TEXT,
  attended INTEGER CHECK (attended IN (0, 1)),
  rating INTEGER CHECK (rating BETWEEN 1 AND 5),
  takeaway TEXT,
  feedback_at INTEGER,
  PRIMARY KEY (session_id, person_id)
) WITHOUT ROWID;
CREATE INDEX session_participants_queue ON session_participants(session_id, state, seq);
CREATE INDEX session_participants_person ON session_participants(person_id, state);

-- The chosen people a session's invitation went to (audience 'people').
CREATE TABLE session_invitees (
  session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
  person_id INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
  PRIMARY KEY (session_id, person_id)
) WITHOUT ROWID;
CREATE INDEX session_invitees_person ON session_invitees(person_id);
