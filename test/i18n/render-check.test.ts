import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { DateTime } from 'luxon';
import { I18n, LOCALES_DIR } from '../../src/i18n/i18n.js';
import { textsFor } from '../../src/core/kernel/contact/texts.js';
import { checkLocale, parity, type Lang, type Moments } from './render-check.js';

/** Every message of both locales, rendered with representative arguments, reads as a colleague writes. */
const i18n = new I18n();
const source = (lang: Lang) => readFileSync(`${LOCALES_DIR}/${lang}.ftl`, 'utf8');
const now = DateTime.fromISO('2026-12-02T12:00', { zone: 'Europe/Moscow' }).toMillis();
const at = (iso: string) => DateTime.fromISO(iso, { zone: 'Europe/Moscow' }).toMillis();

function moments(lang: Lang): Moments {
  const tx = textsFor(i18n, lang, 'Europe/Moscow');
  return {
    today: tx.when(at('2026-12-02T15:00'), now),
    tomorrow: tx.when(at('2026-12-03T09:30'), now),
    far: tx.when(at('2027-03-15T10:00'), now),
    otherZone: tx.when(at('2026-12-04T15:00'), now, { zone: 'Asia/Yekaterinburg' }),
    day: tx.deadline('2026-12-05', now),
  };
}

const show = (ps: ReturnType<typeof checkLocale>) => ps.map((p) => `${p.lang} ${p.key} [${p.rule}]: ${p.text.replace(/\n/g, ' ⏎ ').slice(0, 160)}`);

describe('the locale render check', () => {
  it('the representative moments are as people say them', () => {
    expect(moments('ru')).toEqual({
      today: 'сегодня в 15:00',
      tomorrow: 'завтра в 9:30',
      far: '15 марта 2027 г. в 10:00',
      otherZone: 'в пятницу, 4 декабря, в 17:00 по времени Екатеринбурга',
      day: 'в субботу, 5 декабря',
    });
  });

  for (const lang of ['ru', 'en'] as const) {
    it(`every ${lang} message renders with no «(а)», IANA zone, empty placeholder, decimal point or Fluent error`, () => {
      expect(show(checkLocale(lang, source(lang), moments(lang)))).toEqual([]);
    });
  }

  it('both files have the same keys', () => {
    expect(parity(source('ru'), source('en'))).toEqual({ onlyRu: [], onlyEn: [] });
  });

  it('the checker itself catches each kind of bad message', () => {
    const bad = [
      'taken = Вопрос взял(а) { $name }.',
      'agree = Согласен(на)',
      'zone = Встреча { $when } (время Europe/Moscow).',
      'rating = Средняя оценка —.',
      'empty = Наставник: ().',
      'decimal = Средняя оценка 3.5 из 5.',
      'missing = Это { missing-message }.',
      'sentinel = Должность: { $position ->\n    [other] { $position }\n   *[none] none\n}',
      'good = Вопрос №3 · тема, срок 25.12.2026, ст. 351.8 ТК РФ, оценка { $rating }.',
    ].join('\n');
    const found = checkLocale('ru', bad, moments('ru')).map((p) => `${p.key}: ${p.rule}`);
    expect(found).toEqual(
      expect.arrayContaining([
        'taken: «(а)»-style gender form',
        'agree: «(а)»-style gender form',
        'zone: IANA zone name',
        'rating: empty placeholder',
        'empty: empty placeholder',
        'decimal: decimal point in Russian',
        'missing: Fluent error',
        'sentinel: leaked value',
      ]),
    );
    expect(found.filter((f) => f.startsWith('good:'))).toEqual([]);
    expect(parity('a = 1\nb = 2', 'a = 1\nc = 3')).toEqual({ onlyRu: ['b'], onlyEn: ['c'] });
  });
});
