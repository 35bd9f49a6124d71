import type { FileRef } from '../../messaging/types.js';
import type { CoreDeps } from '../kernel/deps.js';
import type { Notifier } from '../kernel/contact/notifier.js';
import { NotAllowed, UserError } from '../kernel/errors.js';
import { getOrganisation } from '../kernel/organisation/organisation.js';
import { curatorsOf, getPerson, isCurator, type Person } from '../kernel/persons/person.js';
import { confirmAction, rateAction, returnAction, showAction } from './actions.js';
import {
  confirmMember,
  getItem,
  getProgramme,
  markItemConfirmed,
  markItemReported,
  markProgrammeDeclined,
  markProgrammeEnded,
  MAX_NOTE,
  membersOf,
  recordEvent,
  reopenItem,
  stopProgrammeReminders,
  type PlanItem,
  type Programme,
} from './programme.js';
import { activateProgramme } from './planning.js';
import { scheduleItemReminders, wakeSweep } from './reminders.js';
import { recordConsent } from './labour-record.js';

/**
 * What people do with a running programme: agree to take part, report an item done (with a
 * comment and a file as evidence), the mentor confirms it or returns it with a remark, and the
 * programme ends. Each checks that this person may do this to this object now.
 */

export function isMember(p: Programme, personId: number): boolean {
  return p.mentorId === personId || p.menteeIds.includes(personId);
}

/** A member, or a curator of the same organisation. */
export function canSee(p: Programme, person: Person): boolean {
  return person.organisationId === p.organisationId && (isMember(p, person.id) || isCurator(person));
}

function itemAndProgramme(deps: CoreDeps, actor: Person, itemId: number): { item: PlanItem; programme: Programme } {
  const item = getItem(deps.db, itemId);
  const programme = item ? getProgramme(deps.db, item.programmeId) : null;
  if (!item || !programme || programme.organisationId !== actor.organisationId || item.state === 'archived') throw new UserError('programmes-item-not-found');
  if (!canSee(programme, actor)) throw new NotAllowed();
  return { item, programme };
}

function personName(deps: CoreDeps, id: number | null): string {
  return (id !== null && getPerson(deps.db, id)?.fullName) || '—';
}

/** Who may report this item done: its responsible side. */
export function mayReport(item: PlanItem, programme: Programme, personId: number): boolean {
  if (item.responsible !== 'mentor' && programme.menteeIds.includes(personId)) return true;
  if (item.responsible !== 'mentee' && programme.mentorId === personId) return true;
  return false;
}

/** Checks that `actor` may report this item now (before asking for a comment). */
export function checkReport(deps: CoreDeps, actor: Person, itemId: number): { item: PlanItem; programme: Programme } {
  const found = itemAndProgramme(deps, actor, itemId);
  if (!mayReport(found.item, found.programme, actor.id)) throw new NotAllowed();
  if (found.programme.status !== 'active') throw new UserError('programmes-not-running');
  if (found.item.state !== 'open') throw new UserError('programmes-item-not-open');
  return found;
}

/**
 * The responsible person reports an item done. A mentee's report waits for the mentor's
 * confirmation; the mentor's own item is done at once. Reminders of the item stop.
 */
