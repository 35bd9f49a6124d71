import { DateTime } from 'luxon';
import type { DB } from '../../db/database.js';
import type { Button } from '../../messaging/types.js';
import type { JobContext } from '../kernel/feature.js';
import { pendingJob, scheduleJob } from '../kernel/jobs/jobs.js';
import type { Organisation, OrganisationSettings } from '../kernel/organisation/organisation.js';
import { activePersons, curatorsOf, getPerson, primaryAccounts, type Person } from '../kernel/persons/person.js';
import type { Texts } from '../kernel/contact/texts.js';
import { dueItemsOf, hasActiveProgramme, loadProgrammes, nextReminderAt, setReminder, type PlanItem, type Programme } from './programme.js';
import { overdueItemsOf } from './store/figures.js';
import { daysBetween, todayIn } from '../kernel/dates/days.js';
import { plainDate } from '../kernel/dates/spoken.js';
import { doneAction } from './actions.js';
import { shortLabelIn } from '../../messaging/labels.js';

/**
 * Plan reminders. Every open item of an active programme carries the instant of its next
 * reminder and the stage it will fire: N days before the deadline, on the day, overdue (to the
 * responsible), then escalated to the mentor and then to the curator. One durable job per
 * organisation, `programmes.sweep`, is due at the earliest of those instants; its run reads the
 * due items through one index, sends each person one message listing all their due items
 * (after downtime, stale stages collapse into the latest one), moves each item to its next
 * stage, and sets the job again for the next earliest instant. A reminder is decided when it is
 * sent: an item done before then is not reminded, and a person outside their contact hours
 * moves the item's reminder to the start of their next window.
 */

export const SWEEP_JOB = 'programmes.sweep';
export const DIGEST_JOB = 'programmes.digest';
export const sweepKey = (orgId: number) => `${SWEEP_JOB}:${orgId}`;
export const digestKey = (orgId: number) => `${DIGEST_JOB}:${orgId}`;

/** Items read per query, and the most one run handles (the next tick goes on). */
const BATCH = 2000;
const MAX_PER_RUN = 50_000;
/** Lines in one person's reminder before "and N more". */
const MAX_LINES = 15;
const MAX_BUTTONS = 5;

export type StageKind = 'before' | 'day' | 'overdue' | 'mentor' | 'curator';
export interface Stage {
  kind: StageKind;
  /** Days before the deadline (before) or after it (mentor, curator). */
  days: number;
}

export function stagesOf(settings: OrganisationSettings): Stage[] {
  const p = settings.programmes;
  const before = [...new Set(p.remindDaysBefore)].sort((a, b) => b - a).map((days) => ({ kind: 'before' as const, days }));
  return [...before, { kind: 'day', days: 0 }, { kind: 'overdue', days: 1 }, { kind: 'mentor', days: p.mentorAfterDays }, { kind: 'curator', days: p.curatorAfterDays }];
}

const timesCache = new Map<string, number[]>();

export function stageSignature(stages: Stage[]): string {
  return stages.map((s) => `${s.kind}${s.days}`).join(',');
}

/** The instant each stage fires for a deadline day, in the organisation's zone (cached). */
export function stageTimes(stages: Stage[], dueOn: string, zone: string, signature: string = stageSignature(stages)): number[] {
  const key = `${zone}|${dueOn}|${signature}`;
  let times = timesCache.get(key);
  if (!times) {
    const start = DateTime.fromISO(dueOn, { zone }).startOf('day');
    times = stages.map((s) => {
      switch (s.kind) {
        case 'before':
          return start.minus({ days: s.days }).toMillis();
        case 'day':
          return start.toMillis();
        case 'overdue':
          return start.plus({ days: 1 }).toMillis();
        default:
          return start.plus({ days: 1 + s.days }).toMillis();
      }
    });
    if (timesCache.size > 20_000) timesCache.clear();
    timesCache.set(key, times);
  }
  return times;
}

