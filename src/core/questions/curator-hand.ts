import type { Button } from '../../messaging/types.js';
import { shortLabel } from '../../messaging/labels.js';
import type { MemberTurn, JobContext, Turn } from '../kernel/feature.js';
import type { Texts } from '../kernel/contact/texts.js';
import { requireRole } from '../kernel/access.js';
import { UserError } from '../kernel/errors.js';
import { assignPickAction, remindAction, selfTakeAction } from './actions.js';
import { colleaguesFor, curatorButtons } from './escalation.js';
import { claimQuestion, questionFor } from './claim.js';
import { alreadyTaken, conversationButtons, header, personName, personGender } from './messages.js';
import { getQuestion, logEvent, sourceOf, UNCLAIMED, type Question } from './question.js';

/**
 * The curator's hand on a question: take an escalated question herself, assign it to a colleague
 * who works today (competent in the topic first, never the one who declined it), remind the mentor
 * of a question taken and left silent.
 */

function unclaimedForCurator(turn: Turn, id: number): Question {
  requireRole(turn.person, 'curator');
  const q = questionFor(turn, id);
  if (q.status === 'taken') throw new UserError('question-already-taken', { name: personName(turn.deps.db, q.mentorId, turn.tx), mentorGender: personGender(turn.deps.db, q.mentorId) });
  if (!UNCLAIMED.includes(q.status)) throw new UserError('question-gone');
  return q;
}

/** «Возьму сама»: the curator answers the question herself. */
export function onSelfTake(turn: MemberTurn, [id]: [number]): void {
  const q = unclaimedForCurator(turn, id);
  const me = turn.person;
  if (q.askerId === me.id) throw new UserError('question-own');
  if (!claimQuestion(turn, q, me, 'taken')) throw new UserError('question-already-taken', alreadyTaken(turn, q.id));
  turn.ack(turn.t('question-take-ok'));
}

/** «Назначить»: the colleagues who can take it today, as buttons. */
export function onAssignPick(turn: Turn, [id]: [number]): void {
  const q = unclaimedForCurator(turn, id);
  const { db } = turn.deps;
  const colleagues = colleaguesFor(turn, q);
  turn.reply({
    text: turn.t('question-assign-pick', { header: header(db, q, turn.tx), count: colleagues.length }),
    buttons: curatorButtons(db, q, turn.tx, colleagues),
  });
}

/** «Напомнить»: the mentor holding the question is reminded (within her hours). */
export function onRemind(turn: Turn, [id]: [number]): void {
  requireRole(turn.person, 'curator');
  const q = questionFor(turn, id);
  const { db } = turn.deps;
  if (q.status !== 'taken' || q.mentorId === null) throw new UserError('question-remind-not-taken');
  logEvent(db, q.id, turn.now, 'reminded', turn.person.id);
  const queued = turn.notifier.toPerson(
    q.mentorId,
    (tx) => ({ text: tx.t('question-remind-mentor', { header: header(db, q, tx), name: personName(db, q.askerId, tx) }), buttons: conversationButtons(q, tx, true) }),
    { urgency: 'ping', source: sourceOf(q.id) },
  );
  if (!queued) throw new UserError('question-other-unreachable', { name: personName(db, q.mentorId, turn.tx) });
  turn.reply(turn.t('question-remind-sent', { header: header(db, q, turn.tx), name: personName(db, q.mentorId, turn.tx) }));
}

/** The action buttons of one open question in the curator's `/questions`. */
export function overviewButtons(q: Question, tx: Texts): Button[] {
  if (q.status === 'taken') return [{ label: shortLabel(tx.t('question-overview-remind', { id: q.id })), action: remindAction.encode(q.id) }];
  return [
    { label: shortLabel(tx.t('question-overview-take', { id: q.id })), action: selfTakeAction.encode(q.id) },
    { label: shortLabel(tx.t('question-overview-assign', { id: q.id })), action: assignPickAction.encode(q.id) },
  ];
}

