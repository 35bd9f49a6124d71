import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createVkAdapter, type VkAdapter } from '../../../src/adapters/vk/adapter.js';
import { silentLogger } from '../../../src/log.js';
import { accountsOf, findAccount, getPerson, personTopicIds } from '../../../src/core/people/person.js';
import { listTopics } from '../../../src/core/organisation/topics.js';
import { createHarness, type Harness } from '../../support/harness.js';
import { FakeVkServer } from '../../support/fake-vk-server.js';

/**
 * End to end on VK: the real vk-io adapter against the fake VK API, the whole app behind it
 * (router, people, linking, outbox, dispatcher). Updates come in through the long poll; what
 * the bot sends is read back from the fake's messages.
 */

const VERA = 3101;

let fake: FakeVkServer;
let vk: VkAdapter;
let h: Harness;

beforeEach(async () => {
  fake = await FakeVkServer.start();
  vk = createVkAdapter({ token: fake.token, groupId: fake.groupId, apiBaseUrl: fake.apiBaseUrl, logger: silentLogger(), apiLimit: 1000 });
  h = await createHarness({ extraAdapters: [vk] });
  await vk.start(h.app.router.handle);
});

afterEach(async () => {
  await vk.stop();
  await h.close();
  await fake.close();
});

const processed = (updateId: string) =>
  Boolean(h.db.prepare("SELECT 1 FROM processed_updates WHERE platform = 'vk' AND update_id = ?").get(updateId));

/** A VK user writes; waits until the core handled it and the outbox is delivered. */
async function vkSay(fromId: number, text: string, extra: { payload?: unknown; ref?: string } = {}) {
  const { updateId } = fake.pushMessageNew({ fromId, text, ...extra });
  await fake.waitFor(() => processed(updateId), `update ${updateId}`);
  await h.flush();
}

/** A VK user presses a callback button; returns the snackbar text VK was asked to show, if any. */
async function vkPress(peerId: number, label: string): Promise<string | undefined> {
  const eventId = fake.pressButton(peerId, label);
  const answer = await fake.waitFor(
    () => fake.callsOf('messages.sendMessageEventAnswer').find((c) => c.params.event_id === eventId),
    `the answer to ${label}`,
  );
  await h.flush();
  return answer.params.event_data ? (JSON.parse(answer.params.event_data) as { text: string }).text : undefined;
}

const lastText = (peer: number) => fake.textsTo(peer).at(-1) ?? '';
const lastKeyboard = (peer: number) => fake.messagesTo(peer).at(-1)?.keyboard;

async function invitation(): Promise<string> {
  h.addPerson({ name: 'Анна Иванова', roles: ['curator'], userId: 'anna' });
  await h.say('anna', '/invite mentee 5 7');
  return /\/start (\w+)/.exec(h.lastText('anna'))![1]!;
}

