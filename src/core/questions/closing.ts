import type { MemberTurn, JobContext, Turn } from '../kernel/feature.js';
import { StaleButton, UserError } from '../kernel/errors.js';
import { cancelJobsByPrefix } from '../kernel/jobs/jobs.js';
import { settleEscalation } from './escalation.js';
import { conversationButtons, header, personName } from './messages.js';
import { rateAction, reopenAction, skipThanksAction, undoCloseAction } from './actions.js';
import type { Button } from '../../messaging/types.js';
import { DAY, MINUTE } from '../../clock.js';
import { scheduleIdle } from './idle.js';
import { getPerson } from '../kernel/persons/person.js';
import {
  adjustOpenCount,
  answerOffer,
  getQuestion,
  logEvent,
  markClosed,
  markRated,
  offerKey,
  openOffers,
  recordRating,
  reopenClosed,
  setThanks,
  sourceOf,
  type Question,
} from './question.js';
import { questionFor } from './claim.js';

/**
 * Closing: either side says it is solved (or it went quiet, or a side left); the asker rates
 * the help 1–5 and may add thanks, and the mentor sees both. An unclaimed question the asker
 * no longer needs is withdrawn, and the offers out are edited to say so.
 */

/** The message each side gets when a question closes (edited when it is reopened). */
export const closedKey = (questionId: number) => `q${questionId}-closed`;
/** «Отменить» on the close message works this long. */
export const UNDO_CLOSE_MS = MINUTE;
/** The asker may reopen a closed question this long after it closed. */
export const REOPEN_MS = 3 * DAY;

export type ClosedBy = 'asker' | 'mentor' | 'idle' | 'unreachable' | 'left';

export function closeQuestion(ctx: JobContext, q: Question, by: ClosedBy): boolean {
  const { db } = ctx.deps;
  if (!markClosed(db, q.id, 'closed', by, ctx.now)) return false;
  cancelJobsByPrefix(db, `question:${q.id}:`, ctx.now);
  if (q.mentorId !== null) adjustOpenCount(db, q.mentorId, -1);
  logEvent(db, q.id, ctx.now, 'closed', null, by);
  const closed = getQuestion(db, q.id)!;
  const mentorId = q.mentorId;
  const undoBy = by === 'asker' ? q.askerId : by === 'mentor' ? mentorId : null;
  const mentorActive = mentorId !== null && getPerson(db, mentorId)?.status === 'active';
  if (by !== 'unreachable' || mentorId === null) {
    ctx.notifier.toPerson(
      q.askerId,
      (tx) => {
        const buttons: Button[][] = [];
        if (mentorId !== null && closed.rating === null) buttons.push([1, 2, 3, 4, 5].map((n) => ({ label: `${n} ⭐`, action: rateAction.encode(q.id, n) })));
        // The asker may take it back: at once (undo) when she closed it, or reopen it for a few days
        // (not when the mentor has left: there is nobody to go back to).
        if (mentorId !== null && mentorActive) {
          buttons.push([
            undoBy === q.askerId
              ? { label: tx.t('question-undo-close'), action: undoCloseAction.encode(q.id) }
              : { label: tx.t('question-reopen'), action: reopenAction.encode(q.id) },
          ]);
        }
        return { text: tx.t('question-closed-asker', { header: header(db, closed, tx), by, rated: closed.rating === null ? 'no' : 'yes' }), buttons };
      },
      { urgency: 'relay', source: sourceOf(q.id), key: closedKey(q.id) },
    );
  }
  if (mentorId !== null) {
    ctx.notifier.toPerson(
      mentorId,
      (tx) => ({
        text: tx.t('question-closed-mentor', { header: header(db, closed, tx), by }),
        buttons: undoBy === mentorId ? [[{ label: tx.t('question-undo-close'), action: undoCloseAction.encode(q.id) }]] : [],
      }),
      { urgency: 'relay', source: sourceOf(q.id), key: closedKey(q.id) },
    );
  }
  return true;
}

/** The asker no longer needs an unclaimed question (or left): offers are withdrawn, curators told. */
export function withdrawQuestion(ctx: JobContext, q: Question): boolean {
  const { db } = ctx.deps;
  if (q.status === 'taken') return false;
  if (!markClosed(db, q.id, 'withdrawn', 'asker', ctx.now)) return false;
  cancelJobsByPrefix(db, `question:${q.id}:`, ctx.now);
  logEvent(db, q.id, ctx.now, 'withdrawn', q.askerId);
  for (const offer of openOffers(db, q.id)) {
    answerOffer(db, q.id, offer.personId, 'withdrawn', ctx.now);
    ctx.notifier.editForPerson(offer.personId, offerKey(q.id), (tx) => ({ text: tx.t('question-offer-withdrawn', { header: header(db, q, tx) }), buttons: [] }), sourceOf(q.id));
  }
  if (q.status === 'escalated') settleEscalation(ctx, q, (tx) => tx.t('question-offer-withdrawn', { header: header(db, q, tx) }));
  return true;
}

export function onSolved(turn: MemberTurn, [id]: [number]): void {
  const q = questionFor(turn, id);
  const me = turn.person.id;
  if (q.askerId !== me && q.mentorId !== me) throw new UserError('common-not-allowed');
  if (q.status === 'closed' || q.status === 'withdrawn') {
    turn.ack(turn.t('question-already-closed'));
    return;
  }
  if (q.status !== 'taken') throw new UserError('question-not-taken-yet');
  closeQuestion(turn, q, q.askerId === me ? 'asker' : 'mentor');
  turn.ack(turn.t('question-closed-ok'));
}

