import { defineAction } from '../../messaging/actions.js';
import type { Button, OutgoingMessage } from '../../messaging/types.js';
import type { MemberTurn } from '../kernel/feature.js';
import { requireRole } from '../kernel/access.js';
import { schoolYearOf } from '../kernel/calendar/school-year.js';
import { pageOf } from '../kernel/pager.js';

/**
 * `/documents` (curators): one menu of the documents for signing of this school year, gathered
 * from what each capability offers (`Feature.documents`): first the documents of the whole year
 * (the order, the analytical report), then a row for each thing with papers of its own (a
 * programme and its consent), a page at a time. Each button is its capability's own action.
 */

export const documentsPageAction = defineAction('doc.page', ['int']);

const MENU_KEY = 'documents-menu';
const ROWS_PER_PAGE = 8;

function menu(turn: MemberTurn, page: number): OutgoingMessage {
  requireRole(turn.person, 'curator');
  const year = schoolYearOf(turn.now, turn.org.timezone);
  const offers = turn.features.flatMap((f) => (f.documents ? [f.documents(turn, year)] : []));
  const yearWide = offers.flatMap((o) => o.yearWide ?? []);
  const rows = pageOf(turn.tx, {
    items: offers.flatMap((o) => o.rows ?? []),
    page,
    perPage: ROWS_PER_PAGE,
    button: (row) => row,
    turnPage: (p) => documentsPageAction.encode(p),
    fit: turn.keyboard,
    besides: { rows: yearWide.length, buttons: yearWide.length },
  });
  const buttons: Button[][] = [...yearWide.map((b) => [b]), ...rows.buttons];
  const lines = [turn.t('documents-menu'), ...offers.flatMap((o) => o.lines ?? [])];
  if (rows.pages > 1) lines.push(turn.t('documents-menu-page', { page: rows.page + 1, pages: rows.pages }));
  return { text: lines.join('\n\n'), buttons };
}

export function documentsCommand(turn: MemberTurn): void {
  turn.reply(menu(turn, 0), { key: MENU_KEY });
}

export function onDocumentsPage(turn: MemberTurn, [page]: [number]): void {
  turn.editHere(MENU_KEY, menu(turn, page));
}
