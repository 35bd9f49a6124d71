import { HOUR } from '../../clock.js';
import type { JobContext } from '../kernel/feature.js';
import { UserError } from '../kernel/errors.js';
import type { Urgency } from '../kernel/contact/notifier.js';
import { getPersonInOrg } from '../kernel/persons/person.js';
import { leaveButton } from './buttons.js';
import { calendarMessage, sessionText } from './session-text.js';
import {
  countInState,
  firstWaiting,
  getSession,
  leavePlace,
  placeOf,
  setPlaceState,
  takePlace,
  waitingPosition,
  type Session,
} from './session.js';

/**
 * Seats and the waiting list. Every change runs inside the caller's transaction (one update or
 * one job), so two people pressing for the last seat are served one after the other: one gets
 * it, the other the waiting list. Seats are never oversold.
 */

/** What a service needs: a turn or a job context will do. */
export type SessionCtx = Pick<JobContext, 'deps' | 'org' | 'notifier' | 'now'>;

export type SignUpResult = { session: Session; state: 'seat' } | { session: Session; state: 'waiting'; position: number };

/** Why a place was given up; kept for the report. */
export type LeaveReason = 'cancelled' | 'deactivated' | 'unreachable' | 'forgotten';

/** A session people may still sign up to, or a clear refusal. */
export function openSession(ctx: SessionCtx, sessionId: number): Session {
  const session = getSession(ctx.deps.db, ctx.org.id, sessionId);
  if (!session) throw new UserError('session-not-found');
  if (session.status === 'cancelled') throw new UserError('session-is-cancelled');
  if (session.startsAt <= ctx.now) throw new UserError('session-started');
  return session;
}

/** Takes a seat, or a place on the waiting list when the seats are taken. */
export function signUpPerson(ctx: SessionCtx, sessionId: number, personId: number): SignUpResult {
  const { db } = ctx.deps;
  const session = openSession(ctx, sessionId);
  const person = getPersonInOrg(db, ctx.org.id, personId);
  if (!person || person.status !== 'active') throw new UserError('common-not-allowed');
  if (session.organiserId === personId) throw new UserError('session-own');
  const current = placeOf(db, sessionId, personId);
  if (current?.state === 'seat') throw new UserError('session-already-seat');
  if (current?.state === 'waiting') {
    throw new UserError('session-already-waiting', { position: waitingPosition(db, sessionId, current.seq) });
  }
  const free = session.seats - countInState(db, sessionId, 'seat');
  // Someone already waiting goes first: a free seat with a queue is being handed over.
  const seat = free > 0 && countInState(db, sessionId, 'waiting') === 0;
  takePlace(db, { sessionId, personId, orgId: ctx.org.id, state: seat ? 'seat' : 'waiting', now: ctx.now });
  if (seat) return { session, state: 'seat' };
  const place = placeOf(db, sessionId, personId)!;
  return { session, state: 'waiting', position: waitingPosition(db, sessionId, place.seq) };
}

/**
 * Gives up a person's seat or waiting place; a freed seat goes to the first on the waiting
 * list, who is told at once. Returns the state the person had, or null when they had none.
 */
export function leaveSession(ctx: SessionCtx, sessionId: number, personId: number, reason: LeaveReason): 'seat' | 'waiting' | null {
  const { db } = ctx.deps;
  const session = getSession(db, ctx.org.id, sessionId);
  if (!session) return null;
  const place = placeOf(db, sessionId, personId);
  if (!place || place.state === 'left') return null;
  leavePlace(db, sessionId, personId, reason, ctx.now);
  if (place.state === 'seat' && session.status === 'scheduled' && session.startsAt > ctx.now) fillFreeSeats(ctx, session);
  return place.state;
}

/** Moves people from the waiting list into free seats, telling each at once. */
export function fillFreeSeats(ctx: SessionCtx, session: Session): number[] {
  const { db } = ctx.deps;
  const promoted: number[] = [];
  while (countInState(db, session.id, 'seat') < session.seats) {
    const next = firstWaiting(db, session.id);
    if (!next) break;
    setPlaceState(db, session.id, next.personId, 'seat');
    promoted.push(next.personId);
    const person = getPersonInOrg(db, ctx.org.id, next.personId);
    if (!person) continue;
    // They asked for this seat: it cuts through quiet hours, the session may be soon.
    ctx.notifier.toPerson(
      person,
      (tx) => ({
        text: `${tx.t('session-promoted')}\n\n${sessionText(ctx.deps, session, tx)}`,
        buttons: [[leaveButton(tx, session.id)]],
      }),
      { urgency: 'asked', source: `session:${session.id}` },
    );
    ctx.notifier.toPerson(person, (tx) => calendarMessage(ctx.deps, session, tx), { urgency: 'asked', source: `session:${session.id}` });
  }
  return promoted;
}

/** News about a session close to its start cuts through quiet hours; otherwise it waits for them. */
export function urgencyBefore(session: Session, now: number): Urgency {
  return session.startsAt - now < 24 * HOUR ? 'asked' : 'ping';
}