describe('VK end to end', () => {
  it('onboards with /start CODE: consent by a callback button, the profile, the menu as a keyboard', async () => {
    const code = await invitation();
    await vkSay(VERA, `/start ${code}`);
    expect(lastText(VERA)).toContain('персональных данных');
    expect(lastKeyboard(VERA)).toMatchObject({ inline: true });

    const snackbar = await vkPress(VERA, 'Согласен');
    expect(snackbar).toBe('Спасибо!');
    expect(lastText(VERA)).toContain('Как вас зовут');

    await vkSay(VERA, 'Вера Николаевна Соколова');
    await vkPress(VERA, 'Воспитатель');
    // Choosing a topic edits the picker in place (messages.edit by conversation_message_id).
    const topic = listTopics(h.db, h.org.id)[0]!;
    await vkPress(VERA, topic.titleRu.slice(0, 20));
    const edit = fake.callsOf('messages.edit').at(-1)!;
    const picker = fake.messagesTo(VERA).find((m) => String(m.conversationMessageId) === edit.params.conversation_message_id)!;
    expect(picker.edits.at(-1)!.keyboard!.buttons.flat().some((b) => b.action.label.startsWith('✅'))).toBe(true);
    await vkPress(VERA, 'Готово');
    await vkPress(VERA, 'Готово');
    await vkPress(VERA, 'Пн–Пт');
    await vkPress(VERA, '09:00–18:00');
    await vkPress(VERA, 'Москва');

    const account = findAccount(h.db, 'vk', String(VERA))!;
    const vera = getPerson(h.db, account.personId)!;
    expect(vera).toMatchObject({ status: 'active', fullName: 'Вера Николаевна Соколова', roles: ['mentee'] });
    expect(personTopicIds(h.db, vera.id, 'offers')).toEqual([topic.id]);
    expect(lastText(VERA)).toContain('Вера Николаевна Соколова');
    const menu = lastKeyboard(VERA)!;
    expect(menu).toMatchObject({ inline: false, one_time: false });
    expect(menu.buttons.flat().map((b) => b.action.label)).toContain('👤 Профиль');

    // A main-menu button comes back as its label and runs the command.
    const profile = menu.buttons.flat().find((b) => b.action.label === '👤 Профиль')!;
    await vkSay(VERA, profile.action.label, { payload: profile.action.payload });
    expect(lastText(VERA)).toContain('Вера Николаевна Соколова');

    // Every send carried a random_id; none was refused.
    for (const call of fake.callsOf('messages.send')) expect(Number(call.params.random_id)).toBeGreaterThan(0);
    expect(h.db.prepare("SELECT COUNT(*) AS n FROM outbox WHERE platform = 'vk' AND status != 'sent'").get()).toEqual({ n: 0 });
  });

  it('"Начать" without a code asks for it, and the code typed as text goes on to consent', async () => {
    const code = await invitation();
    await vkSay(VERA, 'Начать', { payload: { command: 'start' } });
    expect(lastText(VERA)).toContain('код приглашения');
    await vkSay(VERA, code);
    expect(lastText(VERA)).toContain('персональных данных');
  });

  it('answers a group conversation that it works only in private dialogs', async () => {
    const { updateId } = fake.pushMessageNew({ fromId: VERA, peerId: 2_000_000_001, text: `[club${fake.groupId}|@bot] /start` });
    await fake.waitFor(() => processed(updateId), 'the chat message');
    await h.flush();
    expect(lastText(2_000_000_001)).toContain('только в личных сообщениях');
  });

  it('links a VK account to a person registered elsewhere; the choice of where to write is a VK button', async () => {
    const anna = h.addPerson({ name: 'Анна Иванова', roles: ['mentor'], userId: 'anna' });
    await h.say('anna', '/link');
    const code = /\/link ([A-Z0-9]{8})/.exec(h.lastText('anna'))![1]!;

    await vkSay(VERA, `/link ${code}`);
    expect(findAccount(h.db, 'vk', String(VERA))!.personId).toBe(anna.id);
    expect(fake.textsTo(VERA).join('\n')).toContain('аккаунты связаны');
    expect(h.lastText('anna')).toContain('доступен и в VK');

    const snackbar = await vkPress(VERA, 'VK');
    expect(snackbar).toContain('в первую очередь в VK');
    const vkAccount = accountsOf(h.db, anna.id).find((a) => a.platform === 'vk')!;
    expect(getPerson(h.db, anna.id)!.preferredAccountId).toBe(vkAccount.id);

    // A code used twice is refused on VK too.
    await vkSay(3202, `/link ${code}`);
    expect(lastText(3202)).toContain('уже использован');
  });

  it('marks a person unreachable when VK says they did not allow messages (901)', async () => {
    const code = await invitation();
    await vkSay(VERA, `/start ${code}`);
    await vkPress(VERA, 'Согласен');
    fake.failPeer(VERA, 901);
    await vkSay(VERA, 'Вера Соколова');
    const account = findAccount(h.db, 'vk', String(VERA))!;
    expect(account.reachable).toBe(false);
    expect(h.db.prepare("SELECT status FROM outbox WHERE platform = 'vk' ORDER BY id DESC LIMIT 1").get()).toEqual({ status: 'unreachable' });
  });
});
