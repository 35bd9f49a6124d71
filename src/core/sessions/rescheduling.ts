import { defineAction } from '../../messaging/actions.js';
import type { MemberTurn, Turn } from '../kernel/feature.js';
import type { Person } from '../kernel/persons/person.js';
import { StaleButton, UserError } from '../kernel/errors.js';
import { parseWhen } from '../kernel/dates/parse-when.js';
import { leaveButton } from './buttons.js';
import { canManage, clashes } from './organising.js';
import { scheduleSessionJobs } from './reminders.js';
import { sessionText } from './session-text.js';
import { getSession, participantsInState, setStart, type Session } from './session.js';
import { urgencyBefore, type SessionCtx } from './sign-up.js';

/**
 * Moving a session and writing to its people. A move re-plans its reminders (the job rows with
 * the same keys move; a job planned for the old start is ignored if it ever runs); everyone
 * with a seat is asked to confirm the new time or free the seat, and the waiting list is told.
 */

export const MOVE_DIALOG = 'session-move';
export const MESSAGE_DIALOG = 'session-message';
export const MAX_MESSAGE = 2000;

export const moveAskAction = defineAction('ses.move', ['int']);
export const moveConfirmAction = defineAction('ses.movego', ['int', 'int']);
export const comingAction = defineAction('ses.coming', ['int']);
export const messageAskAction = defineAction('ses.msg', ['int']);

function managed(ctx: SessionCtx, sessionId: number, actor: Person | null): Session {
  const session = getSession(ctx.deps.db, ctx.org.id, sessionId);
  if (!session) throw new UserError('session-not-found');
  if (!canManage(actor, session)) throw new UserError('common-not-allowed');
  if (session.status === 'cancelled') throw new UserError('session-is-cancelled');
  return session;
}

/** Moves a session to a new start; returns it as it is now. */
export function moveSession(ctx: SessionCtx, sessionId: number, actor: Person | null, startsAt: number): Session {
  const session = managed(ctx, sessionId, actor);
  if (session.startsAt <= ctx.now) throw new UserError('session-started');
  if (startsAt <= ctx.now) throw new UserError('session-when-past');
  if (startsAt === session.startsAt) return session;
  setStart(ctx.deps.db, session.id, startsAt);
  const moved = getSession(ctx.deps.db, ctx.org.id, session.id)!;
  scheduleSessionJobs(ctx, moved);
  const urgency = urgencyBefore(moved, ctx.now);
  const source = `session:${session.id}`;
  for (const p of participantsInState(ctx.deps.db, session.id, 'seat')) {
    ctx.notifier.toPerson(
      p.personId,
      (tx) => ({
        text: `${tx.t('session-moved-seat', { from: tx.when(session.startsAt, ctx.now, { absolute: true }), to: tx.when(startsAt, ctx.now, { absolute: true }) })}\n\n${sessionText(ctx.deps, moved, tx)}`,
        buttons: [[{ label: tx.t('session-coming'), action: comingAction.encode(session.id), style: 'positive' }, leaveButton(tx, session.id)]],
      }),
      { urgency, source },
    );
  }
  for (const p of participantsInState(ctx.deps.db, session.id, 'waiting')) {
    ctx.notifier.toPerson(
      p.personId,
      (tx) => ({ text: tx.t('session-moved-waiting', { title: session.title, to: tx.when(startsAt, ctx.now, { absolute: true }) }), buttons: [[leaveButton(tx, session.id)]] }),
      { urgency, source },
    );
  }
  return moved;
}

export function onMoveAsk(turn: Turn, [id]: [number]): void {
  const session = managed(turn, id, turn.person);
  if (session.startsAt <= turn.now) throw new UserError('session-started');
  turn.setDialog(MOVE_DIALOG, 'when', { sessionId: id });
  turn.reply(turn.t('session-move-when', { title: session.title, when: turn.tx.when(session.startsAt, turn.now) }));
}

