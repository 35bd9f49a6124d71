import type { CoreDeps } from '../kernel/deps.js';
import { getOrganisation } from '../kernel/organisation/organisation.js';
import { getPerson } from '../kernel/persons/person.js';
import { Notifier } from '../kernel/contact/notifier.js';
import { onPersonDeactivated } from './departures.js';
import { forgetWordsOf, questionDataOf, sourceOf } from './question.js';

/**
 * A person's part of /my_data (the questions they asked, the ones they helped with, what they
 * wrote) and of /forget: what they held is handed on first, then their words are blanked; the
 * facts others' figures rest on (who was offered what, when, ratings) stay, without the person.
 */

export function exportQuestions(deps: CoreDeps, personId: number): Record<string, unknown> {
  const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
  const { asked, helped, written, offers, events } = questionDataOf(deps.db, personId);
  const pause = getPerson(deps.db, personId)?.pausedUntil ?? null;
  return {
    asked: asked.map((q) => ({ id: q.id, topicId: q.topic_id, text: q.text, urgent: q.urgent === 1, status: q.status, askedAt: iso(q.created_at), closedAt: iso(q.closed_at), rating: q.rating, thanks: q.thanks })),
    helped: helped.map((q) => ({ id: q.id, topicId: q.topic_id, status: q.status, takenAt: iso(q.taken_at), closedAt: iso(q.closed_at), rating: q.rating })),
    messages: written.map((m) => ({ questionId: m.question_id, at: iso(m.at), text: m.text, file: m.has_file === 1 })),
    offers: offers.map((o) => ({ questionId: o.question_id, wave: o.wave, offeredAt: iso(o.offered_at), answer: o.answer })),
    events: events.map((e) => ({ questionId: e.question_id, at: iso(e.at), kind: e.kind, detail: e.detail })),
    pausedUntil: iso(pause),
  };
}

export function forgetQuestions(deps: CoreDeps, personId: number, now: number): void {
  const { db } = deps;
  const person = getPerson(db, personId);
  // What was queued before this: the withdrawal notices queued next name the question by its number only.
  const upTo = deps.outbox.lastId();
  if (person) {
    const org = getOrganisation(db, person.organisationId);
    onPersonDeactivated({ deps, now, org, notifier: new Notifier(deps, org) }, person);
  }
  // Their questions went to mentors and curators too: those copies lose the words as well.
  for (const id of forgetWordsOf(db, personId)) deps.outbox.blankSource(sourceOf(id), upTo);
}
