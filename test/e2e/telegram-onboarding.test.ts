/**
 * End to end through Telegram: the real grammY adapter (long polling through the runner)
 * against telegram-test-api, the whole app (router, core, outbox, dispatcher) behind it.
 * Two people: the first comes in with the bootstrap code, invites the second, who then finds
 * the first in the directory.
 */
import { describe, expect, it } from 'vitest';
import { findAccount, getPerson } from '../../src/core/kernel/persons/person.js';
import { listTopics } from '../../src/core/kernel/organisation/topics.js';
import { BOOTSTRAP, type Harness } from '../support/harness.js';
import type { TelegramEmulator } from '../support/telegram-emulator.js';
import { useTelegramApp } from '../support/telegram-app.js';
import { inlineButtons, TelegramPerson, UpdateTracker } from '../support/telegram-person.js';
import { text } from '../support/said.js';

let emu: TelegramEmulator;
let h: Harness;
const tracker = new UpdateTracker();
useTelegramApp(tracker, (app) => ({ emu, h } = app));

/** Picks a topic in the picker, paging forward until it shows (the picker is edited in place). */
async function pickTopic(person: TelegramPerson, title: string): Promise<void> {
  for (let i = 0; i < 10; i++) {
    const picker = [...person.messages()].reverse().find((m) => inlineButtons(m).some((b) => b.text === 'Готово'));
    if (!picker) throw new Error('no topic picker');
    const button = inlineButtons(picker).find((b) => b.text.replace('✅ ', '') === title);
    if (button?.callback_data) {
      await person.pressData(button.callback_data, picker.messageId);
      return;
    }
    await person.press(text('common-next'), picker.messageId);
  }
  throw new Error(`topic ${title} not found`);
}

async function onboard(person: TelegramPerson, code: string, spec: { name: string; offers?: string[] }): Promise<void> {
  await person.say(`/start ${code}`);
  await person.press(text('onboarding-consent-yes'));
  await person.say(spec.name);
  await person.press(text('position-educator'));
  for (const kind of ['offers', 'wants'] as const) {
    for (const topic of kind === 'offers' ? (spec.offers ?? []) : []) {
      await pickTopic(person, listTopics(h.db, h.org.id).find((t) => t.code === topic)!.titleRu);
    }
    await person.press(text('common-done'));
  }
  await person.press(text('profile-days-mon-fri'));
  await person.press('09:00–18:00');
  await person.press(text('tz-moscow'));
}

function personOf(userId: number) {
  const account = findAccount(h.db, 'telegram', String(userId));
  return account ? getPerson(h.db, account.personId) : null;
}

describe('onboarding through Telegram', () => {
  const anna = () => new TelegramPerson(emu, 7001, tracker, 'Анна');
  const boris = () => new TelegramPerson(emu, 7002, tracker, 'Борис');

  it('the first person comes in with the bootstrap code: consent, profile, the main menu', async () => {
    const a = anna();
    await onboard(a, BOOTSTRAP, { name: 'Анна Петровна Иванова', offers: ['parents'] }).catch(async (err) => {
      throw new Error(`${String(err)}\nlast message: ${a.lastText()}`);
    });

    const person = personOf(7001);
    expect(person).toMatchObject({ status: 'active', fullName: 'Анна Петровна Иванова' });
    expect(person!.roles.sort()).toEqual(['admin', 'curator']);
    expect(a.lastText()).toContain('Анна Петровна Иванова');
    expect(a.menu()?.flat()).toContain(text('menu-profile'));
    // The topic picker was edited in place, not sent again and again.
    const pickers = a.messages().filter((m) => inlineButtons(m).some((b) => b.text === 'Готово'));
    expect(pickers.length).toBeLessThanOrEqual(2);
  });

  it('an invitation brings the second person in, who then finds the first with /find', async () => {
    const a = anna();
    await a.say('/invite mentor 1 7');
    const code = /\/start (\w+)/.exec(a.lastText())?.[1];
    expect(code).toBeDefined();
    expect(a.lastText()).toContain(`?start=${code}`);

    const b = boris();
    await onboard(b, code!, { name: 'Борис Смирнов', offers: ['special_needs'] });
    const person = personOf(7002);
    expect(person).toMatchObject({ status: 'active', fullName: 'Борис Смирнов', roles: ['mentor'] });

    await b.say('/find Иванова');
    expect(b.lastText()).toContain('Анна Петровна Иванова');

    // And by topic, through the menu's reply keyboard: its label comes back as plain text.
    const findLabel = b.menu()?.flat().find((l) => l === text('menu-find'));
    expect(findLabel).toBeDefined();
    await b.say(findLabel!);
    await b.say('родител');
    expect(b.lastText()).toContain('Анна Петровна Иванова');
    expect(b.lastText()).toContain('Работа с родителями');
  });

  it('the bootstrap code does not work twice', async () => {
    const c = new TelegramPerson(emu, 7003, tracker, 'Клара');
    await c.say(`/start ${BOOTSTRAP}`);
    expect(c.lastText()).toBe(text('onboarding-bootstrap-used'));
    expect(personOf(7003)).toBeNull();
  });
});