export function reportItem(
  deps: CoreDeps,
  notifier: Notifier,
  actor: Person,
  itemId: number,
  opts: { comment?: string; evidence?: FileRef; now: number },
): PlanItem {
  const { item, programme } = checkReport(deps, actor, itemId);
  const comment = opts.comment?.trim().slice(0, MAX_NOTE) || null;
  const byMentor = programme.mentorId === actor.id;
  markItemReported(deps.db, item.id, {
    state: byMentor ? 'done' : 'reported',
    at: opts.now,
    by: actor.id,
    comment,
    evidence: opts.evidence ?? null,
    confirmedAt: byMentor ? opts.now : null,
  });
  recordEvent(deps.db, item.id, actor.id, byMentor ? 'done' : 'reported', comment, opts.now);
  // The mentor checks a mentee's report; a mentor who has left the school is not written to: the
  // curators check it instead (they may confirm or return it too) until a new mentor is named.
  const mentor = !byMentor && programme.mentorId !== null ? getPerson(deps.db, programme.mentorId) : null;
  const checkers =
    mentor && mentor.status === 'active'
      ? [mentor.id]
      : !byMentor
        ? (programme.curatorId !== null && getPerson(deps.db, programme.curatorId)?.status === 'active'
            ? [programme.curatorId]
            : curatorsOf(deps.db, programme.organisationId).map((c) => c.id))
        : [];
  for (const checker of checkers) {
    notifier.toPerson(
      checker,
      (tx) => ({
        text: tx.t('programmes-reported-to-mentor', {
          name: actor.fullName, actorGender: actor.gender,
          title: item.title,
          date: tx.deadline(item.dueOn, opts.now, { absolute: true }),
          comment: comment ?? 'none',
        }),
        buttons: [
          [
            { label: tx.t('programmes-button-confirm'), action: confirmAction.encode(item.id), style: 'positive' },
            { label: tx.t('programmes-button-return'), action: returnAction.encode(item.id) },
          ],
        ],
        file: opts.evidence
          ? { kind: opts.evidence.kind, name: opts.evidence.name ?? 'evidence', mime: opts.evidence.mime, source: { type: 'platform', ref: opts.evidence } }
          : undefined,
      }),
      { urgency: 'ping', source: `programmes:item:${item.id}` },
    );
  }
  return getItem(deps.db, item.id)!;
}

function checkMentorDecision(deps: CoreDeps, actor: Person, itemId: number): { item: PlanItem; programme: Programme } {
  const found = itemAndProgramme(deps, actor, itemId);
  if (found.programme.mentorId !== actor.id && !isCurator(actor)) throw new NotAllowed();
  if (found.item.state !== 'reported') throw new UserError('programmes-item-not-reported');
  return found;
}

/** The mentor (or a curator) confirms a reported item. */
export function confirmItem(deps: CoreDeps, notifier: Notifier, actor: Person, itemId: number, now: number): PlanItem {
  const { item, programme } = checkMentorDecision(deps, actor, itemId);
  markItemConfirmed(deps.db, item.id, now);
  recordEvent(deps.db, item.id, actor.id, 'confirmed', null, now);
  for (const id of programme.menteeIds) {
    notifier.toPerson(id, (tx) => ({ text: tx.t('programmes-confirmed-to-mentee', { title: item.title, name: actor.fullName, actorGender: actor.gender }) }), {
      urgency: 'ping',
      source: `programmes:item:${item.id}`,
    });
  }
  return getItem(deps.db, item.id)!;
}

/** Checks that `actor` may return this item (before asking for the remark). */
export function checkReturn(deps: CoreDeps, actor: Person, itemId: number): PlanItem {
  return checkMentorDecision(deps, actor, itemId).item;
}

/** The mentor returns a reported item with a remark: it is open again and its reminders resume. */
export function returnItem(deps: CoreDeps, notifier: Notifier, actor: Person, itemId: number, remark: string, now: number): PlanItem {
  const { item, programme } = checkMentorDecision(deps, actor, itemId);
  const note = remark.trim().slice(0, MAX_NOTE);
  if (!note) throw new UserError('programmes-remark-empty');
  reopenItem(deps.db, item.id, note);
  recordEvent(deps.db, item.id, actor.id, 'returned', note, now);
  const org = getOrganisation(deps.db, programme.organisationId);
  const reopened = getItem(deps.db, item.id)!;
  const at = scheduleItemReminders(deps.db, org, reopened, now);
  if (at !== null) wakeSweep(deps.db, org.id, at, now);
  const to = item.reportedBy !== null && programme.menteeIds.includes(item.reportedBy) ? [item.reportedBy] : programme.menteeIds;
  for (const id of to) {
    notifier.toPerson(id, (tx) => ({ text: tx.t('programmes-returned-to-mentee', { title: item.title, name: actor.fullName, actorGender: actor.gender, remark: note }) }), {
      urgency: 'ping',
      source: `programmes:item:${item.id}`,
    });
  }
  return getItem(deps.db, item.id)!;
}

