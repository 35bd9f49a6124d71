import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { I18n } from '../../src/i18n/i18n.js';
import { allFeatures } from '../../src/app/features.js';

const i18n = new I18n();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sourceFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('locales', () => {
  it('ru.ftl and en.ftl have the same keys', () => {
    const ru = i18n.keys('ru').sort();
    const en = i18n.keys('en').sort();
    expect(ru.filter((k) => !en.includes(k))).toEqual([]);
    expect(en.filter((k) => !ru.includes(k))).toEqual([]);
    expect(ru.length).toBeGreaterThan(50);
  });

  it('every key the code names exists in both languages', () => {
    const used = new Set<string>();
    for (const file of sourceFiles('src')) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt\(\s*(?:[a-z]+,\s*)?'([a-z][a-z0-9]*(?:-[a-z0-9]+)+)'/g)) used.add(m[1]!);
      for (const m of text.matchAll(/(?:descriptionKey|menuKey|labelKey): '([a-z][a-z0-9]*(?:-[a-z0-9]+)+)'/g)) used.add(m[1]!);
      for (const m of text.matchAll(/UserError\('([a-z][a-z0-9]*(?:-[a-z0-9]+)+)'/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(30);
    const missing = [...used].filter((k) => !i18n.has('ru', k) || !i18n.has('en', k));
    expect(missing).toEqual([]);
  });

  it('every command has a description and every menu label exists', () => {
    for (const f of allFeatures()) {
      for (const c of f.commands ?? []) {
        for (const lang of ['ru', 'en'] as const) {
          expect(i18n.t(lang, c.descriptionKey).length).toBeGreaterThan(2);
          if (c.menuKey) expect(i18n.t(lang, c.menuKey).length).toBeGreaterThan(1);
        }
      }
    }
  });

  it('Russian plurals take the right form', () => {
    const args = (count: number) => ({ count, query: 'x' });
    expect(i18n.t('ru', 'find-title', args(1))).toContain('нашёлся 1 человек');
    expect(i18n.t('ru', 'find-title', args(3))).toContain('3 человека');
    expect(i18n.t('ru', 'find-title', args(5))).toContain('5 человек:');
    expect(i18n.t('ru', 'invite-days-option', { count: 21 })).toBe('21 день');
    expect(i18n.t('ru', 'invite-days-option', { count: 22 })).toBe('22 дня');
    expect(i18n.t('ru', 'invite-days-option', { count: 11 })).toBe('11 дней');
  });

  it('no user-facing Cyrillic text sits in the code', () => {
    const offenders = sourceFiles('src')
      // Parsing vocabulary (words people type), not texts people read.
      .filter((f) => !f.endsWith('config.ts') && !f.includes('/dates/'))
      .flatMap((f) =>
        readFileSync(f, 'utf8')
          .split('\n')
          .map((line, i) => ({ f, i, line }))
          .filter(
            ({ line }) =>
              /['"`][^'"`]*[А-Яа-яЁё][^'"`]*['"`]/.test(line) &&
              !/^\s*(\/\/|\*|\/\*)/.test(line) &&
              // Vocabulary of what people type (CSV headers, role words), marked so.
              !line.includes('// words people type'),
          ),
      )
      .map(({ f, i }) => `${f}:${i + 1}`);
    expect(offenders).toEqual([]);
  });
});
