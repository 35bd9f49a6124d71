import type { Button, KeyboardFit } from '../../messaging/types.js';
import type { Texts } from './contact/texts.js';

/**
 * The one pager for long lists of choices (topics, programmes in /documents, mentees for a new
 * programme, the roster): the items of one page as buttons, and «◀ Назад» / «Далее ▶» under them
 * when there are more pages. Nothing is ever cut off: every item is a page turn away. Where the
 * person's messenger takes only a few buttons under one message (VK: 6 rows, 10 buttons), a page
 * holds fewer items, so that the whole page, its page buttons and what the caller adds stay
 * under one message: a page turn edits that message, and an edit cannot add another.
 */

export interface PagerSpec<T> {
  items: readonly T[];
  /** The page asked for; out of range reads as the nearest page. */
  page: number;
  /** Items a page at most. */
  perPage: number;
  /** The buttons of one item: a row of its own, or a button sharing a row (`perRow`). */
  button: (item: T, index: number) => Button | Button[];
  /** Buttons a row when each item is one button (short titles). */
  perRow?: 1 | 2;
  turnPage: (page: number) => string;
  /** The messenger's bound on buttons under one message (`turn.keyboard`), if it has one. */
  fit?: KeyboardFit;
  /** Rows and buttons the caller puts under the same message besides the pager's. */
  besides?: { rows: number; buttons: number };
}

export interface Page {
  buttons: Button[][];
  page: number;
  pages: number;
}

/** Items a page within the messenger's bound (at least one): the page buttons are counted as a full row of two. */
function itemsThatFit<T>(spec: PagerSpec<T>): number {
  if (!spec.fit || spec.items.length === 0) return spec.perPage;
  const first = spec.button(spec.items[0]!, 0);
  const width = Array.isArray(first) ? first.length : 1;
  const perRow = Array.isArray(first) ? 1 : (spec.perRow ?? 1);
  const rows = spec.fit.maxRows - 1 - (spec.besides?.rows ?? 0);
  const buttons = spec.fit.maxButtons - 2 - (spec.besides?.buttons ?? 0);
  const byRows = rows * perRow;
  const byButtons = Math.floor(buttons / width);
  return Math.max(1, Math.min(spec.perPage, byRows, byButtons));
}

export function pageOf<T>(tx: Texts, spec: PagerSpec<T>): Page {
  const perPage = itemsThatFit(spec);
  const pages = Math.max(1, Math.ceil(spec.items.length / perPage));
  const page = Math.min(Math.max(0, Math.trunc(spec.page) || 0), pages - 1);
  const perRow = spec.perRow ?? 1;
  const buttons: Button[][] = [];
  spec.items.slice(page * perPage, (page + 1) * perPage).forEach((item, i) => {
    const b = spec.button(item, page * perPage + i);
    if (Array.isArray(b)) buttons.push(b);
    else if (i % perRow === 0) buttons.push([b]);
    else buttons.at(-1)!.push(b);
  });
  const nav: Button[] = [];
  if (page > 0) nav.push({ label: tx.t('common-prev'), action: spec.turnPage(page - 1) });
  if (page < pages - 1) nav.push({ label: tx.t('common-next'), action: spec.turnPage(page + 1) });
  if (nav.length) buttons.push(nav);
  return { buttons, page, pages };
}
