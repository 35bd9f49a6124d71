import { StaleButton } from '../kernel/errors.js';
import { defineAction } from '../../messaging/actions.js';
import type { CoreDeps } from '../kernel/deps.js';
import { getOrganisation } from '../kernel/organisation/organisation.js';
import type { MemberTurn, Turn } from '../kernel/feature.js';
import { accountsOf, curatorsOf, forgetIdentity, getPerson, personTopicIds } from '../kernel/persons/person.js';
import { channelOf, dialogsOfChannel, forgetDialogs } from '../kernel/dialogs/dialogs.js';

/**
 * A person's data on request (/my_data: everything stored about them, as a JSON file) and its
 * deletion (/forget, after confirmation): identity goes, history others need stays anonymous.
 */

export const forgetAction = defineAction('me.forget', ['int']);

export function exportPersonData(deps: CoreDeps, turn: Pick<Turn, 'features'>, personId: number): Record<string, unknown> {
  const person = getPerson(deps.db, personId)!;
  const data: Record<string, unknown> = {
    profile: {
      fullName: person.fullName,
      position: person.position,
      roles: person.roles,
      language: person.language,
      timezone: person.timezone,
      contactDays: person.contactDays,
      contactHours: [person.contactFrom, person.contactTo],
      status: person.status,
      consentAt: person.consentAt ? new Date(person.consentAt).toISOString() : null,
      offers: personTopicIds(deps.db, personId, 'offers'),
      wants: personTopicIds(deps.db, personId, 'wants'),
    },
    accounts: accountsOf(deps.db, personId).map((a) => ({ platform: a.platform, userId: a.userId, reachable: a.reachable })),
    // What they are in the middle of (a question being written, a wizard set aside), as stored.
    dialogs: accountsOf(deps.db, personId).flatMap((a) =>
      dialogsOfChannel(deps.db, channelOf(a.platform, a.chatId)).map((d) => ({ kind: d.kind, step: d.step, data: d.data, updatedAt: new Date(d.updatedAt).toISOString() })),
    ),
    // What the bot said to them that is still stored (older messages keep no words: the retention period).
    messagesReceived: deps.outbox.messagesTo(personId).map((m) => ({ at: new Date(m.at).toISOString(), status: m.status, text: m.text })),
  };
  for (const f of turn.features) {
    if (f.privacy?.exportFor) data[f.name] = f.privacy.exportFor(deps, personId);
  }
  return data;
}

export function myData(turn: MemberTurn): void {
  const data = exportPersonData(turn.deps, turn, turn.person.id);
  const json = JSON.stringify({ exportedAt: new Date(turn.now).toISOString(), ...data }, null, 2);
  turn.reply({
    text: turn.t('privacy-export-ready'),
    file: { kind: 'document', name: 'my-data.json', mime: 'application/json', source: { type: 'bytes', base64: Buffer.from(json).toString('base64') } },
  });
}

export function askForget(turn: Turn): void {
  turn.reply({
    text: turn.t('privacy-forget-confirm'),
    buttons: [[
      { label: turn.t('privacy-forget-yes'), action: forgetAction.encode(1), style: 'negative' },
      { label: turn.t('privacy-forget-no'), action: forgetAction.encode(0) },
    ]],
  });
}

export function onForget(turn: Turn, [yes]: [number]): void {
  const person = turn.person;
  if (!person) {
    throw new StaleButton();
  }
  if (yes !== 1) {
    turn.reply(turn.t('privacy-forget-cancelled'));
    return;
  }
  if (person.roles.includes('admin') && !curatorsOf(turn.deps.db, turn.org.id).some((p) => p.id !== person.id)) {
    turn.reply(turn.t('privacy-forget-last-admin'));
    return;
  }
  // Say goodbye first: the account is gone after this.
  turn.reply(turn.t('privacy-forgotten'));
  forgetPerson(turn.deps, turn, person.id);
}

/** Short forms of a full name as texts use them («Ольга Николаевна», «Кузнецова»): three letters and up. */
function nameForms(fullName: string): string[] {
  const words = fullName.trim().split(/\s+/).filter((w) => w.length >= 3);
  if (words.length < 2) return [];
  const forms = new Set<string>([words.slice(0, 2).join(' '), words.slice(-2).join(' '), words[0]!, words.at(-1)!]);
  forms.delete(fullName.trim());
  return [...forms];
}

/**
 * Forgets a person: each capability hands on what they held and blanks their words; then what
 * the outbox still holds of them goes (their messages; others' naming them: blanked once sent,
 * said without the name if still to go, the handover's own notices too), and their identity.
 */
export function forgetPerson(deps: CoreDeps, turn: Pick<Turn, 'features'>, personId: number): void {
  const { db, outbox } = deps;
  const now = deps.clock.now();
  const person = getPerson(db, personId);
  const fullName = person?.fullName.trim() ?? '';
  const instead = person ? deps.i18n.t(getOrganisation(db, person.organisationId).language, 'privacy-forgotten-name') : '';
  for (const f of turn.features) f.privacy?.forget?.(deps, personId, now);
  for (const a of accountsOf(db, personId)) forgetDialogs(db, channelOf(a.platform, a.chatId));
  outbox.forgetRecipient(personId);
  if (fullName.length >= 3) outbox.blankMentions(fullName, nameForms(fullName), instead);
  forgetIdentity(db, personId, now);
}
