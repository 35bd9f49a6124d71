import { allows } from './access.js';
import type { Turn } from './feature.js';

/** The main menu: a button for each command with a menu label this person may use, two a row. */
export function mainMenu(turn: Pick<Turn, 'commands' | 'person' | 't'>): string[][] {
  const labels = turn.commands.filter((c) => c.menuKey && allows(c.access, turn.person)).map((c) => turn.t(c.menuKey!));
  const rows: string[][] = [];
  labels.forEach((label, i) => (i % 2 === 0 ? rows.push([label]) : rows.at(-1)!.push(label)));
  return rows;
}

/** The commands this person may use, for /help. */
export function helpText(turn: Pick<Turn, 'commands' | 'person' | 't'>): string {
  const lines = turn.commands
    .filter((c) => !c.hidden && allows(c.access, turn.person))
    .map((c) => `/${c.name} — ${turn.t(c.descriptionKey)}`);
  return `${turn.t('help-title')}\n\n${lines.join('\n')}`;
}
