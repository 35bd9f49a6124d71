import { DAY } from '../../clock.js';
import type { JobContext } from '../kernel/feature.js';
import { cancelJob, scheduleJob } from '../kernel/jobs/jobs.js';
import { conversationButtons, header } from './messages.js';
import { getQuestion, logEvent, sourceOf, type Question } from './question.js';

/**
 * A conversation gone quiet: after `idleNudgeDays` both sides are asked whether it is solved;
 * after `idleCloseDays` it closes with a note. Every relayed message moves the job forward.
 */

export const IDLE_JOB = 'question.idle';
export const idleJobKey = (questionId: number, step: 'nudge' | 'close') => `question:${questionId}:idle:${step}`;

export function scheduleIdle(ctx: JobContext, q: Question): void {
  const s = ctx.org.settings.questions;
  cancelJob(ctx.deps.db, idleJobKey(q.id, 'close'), ctx.now);
  scheduleJob(ctx.deps.db, {
    organisationId: ctx.org.id,
    kind: IDLE_JOB,
    key: idleJobKey(q.id, 'nudge'),
    dueAt: ctx.now + s.idleNudgeDays * DAY,
    payload: { questionId: q.id, step: 'nudge', since: ctx.now },
    now: ctx.now,
  });
}

export function onIdleJob(ctx: JobContext, payload: Record<string, unknown>, close: (ctx: JobContext, q: Question) => void): void {
  const { db } = ctx.deps;
  const q = getQuestion(db, Number(payload.questionId));
  if (!q || q.status !== 'taken' || q.organisationId !== ctx.org.id) return;
  if (q.lastActivityAt > Number(payload.since)) return;
  if (payload.step === 'nudge') {
    const s = ctx.org.settings.questions;
    logEvent(db, q.id, ctx.now, 'nudged');
    for (const [id, forMentor] of [[q.askerId, false], [q.mentorId!, true]] as const) {
      ctx.notifier.toPerson(
        id,
        (tx) => ({ text: tx.t('question-idle-nudge', { header: header(db, q, tx), days: s.idleNudgeDays }), buttons: conversationButtons(q, tx, forMentor) }),
        { urgency: 'reminder', source: sourceOf(q.id) },
      );
    }
    scheduleJob(db, {
      organisationId: ctx.org.id,
      kind: IDLE_JOB,
      key: idleJobKey(q.id, 'close'),
      dueAt: ctx.now + Math.max(1, s.idleCloseDays - s.idleNudgeDays) * DAY,
      payload: { questionId: q.id, step: 'close', since: q.lastActivityAt },
      now: ctx.now,
    });
    return;
  }
  close(ctx, q);
}
