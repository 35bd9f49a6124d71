import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';
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
export function pickLanguage(hint: string | undefined, fallback: Language): Language {
  const base = hint?.toLowerCase().split(/[-_]/)[0];
  return isLanguage(base) ? base : fallback;
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
    const errors: Error[] = [];
    const text = bundle.formatPattern(message.value, args, errors);
    if (errors.length) throw new Error(`text ${key} in ${lang}: ${errors.map((e) => e.message).join('; ')}`);
    return text;
  }

  /** All message ids of a language (the locale-parity test uses it). */
  keys(lang: Language): string[] {
    const bundle = this.bundles.get(lang)!;
    return [...(bundle as unknown as { _messages: Map<string, unknown> })._messages.keys()];
  }
}
