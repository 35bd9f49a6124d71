import type { CoreDeps } from '../kernel/deps.js';
import type { Texts } from '../kernel/contact/texts.js';
import { compactAt } from '../kernel/dates/spoken.js';
import { getTopic, topicTitle } from '../kernel/organisation/topics.js';
import { getPerson } from '../kernel/persons/person.js';
import type { OutgoingMessage } from '../../messaging/types.js';
import { LABEL_MAX, shortLabel } from '../../messaging/labels.js';
import { calendarFile } from './calendar-file.js';
import { countInState, type Session } from './session.js';

/** How a session reads in one person's language and zone. */

export function topicOf(deps: CoreDeps, session: Session, tx: Texts): string {
  const topic = session.topicId ? getTopic(deps.db, session.organisationId, session.topicId) : null;
  return topic ? topicTitle(topic, tx.lang) : '—';
}

/** Who leads the session: the guest or colleague named, else the organiser. */
export function hostName(deps: CoreDeps, session: Session, tx: Texts): string {
  return session.guestName ?? organiserName(deps, session, tx);
}

export function organiserName(deps: CoreDeps, session: Session, tx: Texts): string {
  const p = session.organiserId ? getPerson(deps.db, session.organiserId) : null;
  return p && p.status !== 'forgotten' && p.fullName ? p.fullName : tx.t('session-organiser-unknown');
}

export function placeText(session: Pick<Session, 'placeKind' | 'place'>, tx: Texts): string {
  return tx.t(session.placeKind === 'online' ? 'session-place-online' : 'session-place-room', { place: session.place });
}

/** A one-line label: "25 дек., 15:00 · Title". */
export function sessionLabel(session: Session, tx: Texts): string {
  return `${compactAt(tx.lang, session.startsAt, tx.zone)} · ${session.title}`.slice(0, 60);
}

/**
 * A button's label: "✅ 25.12 15:00 · Title… (4 seats)" (the numeric date: within VK's 40 characters the title matters more) — the head (a mark) and the date stay, the
 * title is shortened at a word boundary, the tail (seats left) is kept whole; within LABEL_MAX.
 */
export function sessionButtonLabel(session: Session, tx: Texts, parts: { head?: string; tail?: string } = {}): string {
  const head = parts.head ? `${parts.head} ` : '';
  return shortLabel(`${head}${tx.dayTime(session.startsAt)} · ${session.title}`, LABEL_MAX, parts.tail ? ` ${parts.tail}` : '');
}

/** The full description: title, topic, time, place, host, seats. */
export function sessionText(deps: CoreDeps, session: Session, tx: Texts): string {
  const taken = countInState(deps.db, session.id, 'seat');
  const waiting = countInState(deps.db, session.id, 'waiting');
  const card = tx.t('session-card', {
    title: session.title,
    topic: session.topicId && getTopic(deps.db, session.organisationId, session.topicId) ? topicOf(deps, session, tx) : 'none',
    // The card is also sent in announcements and reminders that may wait for contact hours: no «завтра».
    when: tx.when(session.startsAt, deps.clock.now(), { absolute: true }),
    duration: session.durationMin,
    place: placeText(session, tx),
    host: hostName(deps, session, tx),
    taken,
    seats: session.seats,
    waiting,
  });
  const full = session.description ? `${card}\n\n${session.description}` : card;
  return session.status === 'cancelled' ? `${tx.t('session-status-cancelled')}\n${full}` : full;
}

/** The .ics file of a session, as a message. */
export function calendarMessage(deps: CoreDeps, session: Session, tx: Texts): OutgoingMessage {
  const ics = calendarFile({
    uid: `session-${session.id}-${session.organisationId}@nastavnik`,
    title: session.title,
    startsAt: session.startsAt,
    durationMin: session.durationMin,
    location: session.place,
    description: [topicOf(deps, session, tx), hostName(deps, session, tx), session.description].filter(Boolean).join('\n'),
    stampAt: deps.clock.now(),
  });
  return {
    text: tx.t('session-calendar-caption'),
    file: { kind: 'document', name: `session-${session.id}.ics`, mime: 'text/calendar', source: { type: 'bytes', base64: Buffer.from(ics).toString('base64') } },
  };
}
