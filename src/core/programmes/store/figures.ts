import type { DB } from '../../../db/database.js';
import { statement } from '../../../db/statement-cache.js';

/** The programme store, figures: counts over programmes and plan items for digests and reports. */

/** Active programmes with open items past their deadline day (before `today`), how many each, by programme id. */
export function overdueItemsOf(db: DB, orgId: number, today: string): { programmeId: number; overdue: number }[] {
  return statement(
    db,
    `SELECT p.id AS programmeId, COUNT(i.id) AS overdue FROM programmes p JOIN plan_items i ON i.programme_id = p.id
       WHERE p.organisation_id = ? AND p.status = 'active' AND i.state = 'open' AND i.due_on < ?
       GROUP BY p.id ORDER BY p.id`,
  ).all(orgId, today) as { programmeId: number; overdue: number }[];
}

/** How many proposed or active programmes a person is the mentor of (their load). */
export function mentorLoadOf(db: DB, personId: number): number {
  return (
    statement(
      db,
      `SELECT COUNT(*) AS n FROM programme_members m JOIN programmes p ON p.id = m.programme_id
         WHERE m.person_id = ? AND m.role = 'mentor' AND m.left_at IS NULL AND p.status IN ('proposed', 'active')`,
    ).get(personId) as { n: number }
  ).n;
}

/** Programmes (active or ended) whose term meets the days `from`..`to` (ISO dates), by id. */
export function programmesRunningBetween(db: DB, orgId: number, from: string, to: string): number[] {
  return statement(db, `SELECT id FROM programmes WHERE organisation_id = ? AND status IN ('active', 'ended') AND starts_on <= ? AND ends_on >= ? ORDER BY id`)
    .pluck()
    .all(orgId, to, from) as number[];
}

/** Plan items each mentor confirmed (a mentee's report) or did (their own) in `from` ≤ at < `to`, by mentor. */
export function mentorConfirmationsOf(db: DB, orgId: number, period: { from: number; to: number }): { mentorId: number; count: number }[] {
  return statement(
    db,
    `SELECT e.person_id AS mentorId, COUNT(*) AS count FROM plan_item_events e
       JOIN plan_items i ON i.id = e.item_id
       JOIN programme_members m ON m.programme_id = i.programme_id AND m.person_id = e.person_id AND m.role = 'mentor'
       WHERE i.organisation_id = ? AND e.kind IN ('confirmed', 'done') AND e.at >= ? AND e.at < ? GROUP BY e.person_id`,
  ).all(orgId, period.from, period.to) as { mentorId: number; count: number }[];
}

/** The mentees' ratings of programmes that ended in `from` ≤ at < `to`: their sum and count, by mentor. */
export function mentorRatingsOf(db: DB, orgId: number, period: { from: number; to: number }): { mentorId: number; total: number; count: number }[] {
  return statement(
    db,
    `SELECT mentor.person_id AS mentorId, SUM(m.rating) AS total, COUNT(m.rating) AS count FROM programmes p
       JOIN programme_members mentor ON mentor.programme_id = p.id AND mentor.role = 'mentor'
       JOIN programme_members m ON m.programme_id = p.id AND m.role = 'mentee' AND m.rating IS NOT NULL
       WHERE p.organisation_id = ? AND p.ended_at >= ? AND p.ended_at < ? GROUP BY mentor.person_id`,
  ).all(orgId, period.from, period.to) as { mentorId: number; total: number; count: number }[];
}
