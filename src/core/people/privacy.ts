import { defineAction } from '../../messaging/actions.js';
import type { CoreDeps } from '../kernel/deps.js';
import type { MemberTurn, Turn } from '../kernel/feature.js';
import { accountsOf, getPerson, personTopicIds } from '../kernel/persons/person.js';
import { channelOf, forgetDialogs } from '../kernel/dialogs/dialogs.js';

/**
 * A person's data on request (/my_data: everything stored about them, as a JSON file) and its
 * deletion (/forget, after confirmation): identity goes, history others need stays anonymous.
 */

export const forgetAction = defineAction('me.forget', ['int']);

export function exportPersonData(deps: CoreDeps, turn: Turn, personId: number): Record<string, unknown> {
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
    turn.ack(turn.t('common-stale-button'));
    return;
  }
  if (yes !== 1) {
    turn.reply(turn.t('privacy-forget-cancelled'));
    return;
  }
  if (person.roles.includes('admin')) {
    const others = turn.deps.db
      .prepare(`SELECT COUNT(*) AS n FROM persons p JOIN person_roles r ON r.person_id = p.id WHERE p.organisation_id = ? AND p.status = 'active' AND r.role IN ('admin','curator') AND p.id != ?`)
      .get(turn.org.id, person.id) as { n: number };
    if (others.n === 0) {
      turn.reply(turn.t('privacy-forget-last-admin'));
      return;
    }
  }
  // Say goodbye first: the account is gone after this.
  turn.reply(turn.t('privacy-forgotten'));
  forgetPerson(turn.deps, turn, person.id);
}

export function forgetPerson(deps: CoreDeps, turn: Pick<Turn, 'features'>, personId: number): void {
  const { db } = deps;
  const now = deps.clock.now();
  for (const f of turn.features) f.privacy?.forget?.(deps, personId, now);
  for (const a of accountsOf(db, personId)) forgetDialogs(db, channelOf(a.platform, a.chatId));
  db.prepare(`UPDATE outbox SET status = 'cancelled' WHERE person_id = ? AND status = 'pending' AND id NOT IN (SELECT MAX(id) FROM outbox WHERE person_id = ?)`).run(personId, personId);
  db.prepare(`UPDATE outbox SET payload = '{"text":""}' WHERE person_id = ? AND status != 'pending'`).run(personId);
  db.prepare('DELETE FROM person_topics WHERE person_id = ?').run(personId);
  db.prepare('DELETE FROM person_roles WHERE person_id = ?').run(personId);
  db.prepare('UPDATE persons SET preferred_account_id = NULL WHERE id = ?').run(personId);
  db.prepare('DELETE FROM accounts WHERE person_id = ?').run(personId);
  db.prepare(
    `UPDATE persons SET full_name = '', position = '', timezone = NULL, status = 'forgotten', consent_at = NULL, paused_until = NULL, updated_at = ? WHERE id = ?`,
  ).run(now, personId);
}
