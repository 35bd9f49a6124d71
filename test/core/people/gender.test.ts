import { afterEach, describe, expect, it } from 'vitest';
import { BOOTSTRAP, createHarness, type Harness } from '../../support/harness.js';
import { findAccount, getPerson } from '../../../src/core/kernel/persons/person.js';
import { I18n } from '../../../src/i18n/i18n.js';

/** The grammatical gender: read from the patronymic, otherwise asked once, always editable in /profile. */
let h: Harness;
afterEach(async () => h?.close());
const i18n = new I18n();
const label = (gender: string) => i18n.t('ru', 'profile-gender-option', { gender });
const person = (userId: string) => getPerson(h.db, findAccount(h.db, 'local', userId)!.personId)!;
const asked = (userId: string) => h.messages(userId).some((m) => m.text === i18n.t('ru', 'profile-ask-gender'));

describe('grammatical gender', () => {
  it('a patronymic says it, and the question is not asked', async () => {
    h = await createHarness();
    await h.onboard('anna', BOOTSTRAP, { name: 'Анна Петровна Иванова' });
    expect(person('anna').gender).toBe('female');
    expect(asked('anna')).toBe(false);
  });

  it('without a patronymic it is asked once after onboarding; the answer agrees the texts; /profile edits it', async () => {
    h = await createHarness();
    await h.onboard('sasha', BOOTSTRAP, { name: 'Саша Ким' });
    expect(person('sasha').gender).toBe('unknown');
    expect(asked('sasha')).toBe(true);
    await h.press('sasha', label('female'));
    expect(person('sasha').gender).toBe('female');

    await h.say('sasha', '/profile');
    await h.press('sasha', i18n.t('ru', 'profile-edit-gender'));
    // «Она» contains «Он»: press the exact button.
    const he = h.last('sasha').buttons.flat().find((b) => b.label === label('male'))!;
    await h.pressAction('sasha', he.action!);
    expect(person('sasha').gender).toBe('male');
    expect(h.lastText('sasha')).toContain(i18n.t('ru', 'profile-saved'));
    // The buttons a person reads agree with them.
    expect(i18n.t('ru', 'programmes-button-accept', { readerGender: person('sasha').gender })).toBe('Согласен');
  });
});
