import type { CoreDeps } from '../kernel/deps.js';
import type { Texts } from '../kernel/contact/texts.js';
import { getPersonInOrg } from '../kernel/persons/person.js';
import { metBefore, participantsInState, type Session } from './session.js';

/**
 * A session's people and its feedback, for its host and the curator: who has a seat (who came,
 * their rating), the waiting list, the average and what participants will try in their work.
 * 🔁 marks someone who already met this host at an earlier session: allowed, but speed
 * mentoring is meant to be one-off, so the curator sees it.
 */
export function participantsText(deps: CoreDeps, session: Session, tx: Texts): string {
  const { db } = deps;
  const name = (personId: number) => getPersonInOrg(db, session.organisationId, personId)?.fullName || tx.t('session-organiser-unknown');
  const seats = participantsInState(db, session.id, 'seat');
  const waiting = participantsInState(db, session.id, 'waiting');
  const lines = [tx.t('session-people-title', { title: session.title, taken: seats.length, seats: session.seats })];
  let repeats = 0;
  seats.forEach((p, i) => {
    const again = metBefore(db, session, p.personId);
    if (again) repeats++;
    lines.push(`${i + 1}. ${name(p.personId)}${again ? ' 🔁' : ''}${p.attended === false ? ' ❌' : ''}${p.rating && p.attended !== false ? ` — ${p.rating}/5` : ''}`);
  });
  if (repeats) lines.push(tx.t('session-people-repeat', { count: repeats }));
  if (waiting.length) {
    lines.push('', tx.t('session-people-waiting', { count: waiting.length }));
    waiting.forEach((p, i) => lines.push(`${i + 1}. ${name(p.personId)}`));
  }
  // Only those who came count (a rating given before the host marked someone absent is left out).
  const rated = seats.filter((p) => p.rating !== null && p.attended !== false);
  if (rated.length) {
    const avg = rated.reduce((a, p) => a + p.rating!, 0) / rated.length;
    lines.push('', tx.t('session-feedback-summary', { count: rated.length, average: tx.number(avg) }));
    for (const p of rated) if (p.takeaway) lines.push(`• ${p.takeaway}`);
  }
  return lines.join('\n').slice(0, 4000);
}
