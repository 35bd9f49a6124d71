/**
 * The small HTML subset an `OutgoingMessage` with format 'html' carries (<b>, <i>, <u>, <s>,
 * <code>, <pre>, <a href>, entities): escaping text into it, and splitting a long one into
 * messages without cutting a tag or an entity — a tag open at the cut is closed at the end of
 * one part and opened again at the start of the next, so each part is valid on its own.
 */

/** Escapes text for the HTML subset (also safe inside a double-quoted attribute). */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

interface OpenTag {
  name: string;
  /** The opening tag exactly as written (with its attributes), to open it again. */
  tag: string;
}

interface SafeCut {
  /** Index in the string: a cut here is between tokens. */
  at: number;
  open: readonly OpenTag[];
  closeLength: number;
}

const TOKEN = /<\/?([a-z][a-z0-9-]*)[^>]*>|&(?:#x[0-9a-f]+|#\d+|[a-z]+);|[\ud800-\udbff][\udc00-\udfff]|[\s\S]/gi;
const VOID = new Set(['br']);

const closersOf = (open: readonly OpenTag[]): string => open.map((t) => `</${t.name}>`).reverse().join('');

/** Every place the string may be cut, with the tags open there. */
function safeCuts(s: string): SafeCut[] {
  const cuts: SafeCut[] = [];
  let open: readonly OpenTag[] = [];
  let closeLength = 0;
  for (const m of s.matchAll(TOKEN)) {
    cuts.push({ at: m.index, open, closeLength });
    const token = m[0];
    const name = m[1]?.toLowerCase();
    if (name === undefined || VOID.has(name) || token.endsWith('/>')) continue;
    if (token.startsWith('</')) {
      const i = open.map((t) => t.name).lastIndexOf(name);
      if (i >= 0) open = open.slice(0, i);
    } else {
      open = [...open, { name, tag: token }];
    }
    closeLength = closersOf(open).length;
  }
  return cuts;
}

/**
 * Splits an HTML text into parts of at most `max` characters (tags and entities included, so a
 * part is never longer on any platform) at paragraph, then line, then word boundaries.
 */
export function splitHtml(html: string, max: number): string[] {
  const parts: string[] = [];
  let rest = html;
  let prefix = 0; // the length of the tags reopened at the start of `rest`
  while (rest.length > max) {
    const fits = safeCuts(rest).filter((c) => c.at > prefix && c.at + c.closeLength <= max);
    if (!fits.length) break; // tags alone fill a message: nothing sensible to cut
    const late = fits.filter((c) => c.at >= max / 2);
    const pick =
      [/^\n\n/, /^\n/, /^\s/].map((re) => late.findLast((c) => re.test(rest.slice(c.at, c.at + 2)))).find((c) => c !== undefined) ??
      fits.at(-1)!;
    parts.push(rest.slice(0, pick.at).trimEnd() + closersOf(pick.open));
    const reopen = pick.open.map((t) => t.tag).join('');
    rest = reopen + rest.slice(pick.at).trimStart();
    prefix = reopen.length;
  }
  if (rest) parts.push(rest);
  return parts;
}
