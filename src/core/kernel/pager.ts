import type { Button } from '../../messaging/types.js';
import type { Texts } from './contact/texts.js';

/**
 * The one pager for long lists of choices (topics, programmes in /documents, mentees for a new
 * programme): the items of one page as buttons, and «◀ Назад» / «Далее ▶» under them when there
 * are more pages. Nothing is ever cut off: every item is a page turn away.
 */

export interface PagerSpec<T> {
  items: readonly T[];
  /** The page asked for; out of range reads as the nearest page. */
  page: number;
  perPage: number;
  /** The buttons of one item: a row of its own, or a button sharing a row (`perRow`). */
  button: (item: T, index: number) => Button | Button[];
  /** Buttons a row when each item is one button (short titles). */
  perRow?: 1 | 2;
  turnPage: (page: number) => string;
}

export interface Page {
  buttons: Button[][];
  page: number;
  pages: number;
}

export function pageOf<T>(tx: Texts, spec: PagerSpec<T>): Page {
  const pages = Math.max(1, Math.ceil(spec.items.length / spec.perPage));
  const page = Math.min(Math.max(0, Math.trunc(spec.page) || 0), pages - 1);
  const perRow = spec.perRow ?? 1;
  const buttons: Button[][] = [];
  spec.items.slice(page * spec.perPage, (page + 1) * spec.perPage).forEach((item, i) => {
    const b = spec.button(item, page * spec.perPage + i);
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
