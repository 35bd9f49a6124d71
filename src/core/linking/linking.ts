import { defineAction } from '../../messaging/actions.js';
import type { Button } from '../../messaging/types.js';
import type { MemberTurn, Turn } from '../kernel/feature.js';
import { StaleButton, UserError } from '../kernel/errors.js';
import { accountsOf, findAccount, getPerson, updatePerson, type Account, type Person } from '../kernel/persons/person.js';
import { mainMenu } from '../kernel/menu.js';
import {
  addAccount,
  CODE_TTL_MS,
  findCode,
  issueCode,
  moveAccount,
  normaliseCode,
  useCode,
} from './link-codes.js';
import { codeGate, LINK_CODE_SHAPE, recordWrongCode, senderLimits } from '../kernel/sender-limits.js';

/**
 * Account linking: one person, several messengers.
 *
 * - `/link` from a member's chat gives a one-time code (15 minutes) and shows where the
 *   profile is reachable, with buttons to choose where the bot writes first.
 * - `/link CODE` from another messenger joins that account to the person: one profile, history
 *   and roles. Refused with an explanation: an unknown, used or expired code, and an account
 *   that already has a profile of its own (two profiles are never merged silently).
 * - Wrong codes are counted per account, with invitation codes (core/sender-limits.ts): after
 *   too many, codes from that account are not looked at during a cool-down (told once).
 */

export const preferAction = defineAction('link.pref', ['int']);

const TTL_MINUTES = Math.round(CODE_TTL_MS / 60_000);

/** /link [CODE] */
export function linkCommand(turn: Turn, args: string): void {
  const typed = normaliseCode(args);
  if (typed) {
    redeem(turn, typed);
    return;
  }
  const person = turn.person;
  if (!person) {
    turn.reply(turn.t('linking-how'));
    return;
  }
  if (person.status !== 'active' || !turn.account) {
    turn.reply(turn.t(person.status === 'deactivated' ? 'common-deactivated' : 'linking-not-active'));
    return;
  }
  const code = issueCode(turn.deps.db, turn.org.id, person.id, turn.account.id, turn.now);
  const accounts = accountsOf(turn.deps.db, person.id);
  const text = [turn.t('linking-code', { code: code.code, minutes: TTL_MINUTES })];
  if (accounts.length > 1) text.push(accountsText(turn, person, accounts), turn.t('linking-choose'));
  turn.reply({ text: text.join('\n\n'), buttons: accounts.length > 1 ? preferButtons(turn, person, accounts) : undefined });
}

