import { describe, expect, it } from 'vitest';
import { I18n } from '../../src/i18n/i18n.js';

/** Found by the 300-staff year: question №1383 was shown as «№1 383», and the asker's copy could not be matched. */
describe('numbers of things', () => {
  it('a number (№) has no thousands separator; a count still has one', () => {
    const i18n = new I18n();
    const sent = i18n.t('ru', 'question-sent', { id: 1383, count: 2 });
    expect(sent).toContain('Вопрос №1383 ');
    expect(i18n.t('en', 'question-sent', { id: 12345, count: 2 })).toContain('12345');
    expect(i18n.t('ru', 'surveys-summary-respondents', { count: 1383 })).not.toContain('1383');
  });
});
