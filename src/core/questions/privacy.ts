import type { CoreDeps } from '../kernel/deps.js';
import { getOrganisation } from '../kernel/organisation/organisation.js';
import { getPerson } from '../kernel/persons/person.js';
import { Notifier } from '../kernel/contact/notifier.js';
import { onPersonDeactivated } from './departures.js';

/**
 * A person's part of /my_data (the questions they asked, the ones they helped with, what they
 * wrote) and of /forget: what they held is handed on first, then their words are blanked; the
 * facts others' figures rest on (who was offered what, when, ratings) stay, without the person.
 */

export function exportQuestions(deps: CoreDeps, personId: number): Record<string, unknown> {
  const { db } = deps;
  const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
  const asked = db
    .prepare('SELECT id, topic_id, text, urgent, status, created_at, closed_at, rating, thanks FROM questions WHERE asker_id = ? ORDER BY id')
    .all(personId) as { id: number; topic_id: number; text: string; urgent: number; status: string; created_at: number; closed_at: number | null; rating: number | null; thanks: string | null }[];
  const helped = db
    .prepare('SELECT id, topic_id, status, taken_at, closed_at, rating FROM questions WHERE mentor_id = ? ORDER BY id')
    .all(personId) as { id: number; topic_id: number; status: string; taken_at: number | null; closed_at: number | null; rating: number | null }[];
  const written = db
    .prepare('SELECT question_id, at, text, file IS NOT NULL AS has_file FROM question_messages WHERE from_person_id = ? ORDER BY id')
    .all(personId) as { question_id: number; at: number; text: string; has_file: number }[];
  const offers = db.prepare('SELECT question_id, wave, offered_at, answer FROM question_offers WHERE person_id = ? ORDER BY offered_at').all(personId) as {
    question_id: number;
    wave: number;
    offered_at: number;
    answer: string | null;
  }[];
  const pause = getPerson(db, personId)?.pausedUntil ?? null;
  return {
    asked: asked.map((q) => ({ id: q.id, topicId: q.topic_id, text: q.text, urgent: q.urgent === 1, status: q.status, askedAt: iso(q.created_at), closedAt: iso(q.closed_at), rating: q.rating, thanks: q.thanks })),
    helped: helped.map((q) => ({ id: q.id, topicId: q.topic_id, status: q.status, takenAt: iso(q.taken_at), closedAt: iso(q.closed_at), rating: q.rating })),
    messages: written.map((m) => ({ questionId: m.question_id, at: iso(m.at), text: m.text, file: m.has_file === 1 })),
    offers: offers.map((o) => ({ questionId: o.question_id, wave: o.wave, offeredAt: iso(o.offered_at), answer: o.answer })),
    pausedUntil: iso(pause),
  };
}

export function forgetQuestions(deps: CoreDeps, personId: number, now: number): void {
  const { db } = deps;
  const person = getPerson(db, personId);
  if (person) {
    const org = getOrganisation(db, person.organisationId);
    onPersonDeactivated({ deps, now, org, notifier: new Notifier(deps, org) }, person);
  }
  db.prepare(`UPDATE questions SET text = '', file = NULL, thanks = NULL WHERE asker_id = ?`).run(personId);
  db.prepare(`UPDATE question_messages SET text = '', file = NULL WHERE from_person_id = ?`).run(personId);
  db.prepare('DELETE FROM question_focus WHERE person_id = ?').run(personId);
}