export function onWithdraw(turn: MemberTurn, [id]: [number]): void {
  const q = questionFor(turn, id);
  if (q.askerId !== turn.person.id) throw new UserError('common-not-allowed');
  if (q.status === 'taken') throw new UserError('question-withdraw-taken');
  if (!withdrawQuestion(turn, q)) throw new UserError('question-already-closed');
  turn.reply(turn.t('question-withdrawn', { id: q.id }));
}

export function onRate(turn: MemberTurn, [id, rating]: [number, number]): void {
  const q = questionFor(turn, id);
  const { db } = turn.deps;
  if (q.askerId !== turn.person.id) throw new UserError('common-not-allowed');
  if (rating < 1 || rating > 5) throw new StaleButton();
  if (q.status !== 'closed' || q.mentorId === null) throw new UserError('question-not-closed');
  if (!markRated(db, q.id, rating, 'closed')) throw new UserError('question-already-rated');
  recordRating(db, q.mentorId, rating);
  logEvent(db, q.id, turn.now, 'rated', turn.person.id, String(rating));
  turn.notifier.toPerson(q.mentorId, (tx) => ({ text: tx.t('question-rated-mentor', { header: header(db, q, tx), rating, name: personName(db, q.askerId, tx), askerGender: turn.person.gender }) }), {
    urgency: 'relay',
    source: sourceOf(q.id),
  });
  turn.setDialog('question-thanks', 'text', { questionId: q.id });
  turn.reply({ text: turn.t('question-rated-ask-thanks', { rating }), buttons: [[{ label: turn.t('question-no-thanks'), action: skipThanksAction.encode(q.id) }]] });
}

export function onThanksText(turn: Turn, data: { questionId?: number }, text: string): void {
  const q = getQuestion(turn.deps.db, Number(data.questionId));
  turn.clearDialog();
  if (!q || q.askerId !== turn.person?.id || q.mentorId === null) return;
  const thanks = text.trim().slice(0, 1000);
  if (!thanks) return;
  setThanks(turn.deps.db, q.id, thanks);
  const db = turn.deps.db;
  turn.notifier.toPerson(q.mentorId, (tx) => ({ text: tx.t('question-thanks-mentor', { header: header(db, q, tx), name: personName(db, q.askerId, tx), thanks }) }), {
    urgency: 'relay',
    source: sourceOf(q.id),
  });
  turn.reply(turn.t('question-thanks-sent'));
}

export function onSkipThanks(turn: Turn): void {
  if (turn.dialog?.kind === 'question-thanks') turn.clearDialog();
  turn.reply(turn.t('question-thanks-skipped'));
}

/**
 * A closed question goes back into conversation with its mentor: the closer's undo within a
 * minute, or the asker's reopening within a few days. Both sides are told; the close messages
 * lose their buttons. Refused when the mentor has left or the time is over.
 */
function reopenQuestion(turn: MemberTurn, q: Question, how: 'undone' | 'reopened'): void {
  const { db } = turn.deps;
  const mentorId = q.mentorId;
  const mentor = mentorId === null ? null : getPerson(db, mentorId);
  if (!mentor || mentor.status !== 'active') throw new UserError('question-reopen-mentor-gone', { id: q.id });
  if (!reopenClosed(db, q.id, turn.now)) throw new StaleButton();
  adjustOpenCount(db, mentor.id, 1);
  logEvent(db, q.id, turn.now, how, turn.person.id);
  const open = getQuestion(db, q.id)!;
  scheduleIdle(turn, open);
  for (const id of [q.askerId, mentor.id]) {
    turn.notifier.editForPerson(id, closedKey(q.id), (tx) => ({ text: tx.t('question-reopened-note', { header: header(db, open, tx) }), buttons: [] }), sourceOf(q.id));
  }
  const other = turn.person.id === mentor.id ? q.askerId : mentor.id;
  turn.notifier.toPerson(
    other,
    (tx) => ({ text: tx.t('question-reopened-other', { header: header(db, open, tx), name: personName(db, turn.person.id, tx), how }), buttons: conversationButtons(open, tx, other === mentor.id) }),
    { urgency: 'relay', source: sourceOf(q.id) },
  );
  turn.reply({ text: turn.t('question-reopened', { header: header(db, open, turn.tx), how }), buttons: conversationButtons(open, turn.tx, turn.person.id === mentor.id) });
}

/** «Отменить» on the close message: only the one who closed it, only within a minute. */
export function onUndoClose(turn: MemberTurn, [id]: [number]): void {
  const q = questionFor(turn, id);
  const me = turn.person.id;
  if (q.askerId !== me && q.mentorId !== me) throw new UserError('common-not-allowed');
  if (q.status === 'taken') throw new UserError('question-already-open');
  if (q.status !== 'closed' || q.closedAt === null) throw new StaleButton();
  const closer = q.closedBy === 'asker' ? q.askerId : q.closedBy === 'mentor' ? q.mentorId : null;
  if (closer !== me) throw new UserError('common-not-allowed');
  if (turn.now - q.closedAt > UNDO_CLOSE_MS) {
    // Too late to undo; the asker may still reopen it.
    if (q.askerId === me) onReopen(turn, [id]);
    else throw new UserError('question-undo-too-late');
    return;
  }
  reopenQuestion(turn, q, 'undone');
}

/** «Открыть снова»: the asker, within a few days of the close. */
export function onReopen(turn: MemberTurn, [id]: [number]): void {
  const q = questionFor(turn, id);
  if (q.askerId !== turn.person.id) throw new UserError('common-not-allowed');
  if (q.status === 'taken') throw new UserError('question-already-open');
  if (q.status !== 'closed' || q.closedAt === null) throw new StaleButton();
  if (turn.now - q.closedAt > REOPEN_MS) throw new UserError('question-reopen-too-late', { id: q.id, days: REOPEN_MS / DAY });
  reopenQuestion(turn, q, 'reopened');
}
