/**
 * End to end through MAX: the real adapter on the official SDK (long polling) against the fake
 * MAX API, the whole app behind it. The first person opens the bot by a deep link carrying the
 * bootstrap code; she invites the second, whose max.ru link brings him in; the main menu's
 * buttons work as typed texts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findAccount, getPerson } from '../../src/core/kernel/persons/person.js';
import { listTopics } from '../../src/core/kernel/organisation/topics.js';
import { BOOTSTRAP } from '../support/harness.js';
import { createMaxHarness, type MaxHarness } from '../support/max-harness.js';
import { said } from '../support/said.js';

let m: MaxHarness;
beforeAll(async () => {
  m = await createMaxHarness();
});
afterAll(async () => {
  await m.close();
});

const ANNA = 8101;
const BORIS = 8102;

/** Picks a topic in the picker, paging forward until it shows (the picker is edited in place). */
async function pickTopic(userId: number, title: string): Promise<void> {
  for (let i = 0; i < 10; i++) {
    const buttons = m.lastKeyboard(userId)?.flat() ?? [];
    if (buttons.some((b) => b.text.replace('✅ ', '') === title)) {
      await m.press(userId, buttons.find((b) => b.text.replace('✅ ', '') === title)!.text);
      return;
    }
    await m.press(userId, 'Далее');
  }
  throw new Error(`topic ${title} not found`);
}

async function onboard(userId: number, start: () => Promise<void>, spec: { name: string; offers?: string[] }): Promise<void> {
  await start();
  await m.press(userId, 'Даю согласие');
  await m.say(userId, spec.name);
  await m.press(userId, 'Воспитатель');
  for (const kind of ['offers', 'wants'] as const) {
    for (const topic of kind === 'offers' ? (spec.offers ?? []) : []) {
      await pickTopic(userId, listTopics(m.h.db, m.h.org.id).find((t) => t.code === topic)!.titleRu);
    }
    await m.press(userId, 'Готово');
  }
  await m.press(userId, 'Пн–Пт');
  await m.press(userId, '09:00–18:00');
  await m.press(userId, 'Москва');
}

function personOf(userId: number) {
  const account = findAccount(m.h.db, 'max', String(userId));
  return account ? getPerson(m.h.db, account.personId) : null;
}

describe('onboarding through MAX', () => {
  it('the first person opens the bot by a deep link with the bootstrap code: consent, profile, the menu', async () => {
    await onboard(ANNA, () => m.start(ANNA, BOOTSTRAP), { name: 'Анна Петровна Иванова', offers: ['parents'] }).catch((err) => {
      throw new Error(`${String(err)}\nlast message: ${m.lastText(ANNA)}`);
    });
    const person = personOf(ANNA);
    expect(person).toMatchObject({ status: 'active', fullName: 'Анна Петровна Иванова' });
    expect(person!.roles.sort()).toEqual(['admin', 'curator']);
    expect(m.lastText(ANNA)).toContain('Анна Петровна Иванова');
    // The account's chat is the dialog, not the user id.
    expect(findAccount(m.h.db, 'max', String(ANNA))!.chatId).toBe(String(m.chatOf(ANNA)));
    expect(m.lastKeyboard(ANNA)?.flat().map((b) => b.type)).toContain('message');
    // The answers to button presses went out at once, one per press.
    expect(m.fake.answers.length).toBeGreaterThanOrEqual(7);
  });

  it('an invitation carries a max.ru link; the second person comes in by it and finds the first', async () => {
    await m.say(ANNA, '/invite mentor 1 7');
    const text = m.lastText(ANNA);
    const code = /\/start (\w+)/.exec(text)?.[1];
    expect(code).toBeDefined();
    expect(text).toMatch(said('invite-created'));
    expect(text).toContain(`https://max.ru/${m.fake.username}?start=${code}`);

    await onboard(BORIS, () => m.start(BORIS, code!), { name: 'Борис Смирнов', offers: ['special_needs'] });
    expect(personOf(BORIS)).toMatchObject({ status: 'active', fullName: 'Борис Смирнов', roles: ['mentor'] });

    await m.say(BORIS, '/find Иванова');
    expect(m.lastText(BORIS)).toContain('Анна Петровна Иванова');

    // The main menu: a `message` button sends its label as the person's text.
    const find = m.fake.messagesTo(m.chatOf(BORIS)).flatMap((x) => m.fake.keyboardOf(x) ?? []).flat().find((b) => b.type === 'message' && b.text.includes('Кто поможет'));
    expect(find).toBeDefined();
    await m.press(BORIS, find!.text);
    await m.say(BORIS, 'родител');
    expect(m.lastText(BORIS)).toContain('Анна Петровна Иванова');
  });

  it('a button payload the bot did not make is refused by the core, and the press is still answered', async () => {
    const before = m.texts(ANNA).length;
    const mid = m.fake.messagesTo(m.chatOf(ANNA)).at(-1)!.mid;
    for (const payload of ['{"a":"admin.grant"}', 'people.role:1:admin', 'x'.repeat(1500)]) {
      const callbackId = m.fake.pushCallback({ userId: ANNA, payload, mid });
      await m.fake.waitFor(() => m.fake.answers.find((a) => a.callbackId === callbackId), 'the answer');
    }
    await m.h.flush();
    expect(personOf(ANNA)!.roles.sort()).toEqual(['admin', 'curator']);
    expect(m.texts(ANNA).length - before).toBeLessThanOrEqual(3);
  });

  it('a text over 4,000 characters from a person is taken like any text, and the answers fit MAX', async () => {
    await m.say(BORIS, 'я'.repeat(5000));
    expect(m.fake.messagesTo(m.chatOf(BORIS)).every((x) => x.text.length <= 4000)).toBe(true);
  });

  it('"/start CODE" typed by hand works as the deep link does; the bootstrap code does not work twice', async () => {
    await m.say(8103, `/start ${BOOTSTRAP}`);
    expect(m.lastText(8103)).toMatch(said('onboarding-bootstrap-used'));
    expect(personOf(8103)).toBeNull();
  });
});
