/**
 * Neutral buttons and menus → VK keyboard JSON, within VK's limits:
 * - inline keyboard: at most 10 buttons, 6 rows, 5 buttons a row;
 * - normal keyboard: at most 40 buttons, 10 rows, 5 buttons a row;
 * - a label at most 40 characters (cut with "…"), a payload at most 255 bytes.
 * Inline buttons over the limit are paged: each page is one keyboard, the first goes with the
 * text and the others with follow-up messages. A menu cannot be paged (a second normal keyboard
 * replaces the first), so a menu over the limit is cut and the cut is reported.
 */
import type { Button } from '../../messaging/types.js';
import { shortLabel } from '../../messaging/labels.js';
import { PLATFORM_LIMITS } from '../../messaging/platform-limits.js';

const INLINE = PLATFORM_LIMITS.vk.inlineKeyboard!;

export const VK_KEYBOARD_LIMITS = {
  inline: { maxButtons: INLINE.maxButtons, maxRows: INLINE.maxRows, maxPerRow: 5 },
  normal: { maxButtons: 40, maxRows: 10, maxPerRow: 5 },
  maxLabelLength: 40,
  maxPayloadBytes: 255,
} as const;

type VkColor = 'primary' | 'secondary' | 'positive' | 'negative';

export type VkButton =
  | { action: { type: 'callback'; label: string; payload: string }; color: VkColor }
  | { action: { type: 'text'; label: string; payload?: string }; color: VkColor }
  | { action: { type: 'open_link'; label: string; link: string } };

export interface VkKeyboard {
  one_time?: boolean;
  inline: boolean;
  buttons: VkButton[][];
}

/** Cuts a label to VK's 40 characters at a word boundary (code points, so a Cyrillic or emoji label is not broken). */
export function fitLabel(label: string): string {
  return shortLabel(label, VK_KEYBOARD_LIMITS.maxLabelLength) || '…';
}

const fitsPayload = (payload: string) => Buffer.byteLength(payload, 'utf8') <= VK_KEYBOARD_LIMITS.maxPayloadBytes;

/** One neutral button → a VK button, or null when VK cannot carry it (no action/url, payload too long). */
export function toVkButton(button: Button): VkButton | null {
  const label = fitLabel(button.label);
  if (button.url) return { action: { type: 'open_link', label, link: button.url } };
  if (button.action === undefined) return null;
  const payload = JSON.stringify({ a: button.action });
  if (!fitsPayload(payload)) return null;
  return { action: { type: 'callback', label, payload }, color: button.style ?? 'secondary' };
}

function splitRow<T>(row: T[], perRow: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < row.length; i += perRow) out.push(row.slice(i, i + perRow));
  return out;
}

export interface InlinePages {
  /** Keyboards, one per message; empty when there are no buttons at all. */
  pages: VkKeyboard[];
  /** Buttons VK cannot carry (dropped). */
  dropped: number;
}

/**
 * Neutral rows of buttons → one or more inline keyboards. A row longer than 5 is wrapped; rows are
 * kept together on a page while the page has room (6 rows, 10 buttons); a row that does not fit
 * starts the next page.
 */
export function inlineKeyboardPages(rows: Button[][]): InlinePages {
  const { maxButtons, maxRows, maxPerRow } = VK_KEYBOARD_LIMITS.inline;
  let dropped = 0;
  const vkRows: VkButton[][] = [];
  for (const row of rows) {
    const converted: VkButton[] = [];
    for (const b of row) {
      const vb = toVkButton(b);
      if (vb) converted.push(vb);
      else dropped++;
    }
    vkRows.push(...splitRow(converted, maxPerRow).filter((r) => r.length > 0));
  }
  const pages: VkKeyboard[] = [];
  let current: VkButton[][] = [];
  let count = 0;
  for (const row of vkRows) {
    if (current.length > 0 && (current.length + 1 > maxRows || count + row.length > maxButtons)) {
      pages.push({ inline: true, buttons: current });
      current = [];
      count = 0;
    }
    current.push(row);
    count += row.length;
  }
  if (current.length > 0) pages.push({ inline: true, buttons: current });
  return { pages, dropped };
}

export interface MenuKeyboard {
  keyboard: VkKeyboard;
  /** Labels left out because the menu is over VK's limits. */
  cut: number;
}

/**
 * The persistent main menu → a normal keyboard of text buttons (one_time false). Each button's
 * payload carries the full label, so a label cut to 40 characters still comes back as the menu
 * item the core knows. `[]` → an empty keyboard, which removes the menu.
 */
export function menuKeyboard(menu: string[][]): MenuKeyboard {
  const { maxButtons, maxRows, maxPerRow } = VK_KEYBOARD_LIMITS.normal;
  const rows: VkButton[][] = [];
  let count = 0;
  let cut = 0;
  for (const labels of menu) {
    for (const part of splitRow(labels, maxPerRow)) {
      const row: VkButton[] = [];
      for (const label of part) {
        if (rows.length >= maxRows || count >= maxButtons) {
          cut++;
          continue;
        }
        const payload = JSON.stringify({ m: label });
        row.push({
          action: { type: 'text', label: fitLabel(label), ...(fitsPayload(payload) ? { payload } : {}) },
          color: 'secondary',
        });
        count++;
      }
      if (row.length > 0) rows.push(row);
    }
  }
  return { keyboard: { one_time: false, inline: false, buttons: rows }, cut };
}

/** An inline keyboard with no buttons: used on edit to remove the buttons of the edited message. */
export const EMPTY_INLINE_KEYBOARD: VkKeyboard = { inline: true, buttons: [] };
