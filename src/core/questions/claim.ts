import type { MemberTurn, JobContext, Turn } from '../kernel/feature.js';
import { StaleButton, UserError } from '../kernel/errors.js';
import { cancelJobsByPrefix } from '../kernel/jobs/jobs.js';
import { getPersonInOrg, type Person } from '../kernel/persons/person.js';
import { settleEscalation } from './escalation.js';
import { alreadyTaken, conversationButtons, header, personGender, personName } from './messages.js';
import { inSentence } from '../kernel/dates/spoken.js';
import {
  adjustOpenCount,
  answerOffer,
  getOffer,
  getQuestion,
  getQuestionInOrg,
  logEvent,
  markTaken,
  offerKey,
  openOffers,
  sourceOf,
  type OfferAnswer,
  type Question,
} from './question.js';
import { routeJobsPrefix, routeOnIfAllDeclined } from './routing.js';
import { scheduleIdle } from './idle.js';
import { scheduleSilenceWatch } from './silence.js';
import { availableToday } from './candidates.js';

/**
 * Claiming: the first mentor to press "Take" gets the question. The conditional update's row
 * count decides, however many press at once; everyone else's offer is edited to say who took it.
 */

export function questionFor(turn: Turn, id: number): Question {
  const q = getQuestionInOrg(turn.deps.db, turn.org.id, id);
  if (!q) throw new StaleButton();
  return q;
}

/** Hands the question to a mentor (a claim, or a curator's assignment); false when someone was first. */
export function claimQuestion(ctx: JobContext, q: Question, mentor: Person, how: 'taken' | 'assigned', by?: Person): boolean {
  const { db } = ctx.deps;
  if (!markTaken(db, q.id, mentor.id, ctx.now)) return false;
  const taken = getQuestion(db, q.id)!;
  answerOffer(db, q.id, mentor.id, 'taken', ctx.now);
  for (const offer of openOffers(db, q.id)) {
    answerOffer(db, q.id, offer.personId, 'lost', ctx.now);
    ctx.notifier.editForPerson(
      offer.personId,
      offerKey(q.id),
      (tx) => ({ text: tx.t('question-offer-taken-by', { header: header(db, taken, tx), name: personName(db, mentor.id, tx), mentorGender: mentor.gender }), buttons: [] }),
      sourceOf(q.id),
    );
  }
  adjustOpenCount(db, mentor.id, 1);
  cancelJobsByPrefix(db, routeJobsPrefix(q.id), ctx.now);
  logEvent(db, q.id, ctx.now, how, mentor.id, by ? String(by.id) : null);
  if (q.status === 'escalated') {
    settleEscalation(ctx, taken, (tx) => tx.t('question-escalation-settled', { header: header(db, taken, tx), name: personName(db, mentor.id, tx), mentorGender: mentor.gender }));
  }
  scheduleIdle(ctx, taken);
  scheduleSilenceWatch(ctx, taken);
  ctx.notifier.editForPerson(mentor, offerKey(q.id), (tx) => ({ text: tx.t('question-offer-yours', { header: header(db, taken, tx) }), buttons: [] }), sourceOf(q.id));
  ctx.notifier.toPerson(
    mentor,
    (tx) => ({
      text: tx.t(how === 'assigned' ? 'question-assigned-mentor' : 'question-taken-mentor', {
        header: header(db, taken, tx),
        name: personName(db, q.askerId, tx),
        curator: by ? personName(db, by.id, tx) : tx.t('question-someone'),
        curatorGender: by?.gender ?? 'unknown',
        text: q.text || tx.t('question-file-only'),
      }),
      buttons: conversationButtons(taken, tx, true),
    }),
    { urgency: 'relay', source: sourceOf(q.id) },
  );
  const mentorPerson = mentor;
  ctx.notifier.toPerson(
    q.askerId,
    (tx) => ({
      text: tx.t('question-taken-asker', { header: header(db, taken, tx), name: personName(db, mentor.id, tx), mentorGender: mentor.gender, position: mentorPerson.position ? inSentence(mentorPerson.position) : 'none' }),
      buttons: conversationButtons(taken, tx, false),
    }),
    { urgency: 'relay', source: sourceOf(q.id) },
  );
  return true;
}

