import { z } from 'zod';
import { StaleButton } from '../kernel/errors.js';
import { defineAction } from '../../messaging/actions.js';
import type { MemberTurn, Turn } from '../kernel/feature.js';
import { requireRole } from '../kernel/access.js';
import { dialogData } from '../kernel/dialogs/open-dialog.js';
import {
  activeInvitations,
  createInvitation,
  getInvitation,
  INVITABLE_ROLES,
  revokeInvitation,
  type InvitableRole,
  type Invitation,
} from './invitations.js';

/** The curator's invitation being made: the role, then how many may use it, then for how long. */
export const INVITE_DIALOG = 'invite';
export const inviteSchema = z.looseObject({ role: z.enum(INVITABLE_ROLES).optional(), uses: z.number().int().optional() });
/** At the last step both are known. */
const inviteChosenSchema = z.looseObject({ role: z.enum(INVITABLE_ROLES), uses: z.number().int() });

/**
 * The curator's invitations: `/invite` (role → how many people → how long), or in one line
 * `/invite mentor 60 7`; `/invites` lists the active ones with a button to revoke each.
 */

export const inviteRoleAction = defineAction('inv.role', ['str']);
export const inviteUsesAction = defineAction('inv.uses', ['int']);
export const inviteDaysAction = defineAction('inv.days', ['int']);
export const revokeAction = defineAction('inv.revoke', ['int']);

const USES = [1, 60] as const;
const DAYS = [1, 7, 30] as const;
const MAX_USES = 500;
const MAX_DAYS = 365;

export function inviteCommand(turn: MemberTurn, args: string): void {
  requireRole(turn.person, 'curator');
  const parts = args.trim().split(/\s+/).filter(Boolean);
  if (parts.length) {
    const [role, uses = '1', days = '7'] = parts;
    const n = Number(uses);
    const d = Number(days);
    if (!(INVITABLE_ROLES as readonly string[]).includes(role!) || !Number.isInteger(n) || n < 1 || n > MAX_USES || !Number.isInteger(d) || d < 1 || d > MAX_DAYS) {
      turn.reply(turn.t('invite-usage', { maxUses: MAX_USES, maxDays: MAX_DAYS }));
      return;
    }
    issue(turn, role as InvitableRole, n, d);
    return;
  }
  turn.setDialog(INVITE_DIALOG, 'role', {});
  turn.reply({
    text: turn.t('invite-ask-role'),
    buttons: [INVITABLE_ROLES.slice(0, 2), INVITABLE_ROLES.slice(2)].map((row) =>
      row.map((r) => ({ label: turn.t(`role-${r}`), action: inviteRoleAction.encode(r) })),
    ),
  });
}

export function onInviteRole(turn: Turn, [role]: [string]): void {
  requireRole(turn.person, 'curator');
  dialogData(turn, INVITE_DIALOG, inviteSchema, 'role');
  if (!(INVITABLE_ROLES as readonly string[]).includes(role)) throw new StaleButton();
  turn.setDialog(INVITE_DIALOG, 'uses', { role });
  turn.reply({
    text: turn.t('invite-ask-uses'),
    buttons: [USES.map((n) => ({ label: turn.t('invite-uses-option', { count: n }), action: inviteUsesAction.encode(n) }))],
  });
}

export function onInviteUses(turn: Turn, [uses]: [number]): void {
  requireRole(turn.person, 'curator');
  dialogData(turn, INVITE_DIALOG, inviteSchema, 'uses');
  if (!(USES as readonly number[]).includes(uses)) throw new StaleButton();
  askDays(turn, uses);
}

function askDays(turn: Turn, uses: number): void {
  turn.setDialog(INVITE_DIALOG, 'days', { ...turn.dialog!.data, uses });
  turn.reply({
    text: turn.t('invite-ask-days'),
    buttons: [DAYS.map((d) => ({ label: turn.t('invite-days-option', { count: d }), action: inviteDaysAction.encode(d) }))],
  });
}

