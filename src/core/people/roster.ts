import { commandButton } from '../kernel/menu.js';
import { defineAction } from '../../messaging/actions.js';
import type { Button } from '../../messaging/types.js';
import type { MemberTurn, JobContext, Turn } from '../kernel/feature.js';
import { requireRole } from '../kernel/access.js';
import { StaleButton, UserError } from '../kernel/errors.js';
import { Notifier } from '../kernel/contact/notifier.js';
import { curatorsOf, getPersonInOrg, listPersons, setRoles, updatePerson, type Person, type Role } from '../kernel/persons/person.js';
import { profileText } from './profile.js';
import { pageOf } from '../kernel/pager.js';

/**
 * The curator's roster: `/people` pages through everyone, a card per person with their roles
 * to toggle and a button to deactivate (history stays) or bring back.
 */

export const rosterPageAction = defineAction('ppl.page', ['int']);
export const personCardAction = defineAction('ppl.card', ['int']);
export const toggleRoleAction = defineAction('ppl.role', ['int', 'str']);
export const roleConfirmAction = defineAction('ppl.roleok', ['int', 'str', 'int']);
export const roleCancelAction = defineAction('ppl.roleno', ['int']);
export const deactivateAction = defineAction('ppl.off', ['int']);
export const reactivateAction = defineAction('ppl.on', ['int']);

const PAGE = 8;
const TOGGLABLE: Role[] = ['curator', 'mentor', 'mentee', 'staff'];

export function showRoster(turn: Turn, page = 0, edit = false): void {
  requireRole(turn.person, 'curator');
  const people = listPersons(turn.deps.db, turn.org.id, { includeInactive: true });
  const roster = pageOf(turn.tx, {
    items: people,
    page,
    perPage: PAGE,
    button: (x) => ({ label: `${x.status === 'deactivated' ? '⛔ ' : ''}${x.fullName || '—'}`.slice(0, 60), action: personCardAction.encode(x.id) }),
    turnPage: (p) => rosterPageAction.encode(p),
    fit: turn.keyboard,
    besides: { rows: 1, buttons: 2 },
  });
  const buttons: Button[][] = roster.buttons;
  buttons.push([...commandButton(turn, 'menu-run-invite', 'invite'), ...commandButton(turn, 'menu-run-import', 'import')]);
  const counts = {
    total: people.length,
    active: people.filter((x) => x.status === 'active').length,
    mentors: people.filter((x) => x.status === 'active' && x.roles.includes('mentor')).length,
    mentees: people.filter((x) => x.status === 'active' && x.roles.includes('mentee')).length,
    page: roster.page + 1,
    pages: roster.pages,
  };
  const message = { text: turn.t('people-title', counts), buttons };
  if (edit) turn.editHere('people-roster', message);
  else turn.reply(message, { key: 'people-roster' });
}

function card(turn: Turn, person: Person): void {
  const roleButtons: Button[] = TOGGLABLE.map((r) => ({
    label: `${person.roles.includes(r) ? '✅ ' : ''}${turn.t(`role-${r}`)}`,
    action: toggleRoleAction.encode(person.id, r),
  }));
  const buttons: Button[][] = [roleButtons.slice(0, 2), roleButtons.slice(2)];
  buttons.push([
    person.status === 'deactivated'
      ? { label: turn.t('people-reactivate'), action: reactivateAction.encode(person.id), style: 'positive' }
      : { label: turn.t('people-deactivate'), action: deactivateAction.encode(person.id), style: 'negative' },
  ]);
  const status = turn.t(`people-status-${person.status}`, { personGender: person.gender });
  turn.reply({ text: `${profileText(turn, person)}\n${turn.t('people-status', { status })}`, buttons }, { key: `people-card-${person.id}` });
}

function target(turn: Turn, id: number): Person {
  requireRole(turn.person, 'curator');
  const person = getPersonInOrg(turn.deps.db, turn.org.id, id);
  if (!person || person.status === 'forgotten' || person.status === 'onboarding') throw new UserError('people-not-found');
  return person;
}