/** Plans an item's next reminder from `now` (the first stage still ahead); returns its instant or null. */
export function scheduleItemReminders(db: DB, org: Organisation, item: PlanItem, now: number): number | null {
  if (item.state !== 'open') {
    setReminder(db, item.id, item.remindStage, null);
    return null;
  }
  const stages = stagesOf(org.settings);
  const times = stageTimes(stages, item.dueOn, org.timezone);
  const next = times.findIndex((t) => t > now);
  // The stage whose day it is now (its instant is this day's midnight): an item added or started
  // today, due today or in a few days, still hears «срок сегодня» / «остался 1 день» today,
  // unless that stage was already sent.
  const current = (next < 0 ? times.length : next) - 1;
  const today = stages[current];
  if (current >= item.remindStage && today && (today.kind === 'before' || today.kind === 'day')) {
    setReminder(db, item.id, current, now);
    return now;
  }
  const at = next < 0 ? null : times[next]!;
  setReminder(db, item.id, next < 0 ? times.length : next, at);
  return at;
}

/** Makes sure the organisation's sweep runs at `at` at the latest. */
export function wakeSweep(db: DB, orgId: number, at: number, now: number): void {
  const key = sweepKey(orgId);
  const pending = pendingJob(db, key);
  if (pending && pending.dueAt <= at) return;
  scheduleJob(db, { organisationId: orgId, kind: SWEEP_JOB, key, dueAt: at, now });
}

interface Line {
  item: PlanItem;
  stage: Stage;
  programme: Programme;
}

/** The sweep job: send what is due, then set the job again for the next earliest reminder. */
export function sweepJob(ctx: JobContext): void {
  const { db } = ctx.deps;
  // Setting the same key again below moves this row; the scheduler then leaves it pending.
  runSweep(ctx);
  const next = nextReminderAt(db, ctx.org.id);
  if (next !== null) scheduleJob(db, { organisationId: ctx.org.id, kind: SWEEP_JOB, key: sweepKey(ctx.org.id), dueAt: Math.max(next, ctx.now), now: ctx.now });
}

