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
