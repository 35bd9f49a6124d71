/**
 * A Telegram message's text and entities → the small HTML subset the port carries (what
 * parse_mode HTML renders and the VK adapter strips): <b>, <i>, <u>, <s>, <code>, <pre>,
 * <a href>. Everything else in the text is escaped. Offsets and lengths are in UTF-16 code
 * units, which is how a JS string is indexed, so Cyrillic and emoji (surrogate pairs) keep the
 * tags where the person put them. Other entity kinds (mentions, hashtags, spoilers, custom
 * emoji…) are left as plain text.
 */
import type { MessageEntity } from 'grammy/types';
import { escapeHtml } from '../../messaging/html.js';

export { escapeHtml };

interface Span {
  start: number;
  end: number;
  open: string;
  close: string;
  /** The entity's place in the list: a stable tie-break. */
  index: number;
}

const SIMPLE: Partial<Record<MessageEntity['type'], string>> = {
  bold: 'b',
  italic: 'i',
  underline: 'u',
  strikethrough: 's',
  code: 'code',
};

const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

function spanOf(text: string, e: MessageEntity, index: number): Span | null {
  const start = Math.max(0, Math.min(text.length, e.offset));
  const end = Math.max(start, Math.min(text.length, e.offset + e.length));
  if (end === start) return null;
  const tag = SIMPLE[e.type];
  if (tag) return { start, end, open: `<${tag}>`, close: `</${tag}>`, index };
  if (e.type === 'pre') {
    const lang = e.language?.trim();
    return lang
      ? { start, end, open: `<pre><code class="language-${escapeHtml(lang)}">`, close: '</code></pre>', index }
      : { start, end, open: '<pre>', close: '</pre>', index };
  }
  if (e.type === 'text_link') return { start, end, open: `<a href="${escapeHtml(e.url)}">`, close: '</a>', index };
  if (e.type === 'url') {
    // "example.org" is linked by Telegram by itself; only a URL with its scheme becomes an <a>,
    // so the VK copy does not read "example.org (http://example.org)".
    const url = text.slice(start, end);
    return HAS_SCHEME.test(url) ? { start, end, open: `<a href="${escapeHtml(url)}">`, close: '</a>', index } : null;
  }
  return null;
}

/** Outer first: earlier start, then longer, then the entity's order. */
function outerFirst(a: Span, b: Span): number {
  return a.start - b.start || b.end - a.end || a.index - b.index;
}

/**
 * The HTML for a text with its entities, or undefined when no entity formats anything (the
 * plain text says it all). Entities that overlap without nesting are closed and reopened.
 */
export function entitiesToHtml(text: string, entities: readonly MessageEntity[] | undefined): string | undefined {
  const spans = (entities ?? []).map((e, i) => spanOf(text, e, i)).filter((s): s is Span => s !== null);
  if (!spans.length) return undefined;
  spans.sort(outerFirst);
  const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  let html = '';
  const open: Span[] = [];
  for (let k = 0; k < cuts.length - 1; k++) {
    const from = cuts[k]!;
    const to = cuts[k + 1]!;
    const active = spans.filter((s) => s.start <= from && s.end >= to);
    let keep = 0;
    while (keep < open.length && keep < active.length && open[keep] === active[keep]) keep++;
    while (open.length > keep) html += open.pop()!.close;
    for (const s of active.slice(keep)) {
      html += s.open;
      open.push(s);
    }
    html += escapeHtml(text.slice(from, to));
  }
  while (open.length) html += open.pop()!.close;
  return html;
}
