import { describe, expect, it } from 'vitest';
import { escapeHtml, splitHtml } from '../../src/messaging/html.js';
import { splitMessageText, splitText } from '../../src/messaging/outbox.js';
import { htmlToPlain } from '../../src/adapters/vk/message-text.js';

/** Whether every tag opened in a part is closed in it, in order, and no tag or entity is cut. */
function wellFormed(part: string): boolean {
  const stack: string[] = [];
  const rest = part.replace(/<(\/?)([a-z]+)[^<>]*>|&(#\d+|[a-z]+);/gi, (_w, slash: string | undefined, name: string | undefined) => {
    if (name === undefined) return '';
    if (slash) {
      if (stack.pop() !== name) stack.push('!mismatch');
    } else stack.push(name);
    return '';
  });
  return stack.length === 0 && !/[<>&]/.test(rest);
}

describe('splitHtml', () => {
  it('leaves a short text whole', () => {
    expect(splitHtml('<b>a</b> b', 100)).toEqual(['<b>a</b> b']);
  });

  it('never cuts inside a tag, an entity or a surrogate pair; closes and reopens open tags', () => {
    const para = `<b>Жирный абзац &amp; <a href="https://x.example/?a=1&amp;b=2">ссылка</a> 🎉 и ещё слова</b>`;
    const html = Array.from({ length: 12 }, () => para).join(' ');
    for (const max of [70, 97, 150, 301]) {
      const parts = splitHtml(html, max);
      expect(parts.length).toBeGreaterThan(1);
      for (const p of parts) {
        expect(p.length).toBeLessThanOrEqual(max);
        expect(wellFormed(p), p).toBe(true);
        expect(p).not.toMatch(/[\ud800-\udbff]$|^[\udc00-\udfff]/);
      }
      // What a reader sees is the whole text, word for word.
      const words = (s: string) => htmlToPlain(s).split(/\s+/).filter(Boolean);
      expect(parts.flatMap(words)).toEqual(words(html));
    }
  });

  it('prefers a paragraph break, and a tag spanning it is reopened', () => {
    const html = `<i>${'а'.repeat(40)}\n\n${'б'.repeat(40)}</i>`;
    expect(splitHtml(html, 70)).toEqual([`<i>${'а'.repeat(40)}</i>`, `<i>${'б'.repeat(40)}</i>`]);
  });

  it('the outbox splits html with splitHtml and plain text as before', () => {
    const long = `<b>${'x '.repeat(3000)}</b>`;
    const parts = splitMessageText(long, 'html');
    expect(parts.length).toBe(2);
    expect(parts.every((p) => p.startsWith('<b>') && p.endsWith('</b>'))).toBe(true);
    expect(splitMessageText('a < b', 'plain')).toEqual(splitText('a < b'));
  });

  it('escapeHtml escapes what HTML needs and nothing else', () => {
    expect(escapeHtml('Иван & Мария <3 "да"')).toBe('Иван &amp; Мария &lt;3 &quot;да&quot;');
  });
});
