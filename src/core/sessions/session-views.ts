import type { Texts } from '../kernel/contact/texts.js';
import { commandButton } from '../kernel/menu.js';
import { DAY } from '../../clock.js';
import type { Button } from '../../messaging/types.js';
import type { MemberTurn, Turn } from '../kernel/feature.js';
import { UserError } from '../kernel/errors.js';
import {
  cancelAskAction,
  cancelConfirmAction,
  joinButton,
  leaveButton,
  peopleAction,
  showSessionAction,
} from './buttons.js';
import { canManage, cancelSession } from './organising.js';
import { messageAskAction, moveAskAction } from './rescheduling.js';
import { calendarMessage, sessionButtonLabel, sessionText } from './session-text.js';
import { participantsText } from './summary.js';
import {
  activePlacesOfPerson,
  countInState,
  getSession,
  organisedUpcoming,
  placeOf,
  sessionsBetween,
  upcomingSessions,
  waitingPosition,
  type Session,
} from './session.js';
import { leaveSession, signUpPerson } from './sign-up.js';

const RECENT = 30 * DAY;

/** What people see and press: /sessions, /my_sessions, a session's card, sign-up and cancel. */

export function cardButtons(turn: Turn, session: Session): Button[][] {
  const rows: Button[][] = [];
  const me = turn.person;
  if (session.status === 'scheduled' && session.startsAt > turn.now && me && me.id !== session.organiserId) {
    const place = placeOf(turn.deps.db, session.id, me.id);
    rows.push([place && place.state !== 'left' ? leaveButton(turn.tx, session.id) : joinButton(turn.tx, session.id)]);
  }
  if (canManage(me, session)) rows.push(...hostButtons(turn.tx, session, turn.now));
  return rows;
}

/** The host's tools on a session's card: who comes, a message to them, move, cancel. */
export function hostButtons(tx: Texts, session: Session, now: number): Button[][] {
  const rows: Button[][] = [];
  const live = session.status === 'scheduled';
  rows.push([
    { label: tx.t('session-people'), action: peopleAction.encode(session.id) },
    ...(live ? [{ label: tx.t('session-message'), action: messageAskAction.encode(session.id) }] : []),
  ]);
  if (live && session.startsAt > now) {
    rows.push([
      { label: tx.t('session-move'), action: moveAskAction.encode(session.id) },
      { label: tx.t('session-cancel'), action: cancelAskAction.encode(session.id), style: 'negative' },
    ]);
  }
  return rows;
}

function sessionOr404(turn: Turn, id: number): Session {
  const session = getSession(turn.deps.db, turn.org.id, id);
  if (!session) throw new UserError('session-not-found');
  return session;
}

export function showCard(turn: Turn, [id]: [number]): void {
  const session = sessionOr404(turn, id);
  const place = turn.person ? placeOf(turn.deps.db, id, turn.person.id) : null;
  let status = '';
  if (place?.state === 'seat') status = turn.t('session-you-have-seat');
  if (place?.state === 'waiting') status = turn.t('session-you-wait', { position: waitingPosition(turn.deps.db, id, place.seq) });
  turn.reply({ text: [sessionText(turn.deps, session, turn.tx), status].filter(Boolean).join('\n\n'), buttons: cardButtons(turn, session) });
}

/** Finished (or running) sessions of the last 30 days that this person may manage: to see feedback. */
function recentManaged(turn: Turn): Session[] {
  return sessionsBetween(turn.deps.db, turn.org.id, turn.now - RECENT, turn.now)
    .filter((s) => s.status === 'scheduled' && canManage(turn.person, s))
    .slice(-10);
}

const recentButton = (turn: Turn, s: Session): Button[] => [{ label: sessionButtonLabel(s, turn.tx, { head: '✔' }), action: showSessionAction.encode(s.id) }];

export function listUpcoming(turn: Turn): void {
  const sessions = upcomingSessions(turn.deps.db, turn.org.id, turn.now, 20);
  const recent = recentManaged(turn);
  const create = commandButton(turn, 'menu-run-session-new', 'session_new');
  if (!sessions.length && !recent.length) {
    turn.reply({ text: turn.t('session-none-upcoming'), buttons: create.length ? [create] : [] });
    return;
  }
  const buttons: Button[][] = sessions.map((s) => {
    const free = Math.max(0, s.seats - countInState(turn.deps.db, s.id, 'seat'));
    const mark = free > 0 ? turn.t('session-free-mark', { count: free }) : turn.t('session-full-mark');
    return [{ label: sessionButtonLabel(s, turn.tx, { tail: `(${mark})` }), action: showSessionAction.encode(s.id) }];
  });
  for (const s of recent) buttons.push(recentButton(turn, s));
  if (create.length) buttons.push(create);
  const title = sessions.length ? turn.t('session-upcoming-title', { count: sessions.length }) : turn.t('session-none-upcoming');
  turn.reply({ text: recent.length ? `${title}\n${turn.t('session-recent-note')}` : title, buttons });
}