export function onMoveText(turn: Turn, sessionId: number, text: string): void {
  const parsed = parseWhen(text, { now: turn.now, zone: turn.org.timezone });
  if (!parsed.ok) return turn.reply(turn.t(`session-when-${parsed.reason}`));
  if (!parsed.timeKnown) return turn.reply(turn.t('session-when-no-time'));
  const session = managed(turn, sessionId, turn.person);
  const when = turn.tx.when(parsed.at, turn.now, { zone: turn.org.timezone });
  const lines = [turn.t(parsed.assumedDate ? 'session-when-assumed' : 'session-when-confirm', { when })];
  for (const s of clashes(turn, session.organiserId ?? -1, parsed.at, session.durationMin)) {
    if (s.id !== session.id) lines.push(turn.t('session-clash', { title: s.title, when: turn.tx.when(s.startsAt, turn.now) }));
  }
  turn.setDialog(MOVE_DIALOG, 'confirm', { sessionId, startsAt: parsed.at });
  turn.reply({
    text: lines.join('\n\n'),
    buttons: [[
      { label: turn.t('session-move-yes'), action: moveConfirmAction.encode(sessionId, 1), style: 'positive' },
      { label: turn.t('session-when-other'), action: moveConfirmAction.encode(sessionId, 0) },
    ]],
  });
}

export function onMoveConfirm(turn: Turn, [id, yes]: [number, number]): void {
  const d = turn.dialog;
  if (d?.kind !== MOVE_DIALOG || d.step !== 'confirm' || d.data.sessionId !== id) {
    throw new StaleButton();
  }
  if (yes !== 1) {
    turn.setDialog(MOVE_DIALOG, 'when', { sessionId: id });
    turn.reply(turn.t('session-form-when'));
    return;
  }
  turn.clearDialog();
  const moved = moveSession(turn, id, turn.person, Number(d.data.startsAt));
  turn.reply(turn.t('session-moved-done', { title: moved.title, when: turn.tx.when(moved.startsAt, turn.now) }));
}

export function onComing(turn: MemberTurn, [id]: [number]): void {
  const session = getSession(turn.deps.db, turn.org.id, id);
  const seat = session && participantsInState(turn.deps.db, id, 'seat').some((p) => p.personId === turn.person.id);
  if (!session || session.status !== 'scheduled' || !seat) throw new UserError('session-not-joined');
  turn.ack(turn.t('session-coming-ack'));
  turn.reply(turn.t('session-coming-done', { when: turn.tx.when(session.startsAt, turn.now) }));
}

export function onMessageAsk(turn: Turn, [id]: [number]): void {
  const session = managed(turn, id, turn.person);
  turn.setDialog(MESSAGE_DIALOG, 'text', { sessionId: id });
  turn.reply(turn.t('session-message-ask', { title: session.title, max: MAX_MESSAGE }));
}

/** The host's message to everyone with a seat; returns how many it was queued for. */
export function messageParticipants(ctx: SessionCtx, sessionId: number, actor: Person | null, text: string): number {
  const session = managed(ctx, sessionId, actor);
  const urgency = session.startsAt > ctx.now ? urgencyBefore(session, ctx.now) : 'ping';
  let sent = 0;
  for (const p of participantsInState(ctx.deps.db, sessionId, 'seat')) {
    const queued = ctx.notifier.toPerson(p.personId, (tx) => ({ text: `${tx.t('session-message-header', { title: session.title })}\n\n${text}` }), {
      urgency,
      source: `session:${session.id}`,
    });
    if (queued) sent++;
  }
  return sent;
}

export function onMessageText(turn: Turn, sessionId: number, text: string): void {
  const clean = text.trim();
  if (!clean) return turn.reply(turn.t('session-message-ask', { title: '', max: MAX_MESSAGE }));
  if (clean.length > MAX_MESSAGE) return turn.reply(turn.t('common-too-long', { max: MAX_MESSAGE }));
  turn.clearDialog();
  const sent = messageParticipants(turn, sessionId, turn.person, clean);
  turn.reply(turn.t('session-message-sent', { count: sent }));
}
