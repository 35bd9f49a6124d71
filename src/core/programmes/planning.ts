import type { CoreDeps } from '../kernel/deps.js';
import { StaleButton, UserError } from '../kernel/errors.js';
import { getPersonInOrg } from '../kernel/persons/person.js';
import { getOrganisation } from '../kernel/organisation/organisation.js';
import { dayStart, isIsoDate, todayIn } from '../kernel/dates/days.js';
import { ensureDigest, scheduleItemReminders, wakeSweep } from './reminders.js';
import {
  getItem,
  getProgramme,
  insertItem,
  insertMember,
  insertProgramme,
  itemsOf,
  markProgrammeActive,
  MAX_NOTE,
  PROGRAMME_KINDS,
  MAX_TITLE,
  RESPONSIBLE,
  type PlanItem,
  type Programme,
  type ProgrammeKind,
  type Responsible,
} from './programme.js';

/**
 * Planning: a programme created, activated, an item added — the steps that both write the store
 * (store/, re-exported by programme.ts) and plan the reminders (reminders.ts), above them both.
 */

export interface NewProgramme {
  orgId: number;
  kind: ProgrammeKind;
  mentorId: number;
  menteeIds: number[];
  /** ISO dates (YYYY-MM-DD) in the organisation's zone. */
  startsOn: string;
  endsOn: string;
  curatorId: number | null;
  title?: string;
  goals?: string;
  agreement?: Record<string, string>;
  template?: string | null;
  /** Every member has already agreed (the demo, the bench, an imported order): active at once. */
  confirmed?: boolean;
  now: number;
}

/** Creates a programme (proposed, or active when `confirmed`); refuses impossible ones. */
export function createProgramme(deps: CoreDeps, p: NewProgramme): Programme {
  const { db } = deps;
  if (!(PROGRAMME_KINDS as readonly string[]).includes(p.kind)) throw new UserError('programmes-bad-kind');
  if (!isIsoDate(p.startsOn) || !isIsoDate(p.endsOn) || p.endsOn < p.startsOn) throw new UserError('programmes-bad-term');
  const mentees = [...new Set(p.menteeIds)];
  if (!mentees.length) throw new UserError('programmes-no-mentee');
  if (mentees.includes(p.mentorId)) throw new UserError('programmes-mentor-is-mentee');
  for (const id of [p.mentorId, ...mentees]) {
    const person = getPersonInOrg(db, p.orgId, id);
    if (!person || person.status !== 'active') throw new UserError('programmes-person-not-active');
  }
  const id = insertProgramme(db, {
    orgId: p.orgId,
    kind: p.kind,
    title: (p.title ?? '').slice(0, MAX_TITLE),
    goals: (p.goals ?? '').slice(0, MAX_NOTE),
    agreement: p.agreement ?? {},
    template: p.template ?? null,
    startsOn: p.startsOn,
    endsOn: p.endsOn,
    curatorId: p.curatorId,
    now: p.now,
  });
  const confirmedAt = p.confirmed ? p.now : null;
  insertMember(db, id, p.mentorId, 'mentor', confirmedAt);
  for (const m of mentees) insertMember(db, id, m, 'mentee', confirmedAt);
  if (p.confirmed) activateProgramme(deps, id, p.now);
  return getProgramme(db, id)!;
}

/** Every member agreed: the programme runs and its reminders are planned. */
export function activateProgramme(deps: CoreDeps, programmeId: number, now: number): void {
  const { db } = deps;
  markProgrammeActive(db, programmeId, now);
  const programme = getProgramme(db, programmeId)!;
  const org = getOrganisation(db, programme.organisationId);
  let earliest: number | null = null;
  for (const item of itemsOf(db, programmeId)) {
    const at = scheduleItemReminders(db, org, item, now);
    if (at !== null && (earliest === null || at < earliest)) earliest = at;
  }
  if (earliest !== null) wakeSweep(db, org.id, earliest, now);
  ensureDigest(db, org, now);
}

export interface NewItem {
  programmeId: number;
  title: string;
  /** ISO date in the organisation's zone. */
  dueOn: string;
  responsible: Responsible;
  description?: string;
  createdBy?: number | null;
  /** Allow a deadline already past (items of a template applied late, the demo's history). */
  allowPast?: boolean;
  now: number;
}

/** Adds an item to a plan; a deadline must be a real date within the programme's term and not past. */
export function addItem(deps: CoreDeps, n: NewItem): PlanItem {
  const { db } = deps;
  const programme = getProgramme(db, n.programmeId);
  if (!programme || programme.status === 'ended' || programme.status === 'declined') throw new UserError('programmes-not-running');
  const title = n.title.trim();
  if (!title) throw new UserError('programmes-item-no-title');
  if (title.length > MAX_TITLE) throw new UserError('programmes-item-title-long', { max: MAX_TITLE });
  if (!(RESPONSIBLE as readonly string[]).includes(n.responsible)) throw new StaleButton();
  if (!isIsoDate(n.dueOn)) throw new UserError('programmes-date-impossible');
  if (n.dueOn < programme.startsOn || n.dueOn > programme.endsOn) {
    throw new UserError('programmes-date-outside', { from: programme.startsOn, to: programme.endsOn });
  }
  const org = getOrganisation(db, programme.organisationId);
  if (!n.allowPast && n.dueOn < todayIn(org.timezone, n.now)) throw new UserError('programmes-date-past');
  const itemId = insertItem(db, {
    orgId: programme.organisationId,
    programmeId: programme.id,
    title,
    description: (n.description ?? '').slice(0, MAX_NOTE),
    responsible: n.responsible,
    dueOn: n.dueOn,
    dueAt: dayStart(n.dueOn, org.timezone),
    createdBy: n.createdBy ?? null,
    now: n.now,
  });
  const item = getItem(db, itemId)!;
  if (programme.status === 'active') {
    const at = scheduleItemReminders(db, org, item, n.now);
    if (at !== null) wakeSweep(db, org.id, at, n.now);
    return getItem(db, item.id)!;
  }
  return item;
}

