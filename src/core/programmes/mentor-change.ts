import type { MemberTurn, JobContext, Turn } from '../kernel/feature.js';
import type { Notifier } from '../kernel/contact/notifier.js';
import type { CoreDeps } from '../kernel/deps.js';
import { requireRole } from '../kernel/access.js';
import { NotAllowed, StaleButton, UserError } from '../kernel/errors.js';
import { curatorsOf, getPerson, getPersonInOrg, type Person } from '../kernel/persons/person.js';
import { changeMentorAction, setMentorAction, showAction } from './actions.js';
import { getProgramme, leaveProgramme, programmesOfPerson, setMentor, type Programme } from './programme.js';
import { endProgramme } from './progress.js';
import { mentorCandidates } from './matching.js';
import { consentAction } from './notice-actions.js';
import { nameOf, visibleProgramme } from './views.js';

/**
 * Changing the mentor of a programme: when a mentee asks for another one, or when the mentor
 * was deactivated (the curator is asked to reassign). History stays with the programme.
 */

function curatorsToTell(deps: CoreDeps, p: Programme): number[] {
  const own = p.curatorId !== null ? getPerson(deps.db, p.curatorId) : null;
  if (own && own.status === 'active' && own.roles.some((r) => r === 'curator' || r === 'admin')) return [own.id];
  return curatorsOf(deps.db, p.organisationId).map((c) => c.id);
}

export function askCurators(deps: CoreDeps, notifier: Notifier, p: Programme, key: string, args: Record<string, string | number>): void {
  for (const id of curatorsToTell(deps, p)) {
    notifier.toPerson(
      id,
      (tx) => ({
        text: tx.t(key, { id: p.id, ...args }),
        buttons: [
          [
            { label: tx.t('programmes-button-change-mentor'), action: changeMentorAction.encode(p.id) },
            { label: tx.t('programmes-button-plan'), action: showAction.encode(p.id) },
          ],
        ],
      }),
      { urgency: 'ping', source: `programmes:${p.id}` },
    );
  }
}

/** A mentee asks the curator for another mentor. */
export function onAskOtherMentor(turn: MemberTurn, [id]: [number]): void {
  const p = visibleProgramme(turn, id);
  if (!p.menteeIds.includes(turn.person.id)) throw new NotAllowed();
  if (p.status !== 'active' && p.status !== 'proposed') throw new UserError('programmes-not-running');
  askCurators(turn.deps, turn.notifier, p, 'programmes-other-mentor-asked', { name: turn.person.fullName, mentor: nameOf(turn.deps.db, p.mentorId) });
  turn.reply(turn.t('programmes-other-mentor-sent'));
}

export function onChangeMentor(turn: MemberTurn, [id]: [number]): void {
  requireRole(turn.person, 'curator');
  const p = visibleProgramme(turn, id);
  if (p.status !== 'active' && p.status !== 'proposed') throw new UserError('programmes-not-running');
  const mentees = p.menteeIds.map((m) => getPerson(turn.deps.db, m)).filter((x): x is Person => !!x);
  const candidates = mentorCandidates(turn.deps.db, turn.org.id, mentees, turn.tx.lang).filter((c) => c.person.id !== p.mentorId);
  if (!candidates.length) throw new UserError('programmes-new-no-mentors');
  turn.reply({
    text: turn.t('programmes-change-mentor-choose', { id }),
    buttons: candidates.map((c) => [{ label: c.person.fullName.slice(0, 60), action: setMentorAction.encode(id, c.person.id) }]),
  });
}

export function onSetMentor(turn: MemberTurn, [id, mentorId]: [number, number]): void {
  requireRole(turn.person, 'curator');
  const p = visibleProgramme(turn, id);
  if (p.status !== 'active' && p.status !== 'proposed') throw new UserError('programmes-not-running');
  const mentor = getPersonInOrg(turn.deps.db, turn.org.id, mentorId);
  if (!mentor || mentor.status !== 'active' || p.menteeIds.includes(mentorId)) throw new UserError('programmes-person-not-active');
  if (p.mentorId === mentorId) throw new StaleButton();
  const { db } = turn.deps;
  const old = p.mentorId;
  if (old !== null) leaveProgramme(db, id, old, turn.now);
  setMentor(db, id, mentorId, turn.now);
  const fresh = getProgramme(db, id)!;
  const mentees = fresh.menteeIds.map((m) => nameOf(db, m)).join(', ');
  // Labour Code art. 351.8: the new mentor's consent is asked for (recorded when they press).
  turn.notifier.toPerson(mentor, (tx) => ({ text: `${tx.t('programmes-you-are-mentor', { id, mentees })}\n\n${tx.t('labour-consent-ask')}`, buttons: [[{ label: tx.t('programmes-button-plan'), action: showAction.encode(id) }], [{ label: tx.t('labour-button-consent'), action: consentAction.encode(id), style: 'positive' }]] }), {
    urgency: 'ping',
  });
  for (const m of fresh.menteeIds) turn.notifier.toPerson(m, (tx) => ({ text: tx.t('programmes-new-mentor-for-you', { id, name: mentor.fullName }) }), { urgency: 'ping' });
  if (old !== null) turn.notifier.toPerson(old, (tx) => ({ text: tx.t('programmes-mentor-replaced', { id }) }), { urgency: 'ping' });
  turn.reply(turn.t('programmes-mentor-changed', { id, name: mentor.fullName }));
}

/** A person was deactivated: a mentor's programmes go to the curator for reassignment; a mentee leaves. */
export function onPersonDeactivated(ctx: JobContext, person: Person): void {
  const { db } = ctx.deps;
  for (const p of programmesOfPerson(db, person.id)) {
    if (p.mentorId === person.id) {
      askCurators(ctx.deps, ctx.notifier, p, 'programmes-mentor-deactivated', { name: person.fullName, mentees: p.menteeIds.map((m) => nameOf(db, m)).join(', ') });
    } else {
      leave(ctx.deps, ctx.notifier, p, person.id, ctx.now);
    }
  }
}

/** A mentee leaves a programme; the last mentee leaving ends it. */
export function leave(deps: CoreDeps, notifier: Notifier, p: Programme, personId: number, now: number): void {
  leaveProgramme(deps.db, p.id, personId, now);
  if (p.menteeIds.filter((m) => m !== personId).length === 0) endProgramme(deps, notifier, null, p.id, 'mentee-left', now);
}