/** A member agrees to take part or declines; the last agreement starts the programme. */
export function answerInvitation(deps: CoreDeps, notifier: Notifier, actor: Person, programmeId: number, yes: boolean, now: number): Programme {
  const { db } = deps;
  const programme = getProgramme(db, programmeId);
  if (!programme || programme.organisationId !== actor.organisationId || !isMember(programme, actor.id)) throw new UserError('programmes-not-found');
  if (programme.status !== 'proposed') throw new UserError('programmes-already-answered');
  const me = membersOf(db, programmeId).find((m) => m.personId === actor.id)!;
  if (me.confirmedAt !== null) throw new UserError('programmes-already-answered');
  const everyone = [programme.mentorId!, ...programme.menteeIds];
  const curators = programme.curatorId !== null ? [programme.curatorId] : curatorsOf(db, programme.organisationId).map((c) => c.id);
  if (!yes) {
    markProgrammeDeclined(db, programmeId, actor.id, now);
    for (const id of new Set([...everyone.filter((x) => x !== actor.id), ...curators])) {
      notifier.toPerson(id, (tx) => ({ text: tx.t('programmes-declined', { id: programmeId, name: actor.fullName, actorGender: actor.gender }) }), { urgency: 'ping' });
    }
    return getProgramme(db, programmeId)!;
  }
  confirmMember(db, programmeId, actor.id, now);
  // Labour Code art. 351.8: the mentor's consent, with the programme's terms of this moment.
  if (actor.id === programme.mentorId) recordConsent(db, programme, actor.id, now);
  const waiting = membersOf(db, programmeId).filter((m) => m.leftAt === null && m.confirmedAt === null);
  if (waiting.length === 0) {
    activateProgramme(deps, programmeId, now);
    for (const id of new Set([...everyone, ...curators])) {
      notifier.toPerson(
        id,
        (tx) => ({
          text: tx.t('programmes-started', { id: programmeId, mentor: personName(deps, programme.mentorId), mentees: programme.menteeIds.map((m) => personName(deps, m)).join(', ') }),
          buttons: [[{ label: tx.t('programmes-button-plan'), action: showAction.encode(programmeId) }]],
        }),
        { urgency: id === actor.id ? 'reply' : 'ping' },
      );
    }
  }
  return getProgramme(db, programmeId)!;
}

/** Ends a programme (the curator, or a member on their initiative, with a reason); reminders stop; members are asked for a rating. */
export function endProgramme(
  deps: CoreDeps,
  notifier: Notifier,
  actor: Person | null,
  programmeId: number,
  reason: 'curator' | 'member' | 'mentee-left',
  now: number,
  note?: string,
): void {
  const { db } = deps;
  const programme = getProgramme(db, programmeId);
  if (!programme) throw new UserError('programmes-not-found');
  if (actor && !(isCurator(actor) || isMember(programme, actor.id))) throw new NotAllowed();
  if (programme.status === 'ended' || programme.status === 'declined') throw new UserError('programmes-not-running');
  markProgrammeEnded(db, programmeId, { by: actor?.id ?? null, reason, note: note ?? null, now });
  stopProgrammeReminders(db, programmeId);
  const wasActive = programme.status === 'active';
  const tell = [programme.mentorId, ...programme.menteeIds, ...(reason === 'member' ? curatorsOf(db, programme.organisationId).map((c) => c.id) : [])];
  for (const id of new Set(tell)) {
    if (id === null) continue;
    const member = isMember(programme, id);
    notifier.toPerson(
      id,
      (tx) => ({
        text: [
          id === actor?.id ? tx.t('programmes-you-ended', { id: programmeId }) : tx.t('programmes-ended', { id: programmeId, reason: tx.t(`programmes-end-${reason}`) }),
          note ? tx.t('programmes-end-note', { note }) : '',
          member && wasActive ? tx.t('programmes-rate-ask') : '',
        ]
          .filter(Boolean)
          .join('\n\n'),
        buttons: member && wasActive ? [[1, 2, 3, 4, 5].map((n) => ({ label: String(n), action: rateAction.encode(programmeId, n) }))] : undefined,
      }),
      { urgency: id === actor?.id ? 'reply' : 'ping', source: `programmes:${programmeId}` },
    );
  }
}