function refuseUnclaimable(turn: MemberTurn, q: Question): void {
  const me = turn.person;
  if (q.askerId === me.id) throw new UserError('question-own');
  if (q.status === 'taken') {
    if (q.mentorId === me.id) throw new UserError('question-already-yours');
    throw new UserError('question-already-taken', { name: personName(turn.deps.db, q.mentorId, turn.tx), mentorGender: personGender(turn.deps.db, q.mentorId) });
  }
  if (q.status === 'closed' || q.status === 'withdrawn') throw new UserError('question-gone');
}

export function onTake(turn: MemberTurn, [id]: [number]): void {
  const q = questionFor(turn, id);
  const me = turn.person;
  refuseUnclaimable(turn, q);
  const offer = getOffer(turn.deps.db, q.id, me.id);
  if (!offer) throw new UserError('common-not-allowed');
  if (offer.answer === 'declined') throw new UserError('question-you-declined');
  if (offer.answer !== null) throw new UserError('question-offer-ended');
  if (me.pausedUntil !== null && me.pausedUntil > turn.now) throw new UserError('question-you-paused');
  if (!claimQuestion(turn, q, me, 'taken')) throw new UserError('question-already-taken', alreadyTaken(turn, q.id));
  turn.ack(turn.t('question-take-ok'));
}

export function onDecline(turn: MemberTurn, [id]: [number]): void {
  const q = questionFor(turn, id);
  const me = turn.person;
  const offer = getOffer(turn.deps.db, q.id, me.id);
  if (!offer) throw new UserError('common-not-allowed');
  if (offer.answer !== null) {
    turn.ack(turn.t(offer.answer === 'declined' ? 'question-you-declined' : 'question-gone'));
    return;
  }
  withdrawOffer(turn, q, me.id, 'declined');
  turn.ack(turn.t('question-decline-ok'));
}

/** Ends one person's open offer (declined, or withdrawn on pause or deactivation) and routes on if nobody is left. */
export function withdrawOffer(ctx: JobContext, q: Question, personId: number, answer: Extract<OfferAnswer, 'declined' | 'withdrawn'>): void {
  const { db } = ctx.deps;
  if (!answerOffer(db, q.id, personId, answer, ctx.now)) return;
  logEvent(db, q.id, ctx.now, answer, personId);
  // Routed first, so the mentor is told what really became of the question.
  const outcome = routeOnIfAllDeclined(ctx, getQuestion(db, q.id)!);
  const where =
    outcome === null ? 'gone' : outcome.kind === 'others' || outcome.kind === 'offered' ? 'others' : outcome.kind === 'queued' ? 'later' : 'curator';
  ctx.notifier.editForPerson(personId, offerKey(q.id), (tx) => ({ text: tx.t('question-offer-declined', { header: header(db, q, tx), where }), buttons: [] }), sourceOf(q.id));
}

export function onAssign(turn: MemberTurn, [id, mentorId]: [number, number]): void {
  const q = questionFor(turn, id);
  if (q.status === 'taken') throw new UserError('question-already-taken', { name: personName(turn.deps.db, q.mentorId, turn.tx), mentorGender: personGender(turn.deps.db, q.mentorId) });
  if (q.status === 'closed' || q.status === 'withdrawn') throw new UserError('question-gone');
  const mentor = getPersonInOrg(turn.deps.db, turn.org.id, mentorId);
  if (!mentor || mentor.status !== 'active') throw new UserError('question-mentor-unavailable');
  if (mentor.id === q.askerId) throw new UserError('question-own');
  // Not the one who just said «Не могу», and not someone who is not at work today.
  if (getOffer(turn.deps.db, q.id, mentor.id)?.answer === 'declined') throw new UserError('question-mentor-declined', { name: mentor.fullName });
  if (!availableToday(mentor, turn.org.timezone, turn.now)) throw new UserError('question-mentor-not-today', { name: mentor.fullName });
  claimQuestion(turn, q, mentor, 'assigned', turn.person);
  turn.ack(turn.t('question-assign-ok', { name: mentor.fullName }));
}
