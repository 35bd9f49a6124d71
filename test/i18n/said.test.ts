import { describe, expect, it } from 'vitest';
import { I18n } from '../../src/i18n/i18n.js';
import { said, text, whichOf } from '../support/said.js';

const i18n = new I18n();

describe('said(): assertions by a text\'s key', () => {
  it('matches the message with any values and in any of its plural forms, inside a longer reply', () => {
    for (const count of [1, 3, 5, 21]) {
      const reply = `Шапка\n${i18n.t('ru', 'question-sent', { id: 12, count })}\nещё строка`;
      expect(reply).toMatch(said('question-sent'));
    }
  });

  it('does not match another message, or the message with its words changed', () => {
    const other = i18n.t('ru', 'question-sent-to', { id: 12, name: 'Ольга Белова' });
    expect(other).not.toMatch(said('question-sent'));
    const reworded = i18n.t('ru', 'question-sent', { id: 12, count: 3 }).replace('отправлен', 'передан');
    expect(reworded).not.toMatch(said('question-sent'));
  });

  it('matches across re-wrapped whitespace, as a platform may show it', () => {
    const shown = i18n.t('ru', 'question-sent', { id: 2, count: 2 }).replace(/ /g, '\n');
    expect(shown).toMatch(said('question-sent'));
  });

  it('works for English too, and text() renders exactly what the bot writes', () => {
    expect(i18n.t('en', 'question-sent', { id: 3, count: 1 })).toMatch(said('question-sent', 'en'));
    expect(text('question-take-ok')).toBe(i18n.t('ru', 'question-take-ok'));
  });

  it('refuses a key that does not exist, and a message with no words to match', () => {
    expect(() => said('no-such-key')).toThrow(/no text/);
    const wordless = i18n.keys('ru').find((k) => {
      try {
        said(k);
        return false;
      } catch {
        return true;
      }
    });
    if (wordless) expect(() => said(wordless)).toThrow(/no words/);
  });

  it('whichOf tells which of several texts a reply is', () => {
    const reply = i18n.t('ru', 'question-take-ok');
    expect(whichOf(reply, ['question-sent', 'question-take-ok'])).toEqual(['question-take-ok']);
  });

  it('every message of both locales either matches its own rendering or is refused as wordless', () => {
    // A pattern that fails to match the text it was built from would make tests fail for no reason.
    let checked = 0;
    for (const lang of ['ru', 'en'] as const) {
      for (const key of i18n.keys(lang)) {
        let re: RegExp;
        try {
          re = said(key, lang);
        } catch {
          continue;
        }
        let rendered: string;
        try {
          rendered = i18n.t(lang, key, { id: 7, count: 2, name: 'Ольга Белова', header: 'Вопрос №7', gender: 'female' });
        } catch {
          continue; // needs values of other kinds; render-check covers those
        }
        expect(rendered, `${lang} ${key}`).toMatch(re);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });
});
