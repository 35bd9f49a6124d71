import { allows } from './access.js';
import type { CommandDef, CommandGroup, Turn } from './feature.js';
import { defineAction } from '../../messaging/actions.js';
import type { Button } from '../../messaging/types.js';

/**
 * The main menu and /help, both built from the commands each capability registers and the person's
 * roles: grouped by job (questions, sessions, programmes, announcements, surveys and reports,
 * people), privacy last, and only what this person may use.
 */

/** The jobs, in the order the menu and /help show them. */
export const COMMAND_GROUPS: readonly CommandGroup[] = ['questions', 'sessions', 'programmes', 'broadcasts', 'surveys', 'people', 'general', 'privacy'];

function groupOf(c: CommandDef): CommandGroup {
  return c.group ?? 'general';
}

/** The commands this person may use, by job, in the order of COMMAND_GROUPS (each group keeps the registration order). */
function byGroup(turn: Pick<Turn, 'commands' | 'person'>, keep: (c: CommandDef) => boolean): [CommandGroup, CommandDef[]][] {
  const usable = turn.commands.filter((c) => keep(c) && allows(c.access, turn.person));
  return COMMAND_GROUPS.map((g) => [g, usable.filter((c) => groupOf(c) === g)] as [CommandGroup, CommandDef[]]).filter(([, cs]) => cs.length > 0);
}

/** The main menu: a button for each command with a menu label this person may use, by job, two a row. */
export function mainMenu(turn: Pick<Turn, 'commands' | 'person' | 't'>): string[][] {
  const labels = byGroup(turn, (c) => !!c.menuKey).flatMap(([, cs]) => cs.map((c) => turn.t(c.menuKey!)));
  const rows: string[][] = [];
  labels.forEach((label, i) => (i % 2 === 0 ? rows.push([label]) : rows.at(-1)!.push(label)));
  return rows;
}

/** The commands this person may use, for /help: a heading for each job, privacy last. */
export function helpText(turn: Pick<Turn, 'commands' | 'person' | 't'>): string {
  const groups = byGroup(turn, (c) => !c.hidden).map(([g, cs]) => [turn.t(`help-group-${g}`), ...cs.map((c) => `/${c.name} — ${turn.t(c.descriptionKey)}`)].join('\n'));
  return `${turn.t('help-title')}\n\n${groups.join('\n\n')}`;
}

/**
 * A button that runs a command, as if it were typed: the next step of a job from the list it
 * starts from («➕ Новая встреча» under /sessions), so each job is two taps from the menu. The
 * router runs it as a command (its access checked, a dialog in progress set aside).
 */
export const runCommandAction = defineAction('run', ['str']);

/** The button for `command`, or none when this person may not use it. */
export function commandButton(turn: Pick<Turn, 'commands' | 'person' | 't'>, labelKey: string, command: string): Button[] {
  const c = turn.commands.find((x) => x.name === command);
  return c && allows(c.access, turn.person) ? [{ label: turn.t(labelKey), action: runCommandAction.encode(command) }] : [];
}
