import { MINUTE } from '../../clock.js';
import { shortLabel } from '../../messaging/labels.js';
import type { MemberTurn, JobContext, Turn } from '../kernel/feature.js';
import type { Texts } from '../kernel/contact/texts.js';
import { UserError } from '../kernel/errors.js';
import { scheduleJob } from '../kernel/jobs/jobs.js';
import { getPersonInOrg } from '../kernel/persons/person.js';
import { handToAction, handToQueueAction } from './actions.js';
import { competentPeople } from './candidates.js';
import { questionFor } from './claim.js';
import { header, offerMessage, personName } from './messages.js';
import { adjustOpenCount, answerOffer, getQuestion, logEvent, markReleased, offerKey, putOffer, recordOffer, setStatus, sourceOf, type Question } from './question.js';
import { ROUTE_JOB, routeJobKey, routeQuestion } from './routing.js';
import { cancelJobsByPrefix } from '../kernel/jobs/jobs.js';

/**
 * Handing over: the mentor gives the question to a named colleague or back to the queue, with a
 * reason. The asker is told; a named colleague gets an offer (and routing resumes if they do not
 * take it in time); the queue means routing again, without the mentor who let it go.
 */

export type ReleaseReason = 'handed_over' | 'deactivated' | 'unreachable';

/** The mentor lets the question go; it is offered again. Returns false if they did not hold it. */
export function releaseQuestion(ctx: JobContext, q: Question, reason: ReleaseReason, note: string, to: number | null): boolean {
  const { db } = ctx.deps;
  if (q.status !== 'taken' || q.mentorId === null) return false;
  if (!markReleased(db, q.id, ctx.now)) return false;
  cancelJobsByPrefix(db, `question:${q.id}:`, ctx.now);
  adjustOpenCount(db, q.mentorId, -1);
  logEvent(db, q.id, ctx.now, reason, q.mentorId, note.slice(0, 500) || null);
  const released = getQuestion(db, q.id)!;
  const from = q.mentorId;
  // Whoever let it go is not offered it again by routing.
  putOffer(db, q.id, from, 0, ctx.now);
  answerOffer(db, q.id, from, 'withdrawn', ctx.now);
  ctx.notifier.toPerson(
    q.askerId,
    (tx) => {
      const text = tx.t('question-released-asker', { header: header(db, released, tx), name: personName(db, from, tx), reason });
      return { text: note ? `${text}\n${tx.t('question-released-note', { note })}` : text };
    },
    { urgency: 'relay', source: sourceOf(q.id) },
  );
  if (to !== null) {
    offerToOne(ctx, released, to, (tx) => tx.t('question-handed-to-you', { name: personName(db, from, tx), note }));
  } else {
    routeQuestion(ctx, released);
  }
  return true;
}

/**
 * Offers the question to one named colleague (a hand-over, or a question asked of her from the
 * directory): her offer names why; routing resumes if she does not take it in time.
 */
export function offerToOne(ctx: JobContext, q: Question, to: number, intro: (tx: Texts) => string): void {
  const { db } = ctx.deps;
  setStatus(db, q.id, 'offered', 1);
  const offered = { ...q, status: 'offered' as const, wave: 1 };
  recordOffer(db, q.id, to, 1, ctx.now);
  ctx.notifier.toPerson(
    to,
    (tx) => {
      const m = offerMessage(db, offered, tx);
      m.text = `${intro(tx)}\n\n${m.text}`;
      return m;
    },
    { urgency: 'ping', key: offerKey(q.id), source: sourceOf(q.id) },
  );
  const minutes = q.urgent ? ctx.org.settings.questions.urgentWaveTimeoutMinutes : ctx.org.settings.questions.waveTimeoutMinutes;
  scheduleJob(db, { organisationId: ctx.org.id, kind: ROUTE_JOB, key: routeJobKey(q.id, 1), dueAt: ctx.now + minutes * MINUTE, payload: { questionId: q.id, wave: 1 }, now: ctx.now });
}

function heldByMe(turn: MemberTurn, id: number): Question {
  const q = questionFor(turn, id);
  if (q.mentorId !== turn.person.id) throw new UserError('common-not-allowed');
  if (q.status !== 'taken') throw new UserError('question-already-closed');
  return q;
}

export function onHandOver(turn: MemberTurn, [id]: [number]): void {
  const q = heldByMe(turn, id);
  const { db } = turn.deps;
  const colleagues = competentPeople(db, turn.org.id, q.topicId, q.askerId, 7).filter((p) => p !== turn.person.id).slice(0, 6);
  turn.reply({
    text: turn.t('question-hand-over-to', { header: header(db, q, turn.tx) }),
    buttons: [
      ...colleagues.map((p) => [{ label: shortLabel(personName(db, p, turn.tx)), action: handToAction.encode(q.id, p) }]),
      [{ label: turn.t('question-hand-to-queue'), action: handToQueueAction.encode(q.id) }],
    ],
  });
}

function askReason(turn: Turn, q: Question, to: number | null): void {
  turn.setDialog('question-handover', 'reason', { questionId: q.id, to });
  turn.reply(turn.t('question-hand-over-reason'));
}

export function onHandTo(turn: MemberTurn, [id, to]: [number, number]): void {
  const q = heldByMe(turn, id);
  const target = getPersonInOrg(turn.deps.db, turn.org.id, to);
  if (!target || target.status !== 'active' || target.id === turn.person.id || target.id === q.askerId) throw new UserError('question-mentor-unavailable');
  askReason(turn, q, to);
}

export function onHandToQueue(turn: MemberTurn, [id]: [number]): void {
  askReason(turn, heldByMe(turn, id), null);
}

export function onHandOverReason(turn: MemberTurn, data: { questionId?: number; to?: number | null }, text: string): void {
  const note = text.trim();
  if (!note) throw new UserError('question-hand-over-reason');
  const q = heldByMe(turn, Number(data.questionId));
  turn.clearDialog();
  const to = data.to ?? null;
  if (to !== null) {
    const target = getPersonInOrg(turn.deps.db, turn.org.id, to);
    if (!target || target.status !== 'active') throw new UserError('question-mentor-unavailable');
  }
  releaseQuestion(turn, q, 'handed_over', note.slice(0, 500), to);
  turn.reply(turn.t('question-handed-over', { header: header(turn.deps.db, q, turn.tx) }));
}
