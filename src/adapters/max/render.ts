import { PLATFORM_LIMITS } from '../../messaging/platform-limits.js';
/**
 * The port's OutgoingMessage → what MAX's POST /messages takes: the text and its format, and
 * inline keyboards within MAX's limits. Pure functions, tested without a server.
 *
 * - Formatting: MAX reads the same small HTML subset the core writes (<b>, <i>, <u>, <s>,
 *   <code>, <pre>, <a href>), so an 'html' message goes as `format: 'html'` unchanged.
 * - Buttons: callback buttons carry the action as their payload; a row longer than 7 is wrapped;
 *   more than 30 rows or 210 buttons go on follow-up messages ("pages"), as on VK.
 * - The main menu: MAX has no persistent reply keyboard, so the menu is a keyboard of `message`
 *   buttons (pressing one sends its label as the person's own message, which the core reads as
 *   it reads a Telegram menu button), under the message after any inline buttons.
 */
import type { Button as PortButton, OutgoingMessage } from '../../messaging/types.js';

/** MAX's figures (dev.max.ru): a message's text, a keyboard, a button. */
export const MAX_TEXT_LENGTH = PLATFORM_LIMITS.max.maxTextLength;
export const MAX_ROWS = 30;
export const MAX_PER_ROW = 7;
export const MAX_BUTTONS = 210;
export const MAX_BUTTON_TEXT = 128;
export const MAX_PAYLOAD_BYTES = 1024;
/** A notification answering a button press; MAX shows a short toast. */
export const MAX_NOTIFICATION_LENGTH = 200;

/** Text of the follow-up messages that carry the next page of buttons (MAX needs some text). */
export const PAGE_TEXT = '…';

export type MaxButton =
  | { type: 'callback'; text: string; payload: string; intent?: 'positive' | 'negative' | 'default' }
  | { type: 'link'; text: string; url: string }
  | { type: 'message'; text: string };

export type MaxKeyboard = MaxButton[][];

export interface MaxPart {
  text: string;
  format?: 'html';
  keyboard?: MaxKeyboard;
}

function cutLabel(label: string): string {
  const chars = Array.from(label.trim() || '·');
  return chars.length <= MAX_BUTTON_TEXT ? chars.join('') : `${chars.slice(0, MAX_BUTTON_TEXT - 1).join('')}…`;
}

/** One port button → a MAX button, or null when MAX cannot carry it (payload too long, nothing to do). */
export function maxButton(b: PortButton): MaxButton | null {
  const text = cutLabel(b.label);
  if (b.url) return /^https?:\/\//i.test(b.url) ? { type: 'link', text, url: b.url } : null;
  if (b.action === undefined) return null;
  if (Buffer.byteLength(b.action, 'utf8') > MAX_PAYLOAD_BYTES) return null;
  const button: MaxButton = { type: 'callback', text, payload: b.action };
  if (b.style === 'positive' || b.style === 'negative') button.intent = b.style;
  return button;
}

/** Rows of buttons → keyboards within MAX's limits: the first goes on the message, the rest on pages. */
export function keyboardPages(rows: MaxButton[][]): MaxKeyboard[] {
  const wrapped: MaxButton[][] = [];
  for (const row of rows) {
    for (let i = 0; i < row.length; i += MAX_PER_ROW) wrapped.push(row.slice(i, i + MAX_PER_ROW));
  }
  const pages: MaxKeyboard[] = [];
  let page: MaxKeyboard = [];
  let count = 0;
  for (const row of wrapped) {
    if (row.length === 0) continue;
    if (page.length >= MAX_ROWS || count + row.length > MAX_BUTTONS) {
      pages.push(page);
      page = [];
      count = 0;
    }
    page.push(row);
    count += row.length;
  }
  if (page.length) pages.push(page);
  return pages;
}

/** The inline buttons and the menu of a message, as MAX buttons. */
export function buttonRows(message: Pick<OutgoingMessage, 'buttons' | 'menu'>): { rows: MaxButton[][]; dropped: number } {
  let dropped = 0;
  const rows: MaxButton[][] = [];
  for (const row of message.buttons ?? []) {
    const out: MaxButton[] = [];
    for (const b of row) {
      const mb = maxButton(b);
      if (mb) out.push(mb);
      else dropped++;
    }
    if (out.length) rows.push(out);
  }
  for (const row of message.menu ?? []) {
    const out = row.filter((l) => l.trim()).map((label): MaxButton => ({ type: 'message', text: cutLabel(label) }));
    if (out.length) rows.push(out);
  }
  return { rows, dropped };
}

/** The message → the MAX messages it takes: the text (with the first keyboard), then pages of buttons. */
export function renderParts(message: OutgoingMessage): { parts: MaxPart[]; dropped: number } {
  const { rows, dropped } = buttonRows(message);
  const pages = keyboardPages(rows);
  const first: MaxPart = { text: message.text };
  if (message.format === 'html') first.format = 'html';
  if (pages[0]) first.keyboard = pages[0];
  const parts = [first];
  for (const keyboard of pages.slice(1)) parts.push({ text: PAGE_TEXT, keyboard });
  return { parts, dropped };
}

/** A keyboard as the attachment POST /messages takes. */
export function keyboardAttachment(keyboard: MaxKeyboard): { type: 'inline_keyboard'; payload: { buttons: MaxKeyboard } } {
  return { type: 'inline_keyboard', payload: { buttons: keyboard } };
}
