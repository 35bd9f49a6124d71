/**
 * Button labels short enough for every messenger. VK refuses a label over 40 characters (its adapter
 * cuts one, see adapters/vk/keyboard.ts), and a phone-wide Telegram button shows about as many, so
 * the core shortens its own labels once, the same way for every platform: at a word boundary, with
 * "…", keeping a tail (seats left, a date, a mark) whole.
 */

/** The longest label every platform shows whole (VK's limit). */
export const LABEL_MAX = 40;

const ELLIPSIS = '…';
/** Punctuation that reads badly right before "…". */
const DANGLING = /[\s,;:·—–\-(«"'/]+$/u;

/**
 * `text` + `tail`, at most `max` characters (code points, so Cyrillic and emoji are never split).
 * When too long, `text` is cut at the last word boundary that fits (or mid-word if a single word is
 * longer than half the room) and ends with "…"; `tail` is kept whole unless it alone does not fit.
 */
export function shortLabel(text: string, max: number = LABEL_MAX, tail = ''): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  const end = tail.replace(/\s+/g, ' ');
  const tailLength = Array.from(end).length;
  const room = max - tailLength;
  if (room < 2) return tail ? shortLabel(`${clean}${end}`, max) : clip(clean, max);
  return `${clip(clean, room)}${end}`;
}

/** `text` cut to `room` characters at a word boundary, ending with "…" when cut. */
function clip(text: string, room: number): string {
  const chars = Array.from(text);
  if (chars.length <= room) return text;
  if (room < 1) return '';
  const head = chars.slice(0, room - 1);
  const next = chars[room - 1]!;
  let cut = head.join('');
  if (next !== ' ') {
    const space = cut.lastIndexOf(' ');
    // Keep whole words, unless that would throw away more than half of the room.
    if (space > 0 && Array.from(cut.slice(0, space)).length >= room / 2) cut = cut.slice(0, space);
  }
  return `${cut.replace(DANGLING, '')}${ELLIPSIS}`;
}

/**
 * A label made by a frame around `text` (usually a locale message, e.g. "{ $title } (until …)"):
 * `text` is shortened so that the whole label fits, the frame's own words kept whole.
 */
export function shortLabelIn(frame: (text: string) => string, text: string, max: number = LABEL_MAX): string {
  const room = max - Array.from(frame('')).length;
  const whole = frame(text.replace(/\s+/g, ' ').trim());
  if (Array.from(whole).length <= max) return whole;
  return room >= 2 ? frame(clip(text.replace(/\s+/g, ' ').trim(), room)) : shortLabel(whole, max);
}