export function mySessions(turn: MemberTurn): void {
  const me = turn.person;
  const { db } = turn.deps;
  const places = activePlacesOfPerson(db, me.id, turn.now);
  const hosting = organisedUpcoming(db, me.id, turn.now);
  const recent = recentManaged(turn).filter((s) => s.organiserId === me.id);
  if (!places.length && !hosting.length && !recent.length) {
    turn.reply(turn.t('session-mine-none'));
    return;
  }
  const buttons: Button[][] = [];
  for (const s of hosting) buttons.push([{ label: sessionButtonLabel(s, turn.tx, { head: '🎤' }), action: showSessionAction.encode(s.id) }]);
  for (const p of places) {
    const s = getSession(db, turn.org.id, p.sessionId)!;
    const mark = p.state === 'seat' ? '✅' : `⏳${waitingPosition(db, s.id, p.seq)}`;
    buttons.push([{ label: sessionButtonLabel(s, turn.tx, { head: mark }), action: showSessionAction.encode(s.id) }]);
  }
  for (const s of recent) buttons.push(recentButton(turn, s));
  turn.reply({ text: turn.t('session-mine-title'), buttons });
}

export function onJoin(turn: MemberTurn, [id]: [number]): void {
  const result = signUpPerson(turn, id, turn.person.id);
  const { session } = result;
  if (result.state === 'seat') {
    turn.ack(turn.t('session-joined-ack'));
    turn.reply({ text: `${turn.t('session-joined')}\n\n${sessionText(turn.deps, session, turn.tx)}`, buttons: [[leaveButton(turn.tx, id)]] });
    turn.reply(calendarMessage(turn.deps, session, turn.tx));
  } else {
    turn.ack(turn.t('session-waiting-ack', { position: result.position }));
    turn.reply({ text: turn.t('session-waiting', { position: result.position, title: session.title }), buttons: [[leaveButton(turn.tx, id)]] });
  }
}

export function onLeave(turn: MemberTurn, [id]: [number]): void {
  const session = sessionOr404(turn, id);
  if (session.status === 'cancelled') throw new UserError('session-is-cancelled');
  if (session.startsAt <= turn.now) throw new UserError('session-started');
  const had = leaveSession(turn, id, turn.person.id, 'cancelled');
  if (!had) throw new UserError('session-not-joined');
  turn.ack(turn.t('session-left-ack'));
  turn.reply(turn.t(had === 'seat' ? 'session-left-seat' : 'session-left-waiting', { title: session.title }));
}

export function onCalendar(turn: Turn, [id]: [number]): void {
  const session = sessionOr404(turn, id);
  turn.reply(calendarMessage(turn.deps, session, turn.tx));
}

export function onPeople(turn: Turn, [id]: [number]): void {
  const session = sessionOr404(turn, id);
  if (!canManage(turn.person, session)) throw new UserError('common-not-allowed');
  turn.reply(participantsText(turn.deps, session, turn.tx));
}

export function onCancelAsk(turn: Turn, [id]: [number]): void {
  const session = sessionOr404(turn, id);
  if (!canManage(turn.person, session)) throw new UserError('common-not-allowed');
  if (session.status === 'cancelled') throw new UserError('session-is-cancelled');
  const people = countInState(turn.deps.db, id, 'seat') + countInState(turn.deps.db, id, 'waiting');
  turn.reply({
    text: turn.t('session-cancel-confirm', { title: session.title, count: people }),
    buttons: [[
      { label: turn.t('session-cancel-yes'), action: cancelConfirmAction.encode(id), style: 'negative' },
      { label: turn.t('session-cancel-no'), action: showSessionAction.encode(id) },
    ]],
  });
}

export function onCancelConfirm(turn: Turn, [id]: [number]): void {
  const session = cancelSession(turn, id, turn.person);
  turn.ack(turn.t('session-cancelled-ack'));
  turn.reply(turn.t('session-cancelled-done', { title: session.title }));
}
