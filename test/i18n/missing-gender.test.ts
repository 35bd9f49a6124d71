import { describe, expect, it } from 'vitest';
import { I18n } from '../../src/i18n/i18n.js';

describe('a gender not passed', () => {
  it('reads as not known (the neutral phrasing); any other missing variable still fails', () => {
    const i18n = new I18n();
    expect(i18n.t('ru', 'question-already-taken', { name: 'Ольга Белова' })).toBe(i18n.t('ru', 'question-already-taken', { name: 'Ольга Белова', mentorGender: 'unknown' }));
    expect(i18n.t('ru', 'question-already-taken', { name: 'Ольга Белова', mentorGender: 'female' })).toContain('взяла');
    expect(() => i18n.t('ru', 'question-already-taken', { mentorGender: 'female' })).toThrow('Unknown variable: $name');
  });
});
