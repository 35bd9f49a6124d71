import { plainIsoDate } from '../kernel/dates/spoken.js';
import type { DB } from '../../db/database.js';
import type { CoreDeps } from '../kernel/deps.js';
import type { JobContext } from '../kernel/feature.js';
import type { Notifier } from '../kernel/contact/notifier.js';
import type { Texts } from '../kernel/contact/texts.js';
import { NotAllowed, StaleButton, UserError } from '../kernel/errors.js';
import { cancelJob, scheduleJob, type Job } from '../kernel/jobs/jobs.js';
import { getOrganisation } from '../kernel/organisation/organisation.js';
import { curatorsOf, getPerson, isCurator, type Person } from '../kernel/persons/person.js';
import { russianCalendar } from '../kernel/calendar/working-calendar.js';
import { withdrawNoticeAction } from './notice-actions.js';
import { getProgramme, MAX_NOTE, type Programme } from './programme.js';
import { endProgramme, isMember } from './progress.js';
import { dayStart, showDate, todayIn } from '../kernel/dates/days.js';
import { getNotice, insertNotice, markNoticeDone, markNoticeWithdrawn, runningNotice, type Notice, type NoticeSide } from './store/labour.js';

/**
 * Ending a programme early (Labour Code art. 351.8): the mentor, a mentee or the curator gives
 * notice; the programme ends when three working days (the working calendar: holidays and moved
 * days off do not count) have run out, unless the notice is withdrawn before. Everyone is told,
 * the curator too. A notice withdrawn after it ran out is refused: the programme has ended.
 */

export const NOTICE_JOB = 'programmes.notice';
export const NOTICE_WORKING_DAYS = 3;
const noticeKey = (id: number) => `${NOTICE_JOB}:${id}`;

export { getNotice, runningNotice, type Notice, type NoticeSide } from './store/labour.js';

/** The last working day of a notice given on `today` (the day of giving does not count). */
export function noticeEndsOn(today: string): string {
  return russianCalendar().addWorkingDays(today, NOTICE_WORKING_DAYS);
}

function everyoneOf(db: DB, p: Programme): number[] {
  const curators = p.curatorId !== null ? [p.curatorId] : curatorsOf(db, p.organisationId).map((c) => c.id);
  return [...new Set([...(p.mentorId !== null ? [p.mentorId] : []), ...p.menteeIds, ...curators])];
}

function calendarCaveat(tx: Texts, today: string, endsOn: string): string {
  const years = russianCalendar().uncertainYears(today, endsOn);
  return years.map((y) => tx.t(russianCalendar().coverage(y) === 'weekends' ? 'calendar-year-not-covered' : 'labour-calendar-provisional', { year: String(y) })).join('\n');
}

