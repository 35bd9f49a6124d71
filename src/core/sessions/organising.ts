import { UserError } from '../kernel/errors.js';
import { isCurator, getPersonInOrg, listPersons, personIdsWithTopic, type Person } from '../kernel/persons/person.js';
import { getTopic } from '../kernel/organisation/topics.js';
import { joinButton } from './buttons.js';
import { cancelSessionJobs, scheduleSessionJobs } from './reminders.js';
import { sessionText } from './session-text.js';
import {
  activePlacesOfPerson,
  addInvitees,
  inviteesOf,
  getSession,
  insertSession,
  markCancelled,
  organisedUpcoming,
  overlappingSessions,
  participantsInState,
  type PlaceKind,
  type Session,
  type SessionAudience,
} from './session.js';
import { leaveSession, urgencyBefore, type LeaveReason, type SessionCtx } from './sign-up.js';

/** Creating, announcing and cancelling sessions; releasing what a departing person held. */

export const MAX_TITLE = 120;
export const MAX_DESCRIPTION = 600;
export const MAX_NAME = 100;
export const MAX_PLACE = 300;
export const MAX_SEATS = 500;
export const DURATIONS = [30, 45, 60, 90, 120] as const;

export interface NewSession {
  /** The host: the one who leads it (her tools, her reminders). */
  organiserId: number;
  /** Who sets it up, when the host is a colleague she chose. */
  createdBy?: number | null;
  topicId: number | null;
  title: string;
  description?: string;
  /** The host when not the organiser: a colleague or an outside guest, by name. */
  guestName?: string | null;
  startsAt: number;
  durationMin: number;
  placeKind: PlaceKind;
  place: string;
  seats: number;
  audience?: SessionAudience;
  /** The chosen people (audience 'people'). */
  invitees?: number[];
}

/** A link people can open: http(s) with a host that has a dot. */
export function isLink(text: string): boolean {
  try {
    const url = new URL(text.trim());
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.') && !/\s/.test(text.trim());
  } catch {
    return false;
  }
}

/** Seats typed by a person: a whole number from 1 to MAX_SEATS, else null. */
export function parseSeats(text: string): number | null {
  const m = /^\s*(-?\d{1,6})\s*$/.exec(text);
  if (!m) return null;
  const n = Number(m[1]);
  return n >= 1 && n <= MAX_SEATS ? n : null;
}

/** Creates a session and plans its reminders; checks what a person could have typed wrong. */
export function createSession(ctx: SessionCtx, input: NewSession): Session {
  const { db } = ctx.deps;
  const organiser = getPersonInOrg(db, ctx.org.id, input.organiserId);
  if (!organiser || organiser.status !== 'active') throw new UserError(input.createdBy ? 'session-host-left' : 'common-not-allowed');
  const createdBy = input.createdBy && input.createdBy !== organiser.id ? input.createdBy : null;
  const title = input.title.trim();
  if (!title || title.length > MAX_TITLE) throw new UserError('session-title-bad', { max: MAX_TITLE });
  if (input.startsAt <= ctx.now) throw new UserError('session-when-past');
  if (!Number.isInteger(input.seats) || input.seats < 1 || input.seats > MAX_SEATS) throw new UserError('session-seats-bad', { max: MAX_SEATS });
  if (!Number.isInteger(input.durationMin) || input.durationMin < 5 || input.durationMin > 600) throw new UserError('session-duration-bad');
  const description = (input.description ?? '').trim();
  if (description.length > MAX_DESCRIPTION) throw new UserError('session-description-bad', { max: MAX_DESCRIPTION });
  const guestName = input.guestName?.trim() || null;
  if (guestName && guestName.length > MAX_NAME) throw new UserError('session-guest-bad', { max: MAX_NAME });
  const place = input.place.trim();
  if (!place || place.length > MAX_PLACE) throw new UserError('session-place-bad');
  if (input.placeKind === 'online' && !isLink(place)) throw new UserError('session-link-bad');
  if (input.topicId !== null && !getTopic(db, ctx.org.id, input.topicId)) throw new UserError('session-not-found');
  const id = insertSession(db, {
    organisationId: ctx.org.id,
    topicId: input.topicId,
    title,
    description,
    organiserId: organiser.id,
    createdBy,
    guestName,
    startsAt: input.startsAt,
    durationMin: input.durationMin,
    placeKind: input.placeKind,
    place,
    seats: input.seats,
    audience: input.audience ?? 'all',
    now: ctx.now,
  });
  if (input.audience === 'people') {
    const chosen = (input.invitees ?? []).filter((pid) => pid !== organiser.id && getPersonInOrg(db, ctx.org.id, pid)?.status === 'active');
    if (!chosen.length) throw new UserError('session-invitees-none');
    addInvitees(db, id, chosen);
  }
  const session = getSession(db, ctx.org.id, id)!;
  scheduleSessionJobs(ctx, session);
  return session;
}