function redeem(turn: Turn, code: string): void {
  const { db } = turn.deps;
  const from = turn.incoming.from;
  const limits = senderLimits(turn.deps.settings);
  const sender = { organisationId: turn.org.id, platform: from.platform, userId: from.userId };
  const gate = codeGate(db, limits, sender, turn.now);
  if (!gate.open) {
    // Told once per cool-down; further codes meanwhile get no answer at all.
    if (gate.tell) turn.reply(turn.t('linking-too-many', { minutes: gate.minutes }));
    return;
  }
  const found = LINK_CODE_SHAPE.test(code) ? findCode(db, turn.org.id, code) : null;
  const owner = found ? getPerson(db, found.personId) : null;
  if (!found || !owner || owner.status !== 'active') {
    // Counted, so guessing codes from one account soon stops; the refusal is a reply, not a
    // rollback, so the count is kept.
    recordWrongCode(db, limits, sender, turn.now);
    turn.reply(turn.t('linking-code-unknown'));
    return;
  }
  if (found.usedAt !== null) {
    // The owner using their own code again from the same account is not a mistake worth counting.
    if (turn.person?.id !== owner.id) recordWrongCode(db, limits, sender, turn.now);
    turn.reply(turn.t(turn.person?.id === owner.id ? 'linking-already-yours' : 'linking-code-used'));
    return;
  }
  if (found.expiresAt <= turn.now) {
    turn.reply(turn.t('linking-code-expired', { minutes: TTL_MINUTES }));
    return;
  }
  const existing = findAccount(db, from.platform, from.userId);
  const existingOwner = existing ? getPerson(db, existing.personId) : null;
  if (existingOwner && existingOwner.id === owner.id) {
    turn.reply(turn.t('linking-already-yours'));
    return;
  }
  if (existingOwner && existingOwner.status !== 'forgotten') {
    // Nothing is merged silently: this account is someone's profile (maybe this person's second one).
    throw new UserError('linking-own-profile', { name: existingOwner.fullName || turn.t('linking-unnamed') });
  }

  let accountId: number;
  if (existing) {
    moveAccount(db, existing.id, owner.id, turn.address.chatId);
    accountId = existing.id;
  } else {
    accountId = addAccount(db, {
      organisationId: turn.org.id,
      personId: owner.id,
      platform: from.platform,
      userId: from.userId,
      chatId: turn.address.chatId,
      now: turn.now,
    });
  }
  if (!useCode(db, found.id, accountId, turn.now)) throw new UserError('linking-code-used');
  // A stranger may have been half-way through onboarding here: that is moot now.
  if (turn.dialog) turn.clearDialog();

  const person = getPerson(db, owner.id)!;
  turn.person = person;
  turn.account = findAccount(db, from.platform, from.userId);
  const accounts = accountsOf(db, person.id);
  // This chat now speaks the person's language.
  turn.tx = turn.notifier.textsOf(person);
  turn.t = turn.tx.t;
  turn.reply({
    text: [turn.t('linking-done', { name: person.fullName }), accountsText(turn, person, accounts), turn.t('linking-choose')].join('\n\n'),
    buttons: preferButtons(turn, person, accounts),
  });
  turn.reply({ text: turn.t('menu-shown'), menu: mainMenu(turn) });

  // Tell the chat that asked for the code.
  const asker = accounts.find((a) => a.id === found.accountId);
  if (asker && asker.id !== accountId) {
    const tx = turn.notifier.textsOf(person);
    turn.notifier.toChat({ platform: asker.platform, chatId: asker.chatId }, tx, (t) => ({ text: t.t('linking-done-other', { platform: t.platform(from.platform, 'in') }) }), {
      personId: person.id,
    });
  }
  turn.deps.log.info({ personId: person.id, accountId, platform: from.platform }, 'account linked');
}

/** The "write here first" buttons. */
export function onPrefer(turn: MemberTurn, [accountId]: [number]): void {
  const person = turn.person;
  const accounts = accountsOf(turn.deps.db, person.id);
  const chosen = accounts.find((a) => a.id === accountId);
  // Never trust the payload: the account must be this person's.
  if (!chosen) {
    throw new StaleButton();
  }
  updatePerson(turn.deps.db, person.id, { preferredAccountId: chosen.id }, turn.now);
  const name = turn.tx.platform(chosen.platform, 'in');
  turn.ack(turn.t('linking-preferred-set', { platform: name }));
  turn.reply(turn.t('linking-preferred-set', { platform: name }));
}


/** Distinct labels even for two accounts on one platform. */
function accountLabel(turn: Turn, account: Account, accounts: Account[]): string {
  const name = turn.tx.platform(account.platform);
  return accounts.filter((a) => a.platform === account.platform).length > 1 ? `${name} ${account.chatId}` : name;
}

function accountsText(turn: Turn, person: Person, accounts: Account[]): string {
  const lines = accounts.map((a) => {
    const label = accountLabel(turn, a, accounts);
    return a.id === (person.preferredAccountId ?? accounts[0]?.id) ? `• ${label} ${turn.t('linking-preferred-mark')}` : `• ${label}`;
  });
  return `${turn.t('linking-accounts')}\n${lines.join('\n')}`;
}

function preferButtons(turn: Turn, person: Person, accounts: Account[]): Button[][] {
  return [
    accounts.map((a) => ({
      label: `${a.id === person.preferredAccountId ? '✅ ' : ''}${accountLabel(turn, a, accounts)}`,
      action: preferAction.encode(a.id),
    })),
  ];
}