/** Gives notice of ending a running programme early; returns the notice. */
export function giveNotice(deps: CoreDeps, notifier: Notifier, actor: Person, programmeId: number, reason: string | null, now: number): Notice {
  const { db } = deps;
  const p = getProgramme(db, programmeId);
  if (!p || p.organisationId !== actor.organisationId) throw new UserError('programmes-not-found');
  const side: NoticeSide | null = p.mentorId === actor.id ? 'mentor' : p.menteeIds.includes(actor.id) ? 'mentee' : isCurator(actor) ? 'curator' : null;
  if (!side) throw new NotAllowed();
  if (p.status !== 'active') throw new UserError('programmes-not-running');
  const existing = runningNotice(db, p.id);
  if (existing) throw new UserError('labour-notice-exists', { id: p.id, date: showDate(existing.endsOn) });
  const org = getOrganisation(db, p.organisationId);
  const today = todayIn(org.timezone, now);
  const endsOn = noticeEndsOn(today);
  const endsAt = dayStart(endsOn, org.timezone, 1);
  const note = reason?.trim().slice(0, MAX_NOTE) || null;
  const id = insertNotice(db, { organisationId: p.organisationId, programmeId: p.id, givenBy: actor.id, side, reason: note, givenAt: now, endsOn, endsAt });
  scheduleJob(db, { organisationId: p.organisationId, kind: NOTICE_JOB, key: noticeKey(id), dueAt: endsAt, payload: { id }, now });
  for (const to of everyoneOf(db, p)) {
    const mine = to === actor.id;
    notifier.toPerson(
      to,
      (tx) => ({
        text: [
          mine
            ? tx.t('labour-notice-given-you', { id: p.id, date: plainIsoDate(tx.lang, endsOn, now, tx.zone) })
            : tx.t('labour-notice-given', { id: p.id, name: actor.fullName, actorGender: actor.gender, side: tx.t(`labour-side-${side}`), date: plainIsoDate(tx.lang, endsOn, now, tx.zone) }),
          note ? tx.t('programmes-end-note', { note }) : '',
          calendarCaveat(tx, today, endsOn),
        ]
          .filter(Boolean)
          .join('\n\n'),
        buttons: mine || (isCurator(getPerson(db, to)) && side !== 'curator') ? [[{ label: tx.t('labour-button-withdraw'), action: withdrawNoticeAction.encode(id) }]] : undefined,
      }),
      { urgency: mine ? 'reply' : 'ping', source: `programmes:${p.id}` },
    );
  }
  return getNotice(db, id)!;
}

/** The one who gave notice (or a curator) withdraws it before it runs out: the programme goes on. */
export function withdrawNotice(deps: CoreDeps, notifier: Notifier, actor: Person, noticeId: number, now: number): Notice {
  const { db } = deps;
  const n = getNotice(db, noticeId);
  if (!n || n.organisationId !== actor.organisationId) throw new StaleButton();
  if (n.givenBy !== actor.id && !isCurator(actor)) throw new NotAllowed();
  if (n.status === 'withdrawn') throw new UserError('labour-notice-already-withdrawn');
  if (n.status === 'done' || now >= n.endsAt) throw new UserError('labour-notice-ran-out', { id: n.programmeId, date: showDate(n.endsOn) });
  markNoticeWithdrawn(db, n.id, actor.id, now);
  cancelJob(db, noticeKey(n.id), now);
  const p = getProgramme(db, n.programmeId)!;
  for (const to of everyoneOf(db, p)) {
    notifier.toPerson(
      to,
      (tx) => ({ text: to === actor.id ? tx.t('labour-notice-withdrawn-you', { id: p.id }) : tx.t('labour-notice-withdrawn', { id: p.id, name: actor.fullName, actorGender: actor.gender }) }),
      { urgency: to === actor.id ? 'reply' : 'ping', source: `programmes:${p.id}` },
    );
  }
  return getNotice(db, n.id)!;
}

/** The notice ran out: the programme ends (unless it already has, another way). */
export function noticeJob(ctx: JobContext, job: Job): void {
  const { db } = ctx.deps;
  const n = getNotice(db, Number(job.payload.id));
  if (!n || n.status !== 'running') return;
  markNoticeDone(db, n.id);
  const p = getProgramme(db, n.programmeId);
  if (!p || p.status !== 'active') return;
  const giver = n.givenBy === null ? null : getPerson(db, n.givenBy);
  const actor = giver && giver.status === 'active' && (isMember(p, giver.id) || isCurator(giver)) ? giver : null;
  endProgramme(ctx.deps, ctx.notifier, actor, p.id, n.side === 'curator' ? 'curator' : 'member', ctx.now, n.reason ?? undefined);
  // endProgramme tells the members (and the curators when a member ended it); a curator who gave notice hears it here.
  if (n.side === 'curator' && giver && !isMember(p, giver.id)) {
    ctx.notifier.toPerson(giver, (tx) => ({ text: tx.t('programmes-you-ended', { id: p.id }) }), { urgency: 'ping', source: `programmes:${p.id}` });
  }
}