/** Handles every due item of the organisation; returns how many reminder messages were queued. */
export function runSweep(ctx: JobContext): number {
  const { db } = ctx.deps;
  const { org, now, notifier } = ctx;
  const stages = stagesOf(org.settings);
  const signature = stageSignature(stages);
  const persons = new Map<number, Person | null>();
  const person = (id: number | null): Person | null => {
    if (id === null) return null;
    if (!persons.has(id)) {
      const p = getPerson(db, id);
      persons.set(id, p && p.status === 'active' ? p : null);
    }
    return persons.get(id)!;
  };
  // "When could they be written to now": once per person, and people with the same zone and hours share it.
  const windows = new Map<string, number>();
  const byPerson = new Map<number, number>();
  const deliveryTime = (p: Person): number => {
    let t = byPerson.get(p.id);
    if (t === undefined) {
      const key = `${p.timezone ?? ''}|${p.contactDays}|${p.contactFrom}|${p.contactTo}`;
      t = windows.get(key);
      if (t === undefined) windows.set(key, (t = notifier.deliveryTime(p, 'reminder', now)));
      byPerson.set(p.id, t);
    }
    return t;
  };
  // The stage instants of each deadline day met in this run.
  const timesByDay = new Map<string, number[]>();
  const timesOf = (dueOn: string): number[] => {
    let times = timesByDay.get(dueOn);
    if (!times) timesByDay.set(dueOn, (times = stageTimes(stages, dueOn, org.timezone, signature)));
    return times;
  };
  const programmes = new Map<number, Programme | null>();
  let fallbackCurator: Person | null | undefined;
  const curatorOf = (prog: Programme): Person | null => {
    const own = person(prog.curatorId);
    if (own && (own.roles.includes('curator') || own.roles.includes('admin'))) return own;
    if (fallbackCurator === undefined) fallbackCurator = curatorsOf(db, org.id)[0] ?? null;
    return fallbackCurator;
  };
  const buckets = new Map<number, Line[]>();

  let handled = 0;
  for (;;) {
    const items = dueItemsOf(db, org.id, now, BATCH);
    // Load this batch's programmes and people at once.
    const newProgrammes = [...new Set(items.map((i) => i.programmeId))].filter((id) => !programmes.has(id));
    if (newProgrammes.length) {
      const loaded = loadProgrammes(db, newProgrammes);
      const ids: number[] = [];
      for (const id of newProgrammes) {
        const prog = loaded.get(id) ?? null;
        programmes.set(id, prog);
        if (prog) for (const m of [prog.mentorId, prog.curatorId, ...prog.menteeIds]) if (m !== null && !persons.has(m)) ids.push(m);
      }
      const people = activePersons(db, [...new Set(ids)]);
      for (const id of ids) persons.set(id, people.get(id) ?? null);
    }
    for (const item of items) {
      handled++;
      const prog = programmes.get(item.programmeId) ?? null;
      if (!prog || prog.status !== 'active' || item.state !== 'open') {
        setReminder(db, item.id, item.remindStage, null);
        continue;
      }
      const times = timesOf(item.dueOn);
      let latest = -1;
      for (let i = item.remindStage; i < times.length; i++) if (times[i]! <= now) latest = i;
      if (latest < 0) {
        setReminder(db, item.id, item.remindStage, times[item.remindStage] ?? null);
        continue;
      }
      const stage = stages[latest]!;
      const recipients = recipientsFor(stage, item, prog, person, curatorOf);
      if (recipients.length) {
        const wait = deliveryTime(recipients[0]!);
        if (wait > now) {
          // Outside the first recipient's hours: decide again when their window opens.
          setReminder(db, item.id, item.remindStage, wait);
          continue;
        }
        for (const r of recipients) {
          let bucket = buckets.get(r.id);
          if (!bucket) buckets.set(r.id, (bucket = []));
          bucket.push({ item, stage, programme: prog });
        }
      }
      setReminder(db, item.id, latest + 1, times[latest + 1] ?? null);
    }
    if (items.length < BATCH || handled >= MAX_PER_RUN) break;
  }

  // The fixed lines of a reminder, once per language.
  const frames = new Map<string, { title: string; footer: string }>();
  const frame = (tx: Texts) => {
    let f = frames.get(tx.lang);
    if (!f) frames.set(tx.lang, (f = { title: tx.t('programmes-remind-title'), footer: tx.t('programmes-remind-footer') }));
    return f;
  };
  const recipients = [...buckets.keys()].map((id) => person(id)!);
  const today = todayIn(org.timezone, now);
  const accounts = primaryAccounts(db, recipients);
  for (const p of recipients) {
    const lines = buckets.get(p.id)!;
    notifier.toPerson(p, (tx) => reminderMessage(tx, frame(tx), p, lines, person, today), {
      urgency: 'reminder',
      source: 'programmes:reminder',
      account: accounts.get(p.id) ?? null,
    });
  }
  return buckets.size;
}

function recipientsFor(
  stage: Stage,
  item: PlanItem,
  prog: Programme,
  person: (id: number | null) => Person | null,
  curatorOf: (p: Programme) => Person | null,
): Person[] {
  const mentees = prog.menteeIds.map(person).filter((p): p is Person => p !== null);
  const mentor = person(prog.mentorId);
  let list: (Person | null)[];
  switch (stage.kind) {
    case 'mentor':
      list = item.responsible === 'mentor' ? [] : [mentor];
      break;
    case 'curator':
      list = [curatorOf(prog)];
      break;
    default:
      list = item.responsible === 'mentee' ? mentees : item.responsible === 'mentor' ? [mentor] : [...mentees, mentor];
  }
  return list.filter((p): p is Person => p !== null);
}

function names(ids: number[], person: (id: number | null) => Person | null): string {
  return ids.map((id) => person(id)?.fullName || '—').join(', ');
}

/** Midday of a calendar day in a zone: the day as a moment. */
function noon(iso: string, zone: string): number {
  return DateTime.fromISO(iso, { zone }).set({ hour: 12 }).toMillis();
}