export function onCard(turn: Turn, [id]: [number]): void {
  card(turn, target(turn, id));
}

/** A role pressed on the card: asks first (a role changes what the person can do and is told). */
export function onToggleRole(turn: MemberTurn, [id, role]: [number, string]): void {
  const person = target(turn, id);
  if (!(TOGGLABLE as string[]).includes(role)) throw new StaleButton();
  const has = person.roles.includes(role as Role);
  if (has && role === 'curator' && person.id === turn.person.id && curatorsOf(turn.deps.db, turn.org.id).length <= 1) {
    throw new UserError('people-last-curator');
  }
  turn.reply({
    text: turn.t('people-role-confirm', { name: person.fullName, role, on: has ? 'no' : 'yes' }),
    buttons: [[
      { label: turn.t('people-role-yes'), action: roleConfirmAction.encode(person.id, role, has ? 0 : 1), style: 'positive' },
      { label: turn.t('people-role-no'), action: roleCancelAction.encode(person.id) },
    ]],
  });
}

/** «Да»: the role is given or taken, the card shows it, and the person learns what she can now do. */
export function onRoleConfirm(turn: MemberTurn, [id, role, on]: [number, string, number]): void {
  const person = target(turn, id);
  if (!(TOGGLABLE as string[]).includes(role) || (on !== 0 && on !== 1)) throw new UserError('common-stale-button');
  const has = person.roles.includes(role as Role);
  // Pressed twice, or someone changed it meanwhile: nothing to do.
  if (has === (on === 1)) throw new UserError('people-role-unchanged');
  if (has && role === 'curator' && curatorsOf(turn.deps.db, turn.org.id).length <= 1) throw new UserError('people-last-curator');
  const roles = has ? person.roles.filter((r) => r !== role) : [...person.roles, role as Role];
  setRoles(turn.deps.db, person.id, roles.length ? roles : ['staff']);
  const updated = getPersonInOrg(turn.deps.db, turn.org.id, id)!;
  turn.ack(turn.t('people-roles-saved'));
  turn.editHere(`people-card-${id}`, {
    text: `${profileText(turn, updated)}\n${turn.t('people-status', { status: turn.t(`people-status-${updated.status}`, { personGender: updated.gender }) })}`,
    buttons: [],
  });
  if (updated.id !== turn.person.id && updated.status === 'active') {
    turn.notifier.toPerson(updated, (tx) => ({ text: tx.t(on === 1 ? `people-role-given-${role}` : 'people-role-taken', { role, by: turn.person.fullName }) }), { urgency: 'ping' });
  }
  card(turn, updated);
}

export function onRoleCancel(turn: Turn): void {
  turn.ack(turn.t('people-role-kept'));
}

export function onDeactivate(turn: MemberTurn, [id]: [number]): void {
  const person = target(turn, id);
  if (person.id === turn.person.id) throw new UserError('people-not-yourself');
  if (person.status === 'deactivated') throw new UserError('people-already-deactivated');
  updatePerson(turn.deps.db, person.id, { status: 'deactivated' }, turn.now);
  const ctx: JobContext = { deps: turn.deps, now: turn.now, org: turn.org, notifier: new Notifier(turn.deps, turn.org) };
  const updated = getPersonInOrg(turn.deps.db, turn.org.id, id)!;
  for (const f of turn.features) f.onDeactivated?.(ctx, updated);
  turn.reply(turn.t('people-deactivated', { name: person.fullName, personGender: person.gender }));
}

export function onReactivate(turn: Turn, [id]: [number]): void {
  const person = target(turn, id);
  if (person.status !== 'deactivated') throw new UserError('people-not-deactivated');
  updatePerson(turn.deps.db, person.id, { status: 'active' }, turn.now);
  turn.reply(turn.t('people-reactivated', { name: person.fullName }));
}
