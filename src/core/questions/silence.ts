import { DateTime } from 'luxon';
import type { OutgoingMessage } from '../../messaging/types.js';
import type { JobContext } from '../kernel/feature.js';
import { scheduleJob } from '../kernel/jobs/jobs.js';
import { russianCalendar } from '../kernel/calendar/working-calendar.js';
import { curatorsOf } from '../kernel/persons/person.js';
import { remindAction } from './actions.js';
import { header, personName } from './messages.js';
import { getQuestion, logEvent, sourceOf, type Question } from './question.js';

/**
 * A question taken and then silent: if the mentor has written nothing a working day after taking
 * it, the curators hear of it (within their hours) with a button to remind her. A job per
 * question, cancelled with the question's other jobs when it closes or is handed over.
 */

export const SILENT_JOB = 'question.silent';
export const silentJobKey = (questionId: number) => `question:${questionId}:silent`;

/** The same wall-clock time one working day later, in the organisation's zone. */
export function oneWorkingDayLater(at: number, zone: string): number {
  const local = DateTime.fromMillis(at, { zone });
  const day = russianCalendar().addWorkingDays(local.toISODate()!, 1);
  const [y, m, d] = day.split('-').map(Number);
  return local.set({ year: y!, month: m!, day: d! }).toMillis();
}

/** Watches a question just taken: if the mentor writes nothing for a working day, the curator hears of it. */
export function scheduleSilenceWatch(ctx: JobContext, q: Question): void {
  scheduleJob(ctx.deps.db, {
    organisationId: ctx.org.id,
    kind: SILENT_JOB,
    key: silentJobKey(q.id),
    dueAt: oneWorkingDayLater(ctx.now, ctx.org.timezone),
    payload: { questionId: q.id, mentorId: q.mentorId },
    now: ctx.now,
  });
}

export function onSilentJob(ctx: JobContext, payload: Record<string, unknown>): void {
  const { db } = ctx.deps;
  const q = getQuestion(db, Number(payload.questionId));
  if (!q || q.organisationId !== ctx.org.id || q.status !== 'taken' || q.mentorId !== Number(payload.mentorId)) return;
  if (q.firstAnswerAt !== null) return;
  logEvent(db, q.id, ctx.now, 'silent');
  const mentorId = q.mentorId;
  for (const curator of curatorsOf(db, ctx.org.id)) {
    if (curator.id === mentorId || curator.id === q.askerId) continue;
    ctx.notifier.toPerson(
      curator,
      (tx): OutgoingMessage => ({
        text: tx.t('question-silent-curator', { header: header(db, q, tx), mentor: personName(db, mentorId, tx), asker: personName(db, q.askerId, tx), since: tx.when(q.takenAt ?? q.createdAt, ctx.now, { absolute: true }) }),
        buttons: [[{ label: tx.t('question-remind'), action: remindAction.encode(q.id) }]],
      }),
      { urgency: 'reminder', source: sourceOf(q.id) },
    );
  }
}