export function onInviteDays(turn: MemberTurn, [days]: [number]): void {
  requireRole(turn.person, 'curator');
  const { role, uses } = dialogData(turn, INVITE_DIALOG, inviteChosenSchema, 'days');
  if (!(DAYS as readonly number[]).includes(days)) throw new StaleButton();
  turn.clearDialog();
  issue(turn, role, uses, days);
}

/** A typed answer where the invite dialog wants a number: "25" people or "14" days. */
export function inviteText(turn: MemberTurn, text: string): void {
  const n = Number(text.trim());
  const step = turn.dialog!.step;
  if (step === 'uses' && Number.isInteger(n) && n >= 1 && n <= MAX_USES) {
    askDays(turn, n);
    return;
  }
  if (step === 'days' && Number.isInteger(n) && n >= 1 && n <= MAX_DAYS) {
    const { role, uses } = turn.dialog!.data as { role: InvitableRole; uses: number };
    turn.clearDialog();
    issue(turn, role, uses, n);
    return;
  }
  turn.reply(turn.t(step === 'role' ? 'common-use-buttons' : 'invite-bad-number'));
}

function issue(turn: MemberTurn, role: InvitableRole, uses: number, days: number): void {
  const inv = createInvitation(turn.deps.db, {
    organisationId: turn.org.id,
    role,
    createdBy: turn.person.id,
    maxUses: uses,
    days,
    now: turn.now,
  });
  turn.reply(invitationText(turn, inv, 'invite-created'));
}

export function invitationLink(turn: Turn, code: string): string | null {
  const bot = turn.deps.settings.telegramBotUsername;
  return bot ? `https://t.me/${bot}?start=${code}` : null;
}

/** The VK link that opens the community's chat with the code as "Начать"'s ref. */
export function vkInvitationLink(turn: Turn, code: string): string | null {
  const group = turn.deps.settings.vkGroupId;
  return group ? `https://vk.me/club${group}?ref=${code}` : null;
}

/** The MAX link that opens the bot with the code as bot_started's payload (at most 128 characters). */
export function maxInvitationLink(turn: Turn, code: string): string | null {
  const bot = turn.deps.settings.maxBotUsername;
  return bot ? `https://max.ru/${bot}?start=${code}` : null;
}

function invitationText(turn: Turn, inv: Invitation, key: string): string {
  const vk = vkInvitationLink(turn, inv.code);
  const max = maxInvitationLink(turn, inv.code);
  return turn.t(key, {
    vk: vk ?? turn.t('invite-no-vk-link'),
    maxLink: max ?? turn.t('invite-no-max-link'),
    role: turn.t(`role-${inv.role}`),
    code: inv.code,
    link: invitationLink(turn, inv.code) ?? turn.t('invite-no-link'),
    uses: inv.uses,
    max: inv.maxUses,
    expires: turn.tx.when(inv.expiresAt, turn.now),
  });
}

export function listInvitations(turn: Turn): void {
  requireRole(turn.person, 'curator');
  const list = activeInvitations(turn.deps.db, turn.org.id, turn.now).slice(0, 20);
  if (!list.length) {
    turn.reply(turn.t('invites-none'));
    return;
  }
  for (const inv of list) {
    turn.reply({
      text: invitationText(turn, inv, 'invites-entry'),
      buttons: [[{ label: turn.t('invites-revoke'), action: revokeAction.encode(inv.id), style: 'negative' }]],
    });
  }
}

export function onRevoke(turn: Turn, [id]: [number]): void {
  requireRole(turn.person, 'curator');
  const inv = getInvitation(turn.deps.db, turn.org.id, id);
  if (!inv || !revokeInvitation(turn.deps.db, turn.org.id, id, turn.now)) {
    turn.ack(turn.t('invites-already-revoked'));
    return;
  }
  turn.ack(turn.t('invites-revoked'));
  turn.reply(turn.t('invites-revoked-code', { code: inv.code }));
}
