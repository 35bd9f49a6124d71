-- The labour-law record of a programme (Labour Code art. 351.8, since 1 March 2025).
-- A mentor's consent, recorded when they agree in the chat: the date, and the programme's term,
-- kind and form as they were then; the pay basis the school enters afterwards.
CREATE TABLE mentoring_consents (
  programme_id INTEGER NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
  person_id INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
  organisation_id INTEGER NOT NULL REFERENCES organisations(id),
  agreed_at INTEGER NOT NULL,
  starts_on TEXT NOT NULL,
  ends_on TEXT NOT NULL,
  kind TEXT NOT NULL,
  form TEXT NOT NULL CHECK (form IN ('individual', 'collective', 'distance')),
  pay_basis TEXT,
  pay_entered_by INTEGER REFERENCES persons(id) ON DELETE SET NULL,
  pay_entered_at INTEGER,
  PRIMARY KEY (programme_id, person_id)
) WITHOUT ROWID;

-- Ending a programme early with three working days' notice, by the mentor, a mentee or the
-- curator: it ends when the notice runs out (ends_at, the start of the day after the last
-- working day of notice, ends_on) unless withdrawn before.
CREATE TABLE programme_notices (
  id INTEGER PRIMARY KEY,
  organisation_id INTEGER NOT NULL REFERENCES organisations(id),
  programme_id INTEGER NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
  given_by INTEGER REFERENCES persons(id) ON DELETE SET NULL,
  side TEXT NOT NULL CHECK (side IN ('mentor', 'mentee', 'curator')),
  reason TEXT,
  given_at INTEGER NOT NULL,
  ends_on TEXT NOT NULL,
  ends_at INTEGER NOT NULL,
  status TEXT NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'withdrawn', 'done')),
  withdrawn_at INTEGER,
  withdrawn_by INTEGER REFERENCES persons(id) ON DELETE SET NULL
);
CREATE INDEX programme_notices_programme ON programme_notices(programme_id, status);
-- one running notice per programme
CREATE UNIQUE INDEX programme_notices_running ON programme_notices(programme_id) WHERE status = 'running';
