import { DateTime } from 'luxon';
import type { Statement } from 'better-sqlite3';
import type { DB } from '../../db/database.js';
import { nextWindowStart } from '../contact/hours.js';

/**
 * Who may be offered a question now: active people competent in its topic (they offer it), not
 * the asker, not paused, under their open-question cap, not offered this question before.
 * Ordered by fewest open questions, then longest since their last offer, then rating. Contact
 * hours are checked here per candidate in their own zone (one clock reading per zone).
 *
 * One indexed query (person_topics by topic, persons and stats by primary key), prepared once
 * per database: routing is on the hot path of every question.
 */

export interface Candidate {
  id: number;
  zone: string;
  days: number;
  from: number;
  to: number;
  openCount: number;
  lastOfferedAt: number;
  rating: number;
}

export const CANDIDATES_SQL = `
SELECT p.id, COALESCE(p.timezone, @zone) AS zone, p.contact_days AS days, p.contact_from AS "from", p.contact_to AS "to",
       COALESCE(s.open_count, 0) AS openCount, COALESCE(s.last_offered_at, 0) AS lastOfferedAt,
       CASE WHEN s.rating_count > 0 THEN CAST(s.rating_sum AS REAL) / s.rating_count ELSE 0 END AS rating
FROM person_topics pt
JOIN persons p ON p.id = pt.person_id
LEFT JOIN question_mentor_stats s ON s.person_id = pt.person_id
WHERE pt.topic_id = @topic AND pt.kind = 'offers'
  AND p.organisation_id = @org AND p.status = 'active' AND p.id != @asker
  AND (p.paused_until IS NULL OR p.paused_until <= @now)
  AND COALESCE(s.open_count, 0) < @cap
  AND NOT EXISTS (SELECT 1 FROM question_offers o WHERE o.question_id = @question AND o.person_id = pt.person_id)
ORDER BY openCount, lastOfferedAt, rating DESC, p.id`;

const COMPETENT_SQL = `
SELECT p.id FROM person_topics pt JOIN persons p ON p.id = pt.person_id
WHERE pt.topic_id = @topic AND pt.kind = 'offers' AND p.organisation_id = @org AND p.status = 'active' AND p.id != @asker
ORDER BY p.full_name COLLATE NOCASE, p.id LIMIT @limit`;

const statements = new WeakMap<DB, { candidates: Statement; competent: Statement }>();
function stmts(db: DB) {
  let s = statements.get(db);
  if (!s) statements.set(db, (s = { candidates: db.prepare(CANDIDATES_SQL), competent: db.prepare(COMPETENT_SQL) }));
  return s;
}

export interface CandidateQuery {
  orgId: number;
  orgZone: string;
  topicId: number;
  askerId: number;
  questionId: number;
  cap: number;
  now: number;
}

export function findCandidates(db: DB, q: CandidateQuery): Candidate[] {
  return stmts(db).candidates.all({
    zone: q.orgZone,
    topic: q.topicId,
    org: q.orgId,
    asker: q.askerId,
    now: q.now,
    cap: q.cap,
    question: q.questionId,
  }) as Candidate[];
}

/** Active people competent in the topic, whatever their hours or load (the curator's assign buttons). */
export function competentPeople(db: DB, orgId: number, topicId: number, askerId: number, limit = 6): number[] {
  return (stmts(db).competent.all({ topic: topicId, org: orgId, asker: askerId, limit }) as { id: number }[]).map((r) => r.id);
}

/** Reads each zone's wall clock once for a batch of candidates. */
export class ZoneClock {
  private readonly zones = new Map<string, { dayBit: number; minute: number }>();
  constructor(private readonly now: number) {}

  isWithin(c: Pick<Candidate, 'zone' | 'days' | 'from' | 'to'>): boolean {
    let local = this.zones.get(c.zone);
    if (!local) {
      const dt = DateTime.fromMillis(this.now, { zone: c.zone });
      local = { dayBit: 1 << (dt.weekday - 1), minute: dt.hour * 60 + dt.minute };
      this.zones.set(c.zone, local);
    }
    return (c.days & local.dayBit) !== 0 && local.minute >= c.from && local.minute < c.to;
  }

  /** The earliest start of anyone's contact window among the candidates (null if none has one). */
  firstWindow(candidates: Candidate[]): number | null {
    let first: number | null = null;
    const seen = new Set<string>();
    for (const c of candidates) {
      const k = `${c.zone}|${c.days}|${c.from}|${c.to}`;
      if (seen.has(k)) continue;
      seen.add(k);
      const at = nextWindowStart({ zone: c.zone, days: c.days, from: c.from, to: c.to }, this.now);
      if (at !== null && (first === null || at < first)) first = at;
    }
    return first;
  }
}
