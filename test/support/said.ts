import { FluentBundle, FluentResource } from '@fluent/bundle';
import type { Expression, Pattern } from '@fluent/bundle/esm/ast.js';
import { readFileSync } from 'node:fs';
import { I18n, LOCALES_DIR, type Language, type TextArgs } from '../../src/i18n/i18n.js';

/**
 * Assertions by meaning: a test says which text it expects by the text's key in the locales,
 * not by copying its words, so rewording a message does not break tests that are not about the
 * wording.
 *
 *   expect(h.lastText('masha')).toMatch(said('question-sent'));     // that message, any values
 *   expect(ack).toBe(text('question-claimed-ack'));                   // exactly, with these values
 *   expect(labels).toContain(text('question-take'));
 *
 * `said(key)` is a pattern built from the message itself: its words are literal, each variable
 * matches any text, each selector matches any of its variants, a reference to another message
 * matches that message. It is unanchored (a reply may hold a header and more lines). A message
 * with no words of its own would match anything, so `said` refuses it: use `text` with values.
 */

const bundles = new Map<Language, FluentBundle>();
function bundle(lang: Language): FluentBundle {
  let b = bundles.get(lang);
  if (!b) {
    b = new FluentBundle(lang, { useIsolating: false });
    b.addResource(new FluentResource(readFileSync(`${LOCALES_DIR}/${lang}.ftl`, 'utf8')));
    bundles.set(lang, b);
  }
  return b;
}

const ANY = '[\\s\\S]*?';

function escape(literal: string): string {
  // Whitespace as any whitespace: a text may be re-wrapped by a platform (Telegram's entities,
  // VK's plain text) or joined from lines.
  return literal
    .split(/\s+/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');
}

interface Built {
  source: string;
  /** Letters of the message's own words: a pattern without any matches anything. */
  letters: number;
}

function ofPattern(b: FluentBundle, pattern: Pattern, depth: number): Built {
  if (typeof pattern === 'string') return { source: escape(pattern), letters: letters(pattern) };
  let source = '';
  let count = 0;
  for (const element of pattern) {
    const part = typeof element === 'string' ? { source: escape(element), letters: letters(element) } : ofExpression(b, element, depth);
    source += part.source;
    count += part.letters;
  }
  return { source, letters: count };
}

function ofExpression(b: FluentBundle, e: Expression, depth: number): Built {
  switch (e.type) {
    case 'str':
      return { source: escape(e.value), letters: letters(e.value) };
    case 'num':
      return { source: ANY, letters: 0 };
    case 'select': {
      const variants = e.variants.map((v) => ofPattern(b, v.value, depth));
      return { source: `(?:${variants.map((v) => v.source).join('|')})`, letters: Math.min(...variants.map((v) => v.letters)) };
    }
    case 'mesg': {
      const m = b.getMessage(e.name);
      const value = e.attr ? m?.attributes[e.attr] : m?.value;
      if (!value || depth > 5) return { source: ANY, letters: 0 };
      return ofPattern(b, value, depth + 1);
    }
    default:
      return { source: ANY, letters: 0 };
  }
}

const letters = (s: string): number => (s.match(/\p{L}/gu) ?? []).length;

const made = new Map<string, RegExp>();

/** The message `key` with any values: a pattern to `toMatch` a reply, a toast or a button. */
export function said(key: string, lang: Language = 'ru'): RegExp {
  const id = `${lang}|${key}`;
  const known = made.get(id);
  if (known) return known;
  const b = bundle(lang);
  const message = b.getMessage(key);
  if (!message?.value) throw new Error(`said(): no text ${key} in ${lang}`);
  const built = ofPattern(b, message.value, 0);
  if (built.letters < 2) throw new Error(`said(): ${key} has no words of its own to match; use text(${key}, values)`);
  const re = new RegExp(built.source.replace(/^(?:\\s\+)+|(?:\\s\+)+$/g, ''), 'u');
  made.set(id, re);
  return re;
}

const i18n = new I18n();

/** The message `key` exactly as the bot writes it with these values. */
export function text(key: string, args?: TextArgs, lang: Language = 'ru'): string {
  return i18n.t(lang, key, args);
}

/** The keys among `keys` whose message `s` holds: to say which of several texts a reply was. */
export function whichOf(s: string, keys: readonly string[], lang: Language = 'ru'): string[] {
  return keys.filter((k) => said(k, lang).test(s));
}
