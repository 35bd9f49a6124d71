/**
 * Text for VK community messages, which have no formatting: the core's small HTML subset
 * (<b>, <i>, <a href>, line breaks, entities) becomes plain text; a link keeps its URL as text.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

const TOKEN =
  /<a\s[^>]*?href\s*=\s*(?:"([^"]*)"|'([^']*)')[^>]*>([\s\S]*?)<\/a\s*>|(<br\s*\/?>)|<\/?[a-z][^>]*>|&(?:#x[0-9a-f]+|#\d+|[a-z]+);/gi;

/**
 * The core's HTML → plain text in one pass (so an escaped "&amp;lt;" is decoded once): tags
 * dropped, <br> → a line break, `<a href="u">label</a>` → "label (u)", entities decoded.
 */
export function htmlToPlain(html: string): string {
  return html.replace(TOKEN, (whole, dq: string | undefined, sq: string | undefined, inner: string | undefined, br: string | undefined) => {
    if (inner !== undefined) {
      const url = decodeEntities(dq ?? sq ?? '');
      const label = decodeEntities(inner.replace(/<[^>]*>/g, '')).trim();
      if (!url) return label;
      if (!label || label === url) return url;
      return `${label} (${url})`;
    }
    if (br !== undefined) return '\n';
    if (whole.startsWith('&')) return decodeEntities(whole);
    return '';
  });
}

/** The text VK shows, and its length in the units VK counts (characters). */
export function vkText(text: string, format: 'plain' | 'html' | undefined): string {
  return format === 'html' ? htmlToPlain(text) : text;
}

/** VK's longest message text. */
export const VK_MAX_TEXT_LENGTH = 4096;