/** The host's other sessions at the same time (a warning; they may go ahead). */
export function clashes(ctx: SessionCtx, organiserId: number, startsAt: number, durationMin: number): Session[] {
  return overlappingSessions(ctx.deps.db, organiserId, startsAt, startsAt + durationMin * 60_000);
}

/** Who an announcement goes to. */
export function audienceOf(ctx: SessionCtx, session: Session): Person[] {
  const { db } = ctx.deps;
  let people = listPersons(db, ctx.org.id);
  if (session.audience === 'mentees') people = people.filter((p) => p.roles.includes('mentee'));
  if (session.audience === 'people') {
    const chosen = new Set(inviteesOf(db, session.id));
    people = people.filter((p) => chosen.has(p.id));
  }
  if (session.audience === 'topic' && session.topicId !== null) {
    const wanting = new Set(personIdsWithTopic(db, session.topicId, 'wants'));
    people = people.filter((p) => wanting.has(p.id));
  }
  return people.filter((p) => p.id !== session.organiserId && p.id !== session.createdBy);
}

/** Tells the audience about a new session, with a sign-up button; returns how many were told. */
export function announceSession(ctx: SessionCtx, session: Session): number {
  let told = 0;
  for (const person of audienceOf(ctx, session)) {
    const queued = ctx.notifier.toPerson(
      person,
      (tx) => ({ text: `${tx.t('session-announce')}\n\n${sessionText(ctx.deps, session, tx)}`, buttons: [[joinButton(tx, session.id)]] }),
      { urgency: 'bulk', key: `session-ann-${session.id}`, source: `session:${session.id}` },
    );
    if (queued) told++;
  }
  return told;
}

/** May this person manage the session (its host or a curator)? */
export function canManage(person: Person | null, session: Session): boolean {
  return Boolean(person && person.status === 'active' && (person.id === session.organiserId || person.id === session.createdBy || isCurator(person)));
}

/** Cancels a session: its jobs stop, everyone with a seat or a waiting place is told once. */
export function cancelSession(ctx: SessionCtx, sessionId: number, actor: Person | null): Session {
  const { db } = ctx.deps;
  const session = getSession(db, ctx.org.id, sessionId);
  if (!session) throw new UserError('session-not-found');
  if (!canManage(actor, session)) throw new UserError('common-not-allowed');
  if (session.status === 'cancelled') throw new UserError('session-is-cancelled');
  if (session.startsAt + session.durationMin * 60_000 <= ctx.now) throw new UserError('session-over');
  markCancelled(db, session.id, ctx.now);
  cancelSessionJobs(ctx, session.id);
  const urgency = urgencyBefore(session, ctx.now);
  const cancelled = getSession(db, ctx.org.id, session.id)!;
  for (const state of ['seat', 'waiting'] as const) {
    for (const p of participantsInState(db, session.id, state)) {
      ctx.notifier.toPerson(
        p.personId,
        (tx) => ({ text: tx.t('session-cancelled-notice', { title: session.title, when: tx.when(session.startsAt, ctx.now, { absolute: true }) }) }),
        { urgency, source: `session:${session.id}` },
      );
    }
  }
  // The invitations lose their sign-up button and say so.
  for (const person of audienceOf(ctx, session)) {
    ctx.notifier.editForPerson(person, `session-ann-${session.id}`, (tx) => ({ text: sessionText(ctx.deps, cancelled, tx), buttons: [] }), `session:${session.id}`);
  }
  return cancelled;
}

/**
 * A person leaves the organisation's life (deactivated, unreachable, forgotten): their seats and
 * waiting places go to others; the sessions they host are cancelled and their people told.
 */
export function releasePerson(ctx: SessionCtx, person: Person, reason: LeaveReason): void {
  const { db } = ctx.deps;
  for (const place of activePlacesOfPerson(db, person.id, ctx.now)) leaveSession(ctx, place.sessionId, person.id, reason);
  if (reason === 'unreachable') return;
  for (const session of organisedUpcoming(db, person.id, ctx.now)) {
    cancelSession(ctx, session.id, { ...person, status: 'active' });
  }
}