function reminderMessage(tx: Texts, frame: { title: string; footer: string }, to: Person, lines: Line[], person: (id: number | null) => Person | null, today: string) {
  const text: string[] = [frame.title];
  const buttons: Button[][] = [];
  lines.sort((a, b) => a.item.dueAt - b.item.dueAt || a.item.id - b.item.id);
  for (const { item, stage, programme } of lines.slice(0, MAX_LINES)) {
    // The days really left (a stage may fire later than its day: started late, held for hours).
    const left = daysBetween(today, item.dueOn);
    const kind = stage.kind === 'before' && left <= 0 ? 'day' : stage.kind;
    const args = {
      title: item.title,
      // «срок сегодня, 2 декабря»; otherwise «срок в четверг, 3 декабря» (the reminder may wait for contact hours).
      date: kind === 'day' ? plainDate(tx.lang, noon(item.dueOn, tx.zone), noon(today, tx.zone), tx.zone) : tx.deadline(item.dueOn, noon(today, tx.zone), { absolute: true }),
      days: stage.kind === 'before' ? left : stage.days,
      mentees: names(programme.menteeIds, person),
      mentor: (programme.mentorId ? person(programme.mentorId)?.fullName : '') || 'none',
    };
    text.push(`• ${tx.t(`programmes-remind-${kind}`, args)}`);
    const ownsIt =
      (item.responsible !== 'mentor' && programme.menteeIds.includes(to.id)) || (item.responsible !== 'mentee' && programme.mentorId === to.id);
    if (ownsIt && stage.kind !== 'mentor' && stage.kind !== 'curator' && buttons.length < MAX_BUTTONS) {
      buttons.push([{ label: shortLabelIn((title) => tx.t('programmes-button-done', { title }), item.title), action: doneAction.encode(item.id) }]);
    }
  }
  if (lines.length > MAX_LINES) text.push(tx.t('programmes-remind-more', { count: lines.length - MAX_LINES }));
  text.push('', frame.footer);
  return { text: text.join('\n'), buttons };
}

/** Monday 09:00 after `now` in the organisation's zone. */
function nextMonday(org: Organisation, now: number): number {
  const local = DateTime.fromMillis(now, { zone: org.timezone });
  let d = local.startOf('week').set({ hour: 9 });
  if (d.toMillis() <= now) d = d.plus({ weeks: 1 });
  return d.toMillis();
}

/** Makes sure the weekly digest to curators is planned. */
export function ensureDigest(db: DB, org: Organisation, now: number): void {
  const key = digestKey(org.id);
  if (pendingJob(db, key)) return;
  scheduleJob(db, { organisationId: org.id, kind: DIGEST_JOB, key, dueAt: nextMonday(org, now), now });
}

/** The weekly digest: overdue items by pair, to every curator; then the next Monday. */
export function digestJob(ctx: JobContext): void {
  const { db } = ctx.deps;
  const { org, now } = ctx;
  const rows = overdueItemsOf(db, org.id, todayIn(org.timezone, now));
  if (rows.length) {
    const shown = loadProgrammes(db, rows.slice(0, MAX_LINES * 2).map((r) => r.programmeId));
    const people = activePersons(db, [...shown.values()].flatMap((p) => [...(p.mentorId !== null ? [p.mentorId] : []), ...p.menteeIds]));
    const name = (id: number | null) => (id !== null && people.get(id)?.fullName) || '—';
    // A pair whose mentor left or was forgotten says so («без наставника»), not «— →».
    const mentorOf = (id: number | null) => (id !== null && people.get(id)?.fullName) || 'none';
    for (const curator of curatorsOf(db, org.id)) {
      ctx.notifier.toPerson(
        curator,
        (tx) => ({
          text: [
            tx.t('programmes-digest-title', { count: rows.length }),
            ...rows.slice(0, MAX_LINES * 2).map(({ programmeId: id, overdue }) =>
              tx.t('programmes-digest-line', { id, mentor: mentorOf(shown.get(id)?.mentorId ?? null), mentees: (shown.get(id)?.menteeIds ?? []).map(name).join(', '), overdue }),
            ),
            ...(rows.length > MAX_LINES * 2 ? [tx.t('programmes-remind-more', { count: rows.length - MAX_LINES * 2 })] : []),
          ].join('\n'),
        }),
        { urgency: 'bulk', source: 'programmes:digest' },
      );
    }
  }
  if (hasActiveProgramme(db, org.id)) scheduleJob(db, { organisationId: org.id, kind: DIGEST_JOB, key: digestKey(org.id), dueAt: nextMonday(org, now), now });
}
