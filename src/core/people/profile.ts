import { StaleButton } from '../kernel/errors.js';
import { spokenClock } from '../kernel/dates/spoken.js';
import { defineAction } from '../../messaging/actions.js';
import type { MemberTurn, Turn } from '../kernel/feature.js';
import { listTopics, topicTitle } from '../kernel/organisation/topics.js';
import { formatMinutes } from '../kernel/contact/hours.js';
import { accountsOf, personTopicIds, updatePerson, type Person } from '../kernel/persons/person.js';
import { askStep, daysLabel, FORM_STEPS, type FormStep } from './profile-form.js';
import { mainMenu } from '../kernel/menu.js';
import type { Texts } from '../kernel/contact/texts.js';
import { isLanguage } from '../../i18n/i18n.js';
import { getPerson } from '../kernel/persons/person.js';
import { textsFor } from '../kernel/contact/texts.js';

/** /profile: everything a person told the bot, and a button to change each part. /language. */

export const editAction = defineAction('pf.edit', ['str']);
export const languageAction = defineAction('lang.set', ['str']);

export function profileText(turn: Pick<Turn, 'deps' | 'org' | 't'> & { tx: Texts }, person: Person): string {
  const topics = listTopics(turn.deps.db, turn.org.id, true);
  const names = (ids: number[]) =>
    ids.length
      ? topics.filter((t) => ids.includes(t.id)).map((t) => topicTitle(t, turn.tx.lang)).join(', ')
      : turn.t('profile-none');
  const platforms = [...new Set(accountsOf(turn.deps.db, person.id).map((a) => a.platform))].map((p) => turn.tx.platform(p)).join(', ');
  return turn.t('profile-card', {
    name: person.fullName || turn.t('profile-none'),
    gender: person.gender,
    position: person.position || turn.t('profile-none'),
    roles: person.roles.map((r) => turn.t(`role-${r}`)).join(', ') || turn.t('profile-none'),
    offers: names(personTopicIds(turn.deps.db, person.id, 'offers')),
    wants: names(personTopicIds(turn.deps.db, person.id, 'wants')),
    days: daysLabel(turn, person.contactDays),
    hours: `${spokenClock(person.contactFrom)}–${spokenClock(person.contactTo)}`,
    zone: turn.tx.zoneName(person.timezone ?? turn.org.timezone, turn.deps.clock.now()),
    language: turn.t(`language-${person.language}`),
    platforms,
  });
}

export function showProfile(turn: MemberTurn): void {
  const person = turn.person;
  const buttons = FORM_STEPS.map((step) => ({ label: turn.t(`profile-edit-${step}`), action: editAction.encode(step) }));
  const rows = [];
  for (let i = 0; i < buttons.length; i += 2) rows.push(buttons.slice(i, i + 2));
  turn.reply({ text: profileText(turn, person), buttons: rows });
}

export function onEdit(turn: Turn, [step]: [string]): void {
  if (!(FORM_STEPS as string[]).includes(step)) {
    throw new StaleButton();
  }
  askStep(turn, 'profile', step as FormStep, { lang: turn.tx.lang });
}

/** After a /profile edit: saved, show the card again. */
export function profileStepDone(turn: MemberTurn): void {
  turn.clearDialog();
  const person = getPerson(turn.deps.db, turn.person.id)!;
  turn.reply(`${turn.t('profile-saved')}\n\n${profileText(turn, person)}`);
}

export function askLanguage(turn: Turn): void {
  turn.reply({
    text: turn.t('language-ask'),
    buttons: [[
      { label: turn.t('language-ru'), action: languageAction.encode('ru') },
      { label: turn.t('language-en'), action: languageAction.encode('en') },
    ]],
  });
}

export function onLanguage(turn: Turn, [lang]: [string]): void {
  if (!isLanguage(lang)) {
    throw new StaleButton();
  }
  if (turn.person) {
    updatePerson(turn.deps.db, turn.person.id, { language: lang }, turn.now);
    turn.person = getPerson(turn.deps.db, turn.person.id);
  } else if (turn.dialog) {
    turn.setDialog(turn.dialog.kind, turn.dialog.step, { ...turn.dialog.data, lang });
  }
  turn.tx = textsFor(turn.deps.i18n, lang, turn.tx.zone, turn.tx.gender);
  turn.t = turn.tx.t;
  turn.ack(turn.t('language-set'));
  turn.reply({ text: turn.t('language-set'), ...(turn.person?.status === 'active' ? { menu: mainMenu(turn) } : {}) });
}
