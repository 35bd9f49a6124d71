import { describe, expect, it } from 'vitest';
import { I18n } from '../../src/i18n/i18n.js';

/** I18n remembers formatted texts by the variables a message reads; the texts must not change. */
describe('remembered texts', () => {
  it('gives each plural form and each value its own text, ignoring variables the message does not read', () => {
    const i18n = new I18n();
    const fresh = () => new I18n();
    const args = (days: number, mentees: string) => ({ title: 'План', date: '16.01.2027', days, mentees, mentor: 'Мария' });
    const texts = [1, 2, 5, 11, 21, 22, 3, 1].map((d) => i18n.t('ru', 'programmes-remind-before', args(d, `Имя ${d}`)));
    expect(texts).toEqual([1, 2, 5, 11, 21, 22, 3, 1].map((d) => fresh().t('ru', 'programmes-remind-before', args(d, 'другое'))));
    expect(texts[0]).toContain('1 день');
    expect(texts[1]).toContain('2 дня');
    expect(texts[2]).toContain('5 дней');
    expect(i18n.t('en', 'programmes-remind-before', args(2, 'x'))).toBe(fresh().t('en', 'programmes-remind-before', args(2, 'x')));
    // Values that only differ in where one ends and the next begins are different texts.
    const a = i18n.t('ru', 'programmes-remind-mentor', { mentees: 'А', title: 'Б В', date: '1' });
    const b = i18n.t('ru', 'programmes-remind-mentor', { mentees: 'А Б', title: 'В', date: '1' });
    expect(a).not.toBe(b);
    expect(b).toBe(fresh().t('ru', 'programmes-remind-mentor', { mentees: 'А Б', title: 'В', date: '1' }));
  });

  it('still throws for a missing variable, every time', () => {
    const i18n = new I18n();
    expect(() => i18n.t('ru', 'programmes-remind-before', { title: 'x', date: 'y' })).toThrow();
    expect(() => i18n.t('ru', 'programmes-remind-before', { title: 'x', date: 'y' })).toThrow();
  });
});
