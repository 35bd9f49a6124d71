import type { JobContext } from '../kernel/feature.js';
import type { OutgoingMessage } from '../../messaging/types.js';
import type { Texts } from '../kernel/contact/texts.js';
import { cancelJobsByPrefix, scheduleJob } from '../kernel/jobs/jobs.js';
import { MINUTE } from '../../clock.js';
import { pickCandidates } from './candidates.js';
import { escalate, type EscalationReason } from './escalation.js';
import { offerMessage } from './messages.js';
import { getQuestion, logEvent, offerKey, offersOf, openOffers, recordOffer, setStatus, sourceOf, type Question } from './question.js';

/**
 * Routing a question: offer it to a wave of available competent mentors at once; when nobody
 * takes it within the wave timeout, to the next wave; after the last wave, or at once when
 * nobody is competent at all, escalate to the curators. When candidates exist but none is within
 * contact hours now, the question waits for the first one's hours as a durable job row.
 */

export const ROUTE_JOB = 'question.route';
/** One key per wave: a job cannot move its own pending row (it is marked done after the handler). */
export const routeJobKey = (questionId: number, wave: number) => `question:${questionId}:route:${wave}`;
export const routeJobsPrefix = (questionId: number) => `question:${questionId}:route:`;

export type RouteOutcome =
  | { kind: 'offered'; count: number }
  | { kind: 'queued'; at: number }
  | { kind: 'escalated'; reason: EscalationReason };

/** Why a question that was offered goes to the curators: everyone offered said «Не могу», or time ran out. */
function exhaustedReason(db: JobContext['deps']['db'], questionId: number): EscalationReason {
  const offers = offersOf(db, questionId);
  return offers.length > 0 && offers.every((o) => o.answer === 'declined' || o.answer === 'withdrawn') ? 'declined' : 'no_answer';
}

export function routeQuestion(ctx: JobContext, question: Question): RouteOutcome {
  const { db } = ctx.deps;
  const settings = ctx.org.settings.questions;
  const now = ctx.now;
  const picked = pickCandidates(
    db,
    {
      orgId: ctx.org.id,
      orgZone: ctx.org.timezone,
      topicId: question.topicId,
      askerId: question.askerId,
      questionId: question.id,
      cap: settings.openQuestionCap,
      now,
    },
    settings.waveSize,
  );
  const alreadyOffered = question.wave > 0 || openOffers(db, question.id).length > 0;
  if (!picked.any) {
    const reason = alreadyOffered ? exhaustedReason(db, question.id) : 'no_candidates';
    escalate(ctx, question, reason);
    return { kind: 'escalated', reason };
  }
  if (!picked.available.length) {
    if (alreadyOffered && openOffers(db, question.id).length > 0) {
      escalate(ctx, question, 'no_answer');
      return { kind: 'escalated', reason: 'no_answer' };
    }
    const at = picked.firstWindow ?? now + 60 * MINUTE;
    setStatus(db, question.id, 'waiting', question.wave);
    // Its own key (with the time): a route job that queues again must not move its own pending row.
    scheduleJob(db, { organisationId: ctx.org.id, kind: ROUTE_JOB, key: `${routeJobKey(question.id, question.wave)}:at${at}`, dueAt: at, payload: { questionId: question.id, wave: question.wave }, now });
    logEvent(db, question.id, now, 'queued', null, String(at));
    return { kind: 'queued', at };
  }
  const wave = question.wave + 1;
  if (wave > settings.maxWaves) {
    const reason = exhaustedReason(db, question.id);
    escalate(ctx, question, reason);
    return { kind: 'escalated', reason };
  }
  const chosen = picked.available;
  setStatus(db, question.id, question.status === 'escalated' ? 'escalated' : 'offered', wave);
  const fresh = { ...question, wave };
  // One offer text per language, however many mentors get it.
  const texts = new Map<string, OutgoingMessage>();
  const build = (tx: Texts) => texts.get(tx.lang) ?? texts.set(tx.lang, offerMessage(db, fresh, tx)).get(tx.lang)!;
  for (const c of chosen) {
    recordOffer(db, question.id, c.id, wave, now);
    ctx.notifier.toPerson(c.id, build, { urgency: 'ping', key: offerKey(question.id), source: sourceOf(question.id) });
  }
  const minutes = question.urgent ? settings.urgentWaveTimeoutMinutes : settings.waveTimeoutMinutes;
  scheduleJob(db, {
    organisationId: ctx.org.id,
    kind: ROUTE_JOB,
    key: routeJobKey(question.id, wave),
    dueAt: now + minutes * MINUTE,
    payload: { questionId: question.id, wave },
    now,
  });
  return { kind: 'offered', count: chosen.length };
}

/** The route job: a wave timed out, or a queued question's first candidate's hours began. */
export function onRouteJob(ctx: JobContext, payload: Record<string, unknown>): void {
  const q = getQuestion(ctx.deps.db, Number(payload.questionId));
  if (!q || q.organisationId !== ctx.org.id) return;
  // Taken, closed, or already moved on to another wave: nothing to do (a restart offers nothing twice).
  if ((q.status !== 'offered' && q.status !== 'waiting') || q.wave !== Number(payload.wave)) return;
  if (q.status === 'waiting') setStatus(ctx.deps.db, q.id, 'offered', q.wave);
  routeQuestion(ctx, { ...q, status: 'offered' });
}

/**
 * Everyone offered declined: the next wave goes now rather than at the timeout. Says what became
 * of the question: still with others ('others'), offered or queued for others, or with the curators.
 */
export function routeOnIfAllDeclined(ctx: JobContext, q: Question): RouteOutcome | { kind: 'others' } | { kind: 'curators' } | null {
  if (q.status === 'escalated') {
    if (openOffers(ctx.deps.db, q.id).length === 0) cancelJobsByPrefix(ctx.deps.db, routeJobsPrefix(q.id), ctx.now);
    return { kind: 'curators' };
  }
  if (q.status !== 'offered') return null;
  if (openOffers(ctx.deps.db, q.id).length > 0) return { kind: 'others' };
  cancelJobsByPrefix(ctx.deps.db, routeJobsPrefix(q.id), ctx.now);
  return routeQuestion(ctx, q);
}
