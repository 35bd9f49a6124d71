import { DateTime } from 'luxon';
import { HOUR } from '../../clock.js';
import type { Texts } from '../kernel/contact/texts.js';
import type { JobContext } from '../kernel/feature.js';
import { cancelJob, cancelJobsByPrefix, scheduleJob, type Job } from '../kernel/jobs/jobs.js';
import { curatorsOf, getPersonInOrg, type Person } from '../kernel/persons/person.js';
import { participantsText } from './summary.js';
import { leaveButton, rateAction, attendanceAction } from './buttons.js';
import { sessionText } from './session-text.js';
import { endOf, getSession, participantsInState, setAttended, type Session } from './session.js';
import type { SessionCtx } from './sign-up.js';
import { shortLabel } from '../../messaging/labels.js';

/**
 * A session's durable time: a reminder 24 hours before (waits for each person's contact hours,
 * and is skipped when those hours would bring it too close to the start), one an hour before
 * (the person asked for this time: it cuts through quiet hours), and the end (attendance for
 * the host, feedback from participants). Jobs are rows keyed by session; each carries the start
 * it was planned for, so a job of an old time never fires for a new one.
 */

export const REMIND_JOB = 'session.remind';
export const END_JOB = 'session.end';
export const SUMMARY_JOB = 'session.summary';
/** The host and the curator get the feedback summary this long after the end. */
export const SUMMARY_DELAY = 24 * HOUR;

export const jobPrefix = (sessionId: number) => `session:${sessionId}:`;

export function scheduleSessionJobs(ctx: SessionCtx, session: Session): void {
  const { db } = ctx.deps;
  const base = { organisationId: session.organisationId, now: ctx.now };
  const payload = { sessionId: session.id, startsAt: session.startsAt };
  for (const lead of [24, 1]) {
    const dueAt = session.startsAt - lead * HOUR;
    const key = `${jobPrefix(session.id)}remind${lead}`;
    // Scheduling again (a move) moves the pending row with this key; a moment already past has no reminder.
    if (dueAt > ctx.now) scheduleJob(db, { ...base, kind: REMIND_JOB, key, dueAt, payload: { ...payload, lead } });
    else cancelJob(db, key, ctx.now);
  }
  scheduleJob(db, { ...base, kind: END_JOB, key: `${jobPrefix(session.id)}end`, dueAt: endOf(session), payload });
  scheduleJob(db, { ...base, kind: SUMMARY_JOB, key: `${jobPrefix(session.id)}summary`, dueAt: endOf(session) + SUMMARY_DELAY, payload });
}

export function cancelSessionJobs(ctx: SessionCtx, sessionId: number): void {
  cancelJobsByPrefix(ctx.deps.db, jobPrefix(sessionId), ctx.now);
}

/** The session a job is about, if it still stands at the time the job was planned for. */
function sessionOfJob(ctx: JobContext, job: Job): Session | null {
  const session = getSession(ctx.deps.db, ctx.org.id, Number(job.payload.sessionId));
  if (!session || session.status !== 'scheduled' || session.startsAt !== job.payload.startsAt) return null;
  return session;
}

function seated(ctx: JobContext, session: Session): Person[] {
  return participantsInState(ctx.deps.db, session.id, 'seat')
    .map((p) => getPersonInOrg(ctx.deps.db, ctx.org.id, p.personId))
    .filter((p): p is Person => p !== null && p.status === 'active');
}

/** "3 декабря в 15:00" / "3 December at 15:00", in the reader's zone. */
export function longWhen(tx: Texts, ms: number): string {
  const d = DateTime.fromMillis(ms, { zone: tx.zone }).setLocale(tx.lang === 'en' ? 'en-GB' : 'ru-RU');
  return tx.t('session-when-long', { date: d.toFormat('d MMMM'), time: d.toFormat('H:mm') });
}

