import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/database.js';

describe('migration 0100_sessions', () => {
  const setUp = () => {
    const db = openDatabase(':memory:');
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(100);
    db.prepare("INSERT INTO organisations (id, name, timezone, created_at) VALUES (1, 'o', 'Europe/Moscow', 0)").run();
    db.prepare('INSERT INTO persons (id, organisation_id, created_at, updated_at) VALUES (1, 1, 0, 0), (2, 1, 0, 0)').run();
    return db;
  };
  const insertSession = `INSERT INTO sessions (organisation_id, title, organiser_id, starts_at, duration_min, place_kind, place, seats, created_at)
    VALUES (1, 't', 1, 1000, 60, 'room', '12', ?, 0)`;

  it('creates sessions and places; refuses zero seats and unknown states; one place per person', () => {
    const db = setUp();
    expect(() => db.prepare(insertSession).run(0)).toThrow(/CHECK/);
    expect(() => db.prepare(insertSession).run(-1)).toThrow(/CHECK/);
    const id = Number(db.prepare(insertSession).run(2).lastInsertRowid);
    const place = db.prepare(`INSERT INTO session_participants (session_id, person_id, organisation_id, state, seq, joined_at) VALUES (?, 2, 1, ?, 1, 0)`);
    expect(() => place.run(id, 'maybe')).toThrow(/CHECK/);
    place.run(id, 'seat');
    expect(() => place.run(id, 'waiting')).toThrow(/UNIQUE|PRIMARY/);
    expect(() =>
      db.prepare(`UPDATE session_participants SET rating = 6 WHERE session_id = ?`).run(id),
    ).toThrow(/CHECK/);
    db.close();
  });

  it('a forgotten host leaves the session without an organiser; a deleted person takes their places along', () => {
    const db = setUp();
    const id = Number(db.prepare(insertSession).run(3).lastInsertRowid);
    db.prepare(`INSERT INTO session_participants (session_id, person_id, organisation_id, state, seq, joined_at) VALUES (?, 2, 1, 'seat', 1, 0)`).run(id);
    db.prepare('DELETE FROM persons WHERE id = 1').run();
    expect(db.prepare('SELECT organiser_id FROM sessions WHERE id = ?').get(id)).toEqual({ organiser_id: null });
    db.prepare('INSERT INTO session_invitees (session_id, person_id) VALUES (?, 2)').run(id);
    expect(() => db.prepare('INSERT INTO session_invitees (session_id, person_id) VALUES (?, 2)').run(id)).toThrow(/UNIQUE|PRIMARY/);
    db.prepare('DELETE FROM persons WHERE id = 2').run();
    expect(db.prepare('SELECT COUNT(*) AS n FROM session_participants').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT COUNT(*) AS n FROM session_invitees').get()).toEqual({ n: 0 });
    db.close();
  });

  it('the queries of the waiting list and the upcoming list use their indexes', () => {
    const db = setUp();
    const plan = (sql: string, ...args: unknown[]) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as { detail: string }[]).map((r) => r.detail).join(' | ');
    expect(plan(`SELECT * FROM session_participants WHERE session_id = ? AND state = 'waiting' ORDER BY seq LIMIT 1`, 1)).toContain('session_participants_queue');
    expect(plan(`SELECT * FROM sessions WHERE organisation_id = ? AND status = 'scheduled' AND starts_at > ? ORDER BY starts_at, id`, 1, 0)).toContain('sessions_upcoming');
    db.close();
  });
});
