import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';
import type { Expression, NamedArgument, Pattern } from '@fluent/bundle/esm/ast.js';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Fluent texts from locales/<lang>.ftl. Russian first; English second. Usable without an
 * update in hand (reminders, broadcasts). Russian plural forms come from Intl.PluralRules('ru').
 */

export const LANGUAGES = ['ru', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export type TextArgs = Record<string, FluentVariable>;

export const LOCALES_DIR = fileURLToPath(new URL('../../locales/', import.meta.url));

export function isLanguage(v: unknown): v is Language {
  return v === 'ru' || v === 'en';
}

/** A platform hint such as "en-US" or "ru" to one of our languages, or the fallback. */
export function pickLanguage(hint: unknown, fallback: Language): Language {
  // A platform's hint is untrusted input: anything but a string is no hint.
  const base = typeof hint === 'string' ? hint.toLowerCase().split(/[-_]/)[0] : undefined;
  return isLanguage(base) ? base : fallback;
}

const MEMO_SIZE = 20_000;

/** Collects the variables a pattern reads; false when it refers to another message (read with the same variables). */
function variablesIn(pattern: Pattern, names: Set<string>): boolean {
  if (typeof pattern === 'string') return true;
  for (const element of pattern) if (typeof element !== 'string' && !variablesOfExpression(element, names)) return false;
  return true;
}

function variablesOfExpression(e: Expression | NamedArgument, names: Set<string>): boolean {
  switch (e.type) {
    case 'var':
      names.add(e.name);
      return true;
    case 'str':
    case 'num':
      return true;
    case 'narg':
      return variablesOfExpression(e.value, names);
    case 'select':
      return variablesOfExpression(e.selector, names) && e.variants.every((v) => variablesIn(v.value, names));
    case 'func':
    case 'term':
      return e.args.every((a) => variablesOfExpression(a, names));
    default:
      return false;
  }
}

export class I18n {
  private readonly bundles = new Map<Language, FluentBundle>();

  constructor(dir: string = LOCALES_DIR) {
    for (const lang of LANGUAGES) {
      const bundle = new FluentBundle(lang, { useIsolating: false });
      const errors = bundle.addResource(new FluentResource(readFileSync(`${dir}/${lang}.ftl`, 'utf8')));
      if (errors.length) throw new Error(`locales/${lang}.ftl: ${errors.map((e) => e.message).join('; ')}`);
      this.bundles.set(lang, bundle);
    }
  }

  has(lang: Language, key: string): boolean {
    return this.bundles.get(lang)!.hasMessage(key);
  }

  /** The text for `key` in `lang`; a missing key throws, so a test catches it. */
  t(lang: Language, key: string, args?: TextArgs): string {
    const bundle = this.bundles.get(lang) ?? this.bundles.get('ru')!;
    const message = bundle.getMessage(key);
    if (!message?.value) throw new Error(`missing text ${key} in ${lang}`);
    // A number of a thing (№1383) is its name, not a quantity: no thousands separator («№1 383»).
    if (typeof args?.id === 'number') args = { ...args, id: String(args.id) };
    const memoKey = this.memoKey(bundle.locales[0]!, key, message.value, args);
    if (memoKey !== null) {
      const known = this.formatted.get(memoKey);
      if (known !== undefined) return known;
    }
    const errors: Error[] = [];
    const text = bundle.formatPattern(message.value, args, errors);
    // A person's gender not passed reads as not known: the neutral phrasing, never a failed reply.
    const real = errors.filter((e) => !/^Unknown variable: \$\w*[gG]ender$/.test(e.message));
    if (real.length) throw new Error(`text ${key} in ${lang}: ${real.map((e) => e.message).join('; ')}`);
    if (memoKey !== null) {
      if (this.formatted.size >= MEMO_SIZE) this.formatted.clear();
      this.formatted.set(memoKey, text);
    }
    return text;
  }

  /**
   * Formatted texts, remembered by message and the values of the variables it reads: a reminder
   * sweep or a broadcast formats the same line for thousands of people, and Fluent's plural
   * selection and number formatting cost more than the rest of queueing the message. A text is
   * a pure function of the bundle (fixed once loaded) and those values; only plain strings and
   * finite numbers count as values, anything else is formatted every time.
   */
  private readonly formatted = new Map<string, string>();
  private readonly reads = new Map<string, string[] | null>();

  private memoKey(locale: string, key: string, pattern: Pattern, args: TextArgs | undefined): string | null {
    const id = `${locale}|${key}`;
    let names = this.reads.get(id);
    if (names === undefined) {
      const found = new Set<string>();
      names = variablesIn(pattern, found) ? [...found] : null;
      this.reads.set(id, names);
    }
    if (names === null) return null;
    // Each value carries its kind and length, so no two lists of values give the same key.
    let memo = id;
    for (const name of names) {
      const v = args?.[name];
      if (typeof v === 'string') memo += `\u0000s${v.length}:${v}`;
      else if (typeof v === 'number' && Number.isFinite(v) && !Object.is(v, -0)) memo += `\u0000n${v}`;
      else if (v === undefined) memo += '\u0000u';
      else return null;
    }
    return memo;
  }

  /** All message ids of a language (the locale-parity test uses it). */
  keys(lang: Language): string[] {
    const bundle = this.bundles.get(lang)!;
    return [...(bundle as unknown as { _messages: Map<string, unknown> })._messages.keys()];
  }
}