export function remind(ctx: JobContext, job: Job): void {
  const session = sessionOfJob(ctx, job);
  if (!session) return;
  const lead = Number(job.payload.lead);
  // After downtime: a reminder whose moment has passed is not worth sending.
  if (lead === 24 && ctx.now >= session.startsAt - 2 * HOUR) return;
  if (lead === 1 && ctx.now >= session.startsAt) return;
  const host = session.organiserId ? getPersonInOrg(ctx.deps.db, ctx.org.id, session.organiserId) : null;
  const people = seated(ctx, session);
  if (host && host.status === 'active') people.push(host);
  for (const person of people) {
    const isHost = person.id === session.organiserId;
    if (lead === 24) {
      // Outside contact hours it waits; if the wait runs too close to the start, the hour-before reminder will do.
      if (ctx.notifier.deliveryTime(person, 'reminder', ctx.now) > session.startsAt - 2 * HOUR) continue;
    }
    ctx.notifier.toPerson(
      person,
      (tx) => ({
        // Said in absolute terms: the day reminder may wait for contact hours, and «завтра» would then be wrong.
        text: `${tx.t(lead === 24 ? 'session-remind-day' : 'session-remind-hour', { when: longWhen(tx, session.startsAt), time: tx.time(session.startsAt) })}\n\n${sessionText(ctx.deps, session, tx)}`,
        buttons: isHost ? [] : [[leaveButton(tx, session.id)]],
      }),
      { urgency: lead === 24 ? 'reminder' : 'asked', source: `session:${session.id}` },
    );
  }
}

/** The session is over: the host marks who came; participants are asked for feedback. */
export function sessionEnded(ctx: JobContext, job: Job): void {
  const session = sessionOfJob(ctx, job);
  if (!session) return;
  const people = seated(ctx, session);
  for (const person of people) {
    setAttended(ctx.deps.db, session.id, person.id, true);
    ctx.notifier.toPerson(
      person,
      (tx) => ({
        text: tx.t('session-feedback-ask', { title: session.title }),
        buttons: [[1, 2, 3, 4, 5].map((n) => ({ label: String(n), action: rateAction.encode(session.id, n) }))],
      }),
      { urgency: 'ping', key: `session-rate-${session.id}`, source: `session:${session.id}` },
    );
  }
  const host = session.organiserId ? getPersonInOrg(ctx.deps.db, ctx.org.id, session.organiserId) : null;
  if (host && host.status === 'active' && people.length) {
    ctx.notifier.toPerson(host, (tx) => attendanceMessage(ctx, session, tx.t('session-attendance-ask', { title: session.title }), tx.t), {
      urgency: 'ping',
      key: `session-attendance-${session.id}`,
      source: `session:${session.id}`,
    });
  }
}

/** A day after the end: the host and the curators read who came and what participants said. */
export function sendSummary(ctx: JobContext, job: Job): void {
  const session = sessionOfJob(ctx, job);
  if (!session) return;
  if (participantsInState(ctx.deps.db, session.id, 'seat').length === 0) return;
  const readers = new Map<number, Person>();
  const host = session.organiserId ? getPersonInOrg(ctx.deps.db, ctx.org.id, session.organiserId) : null;
  if (host && host.status === 'active') readers.set(host.id, host);
  for (const c of curatorsOf(ctx.deps.db, ctx.org.id)) readers.set(c.id, c);
  for (const reader of readers.values()) {
    ctx.notifier.toPerson(reader, (tx) => ({ text: `${tx.t('session-summary-intro')}\n\n${participantsText(ctx.deps, session, tx)}` }), {
      urgency: 'bulk',
      source: `session:${session.id}`,
    });
  }
}

/** The host's attendance list: one button per participant, pressing toggles came / did not come. */
export function attendanceMessage(ctx: Pick<SessionCtx, 'deps' | 'org'>, session: Session, header: string, t: (k: string) => string) {
  const rows = participantsInState(ctx.deps.db, session.id, 'seat');
  return {
    text: header,
    buttons: rows.map((p) => {
      const person = getPersonInOrg(ctx.deps.db, ctx.org.id, p.personId);
      const name = person?.fullName || t('session-organiser-unknown');
      return [{ label: shortLabel(`${p.attended === false ? '❌' : '✅'} ${name}`), action: attendanceAction.encode(session.id, p.personId) }];
    }),
  };
}
