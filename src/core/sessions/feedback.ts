import type { MemberTurn, Turn } from '../kernel/feature.js';
import { StaleButton, UserError } from '../kernel/errors.js';
import { canManage } from './organising.js';
import { attendanceMessage } from './reminders.js';
import { endOf, getSession, placeOf, setAttended, setRating, setTakeaway } from './session.js';

/**
 * After a session: a participant rates it 1–5 and says what they will try in their work; the
 * host marks who came. The host and the curator see the summary on the session's card.
 */

export const FEEDBACK_DIALOG = 'session-feedback';
export const MAX_TAKEAWAY = 1000;

export function onRate(turn: MemberTurn, [sessionId, rating]: [number, number]): void {
  const me = turn.person;
  const session = getSession(turn.deps.db, turn.org.id, sessionId);
  const place = session ? placeOf(turn.deps.db, sessionId, me.id) : null;
  if (!session || !place || place.state !== 'seat' || session.status !== 'scheduled' || session.startsAt > turn.now) {
    throw new UserError('session-feedback-not-yours');
  }
  if (rating < 1 || rating > 5) throw new StaleButton();
  // The host marked this person absent: someone who did not come does not rate the session.
  if (place.attended === false) throw new UserError('session-feedback-absent');
  setRating(turn.deps.db, sessionId, me.id, rating, turn.now);
  turn.ack(turn.t('session-rated-ack', { rating }));
  turn.setDialog(FEEDBACK_DIALOG, 'takeaway', { sessionId });
  turn.reply(turn.t('session-feedback-takeaway'));
}

export function onTakeawayText(turn: MemberTurn, sessionId: number, text: string): void {
  const clean = text.trim();
  if (!clean) return turn.reply(turn.t('session-feedback-takeaway'));
  if (clean.length > MAX_TAKEAWAY) return turn.reply(turn.t('common-too-long', { max: MAX_TAKEAWAY }));
  const place = placeOf(turn.deps.db, sessionId, turn.person.id);
  turn.clearDialog();
  if (!place || place.state !== 'seat') throw new UserError('session-feedback-not-yours');
  if (place.attended === false) throw new UserError('session-feedback-absent');
  setTakeaway(turn.deps.db, sessionId, turn.person.id, clean, turn.now);
  turn.reply(turn.t('session-feedback-thanks'));
}

export function onAttendance(turn: Turn, [sessionId, personId]: [number, number]): void {
  const session = getSession(turn.deps.db, turn.org.id, sessionId);
  if (!session || !canManage(turn.person, session)) throw new UserError('common-not-allowed');
  if (endOf(session) > turn.now) throw new UserError('session-not-over');
  const place = placeOf(turn.deps.db, sessionId, personId);
  if (!place || place.state !== 'seat') throw new StaleButton();
  setAttended(turn.deps.db, sessionId, personId, place.attended === false);
  turn.ack(turn.t('session-attendance-saved'));
  turn.editHere(`session-attendance-${sessionId}`, attendanceMessage(turn, session, turn.t('session-attendance-ask', { title: session.title }), turn.t));
}
