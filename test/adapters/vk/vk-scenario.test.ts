import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { accountsOf, findAccount, getPerson, personTopicIds } from '../../../src/core/kernel/persons/person.js';
import { listTopics } from '../../../src/core/kernel/organisation/topics.js';
import { createVkHarness, type VkHarness } from '../../support/vk-harness.js';
import { said, text } from '../../support/said.js';

/**
 * End to end on VK: the real vk-io adapter against the fake VK API, the whole app behind it
 * (router, people, linking, outbox, dispatcher).
 */

const VERA = 3101;

let v: VkHarness;

beforeEach(async () => {
  v = await createVkHarness();
});

afterEach(async () => {
  await v.close();
});

async function invitation(): Promise<string> {
  v.h.addPerson({ name: 'Анна Иванова', roles: ['curator'], userId: 'anna' });
  await v.h.say('anna', '/invite mentee 5 7');
  return /\/start (\w+)/.exec(v.h.lastText('anna'))![1]!;
}

describe('VK end to end', () => {
  it('onboards with /start CODE: consent by a callback button, the profile, the menu as a keyboard', async () => {
    const { h, fake } = v;
    const code = await invitation();
    await v.say(VERA, `/start ${code}`);
    expect(v.lastText(VERA)).toMatch(said('onboarding-consent'));
    expect(v.lastKeyboard(VERA)).toMatchObject({ inline: true });

    const snackbar = await v.press(VERA, 'Даю согласие');
    expect(snackbar).toBe(text('onboarding-consent-thanks'));
    expect(v.lastText(VERA)).toMatch(said('profile-ask-name'));

    await v.say(VERA, 'Вера Николаевна Соколова');
    await v.press(VERA, 'Воспитатель');
    // Choosing a topic edits the picker in place (messages.edit by conversation_message_id).
    const topic = listTopics(h.db, h.org.id)[0]!;
    await v.press(VERA, topic.titleRu.slice(0, 20));
    const edit = fake.callsOf('messages.edit').at(-1)!;
    const picker = fake.messagesTo(VERA).find((m) => String(m.conversationMessageId) === edit.params.conversation_message_id)!;
    expect(picker.edits.at(-1)!.keyboard!.buttons.flat().some((b) => b.action.label.startsWith('✅'))).toBe(true);
    await v.press(VERA, 'Готово');
    await v.press(VERA, 'Готово');
    await v.press(VERA, 'Пн–Пт');
    await v.press(VERA, '09:00–18:00');
    await v.press(VERA, 'Москва');

    const account = findAccount(h.db, 'vk', String(VERA))!;
    const vera = getPerson(h.db, account.personId)!;
    expect(vera).toMatchObject({ status: 'active', fullName: 'Вера Николаевна Соколова', roles: ['mentee'] });
    expect(personTopicIds(h.db, vera.id, 'offers')).toEqual([topic.id]);
    expect(v.lastText(VERA)).toContain('Вера Николаевна Соколова');
    const menu = v.lastKeyboard(VERA)!;
    expect(menu).toMatchObject({ inline: false, one_time: false });
    expect(menu.buttons.flat().map((b) => b.action.label)).toContain(text('menu-profile'));

    // A main-menu button comes back as its label and runs the command.
    const before = v.texts(VERA).length;
    await v.menu(VERA, '👤 Профиль');
    expect(v.texts(VERA).length).toBeGreaterThan(before);
    expect(v.lastText(VERA)).toContain('Вера Николаевна Соколова');

    // Every send carried a random_id; none was refused.
    for (const call of fake.callsOf('messages.send')) expect(Number(call.params.random_id)).toBeGreaterThan(0);
    expect(h.db.prepare("SELECT COUNT(*) AS n FROM outbox WHERE platform = 'vk' AND status != 'sent'").get()).toEqual({ n: 0 });
  });

  it('"Начать" without a code asks for it, and the code typed as text goes on to consent', async () => {
    const code = await invitation();
    await v.say(VERA, 'Начать', { payload: { command: 'start' } });
    expect(v.lastText(VERA)).toMatch(said('onboarding-need-code'));
    await v.say(VERA, code);
    expect(v.lastText(VERA)).toMatch(said('onboarding-consent'));
  });

  it('"Начать" from a vk.me link with ?ref=CODE goes straight to consent', async () => {
    const code = await invitation();
    await v.say(VERA, 'Начать', { payload: { command: 'start' }, ref: code });
    expect(v.lastText(VERA)).toMatch(said('onboarding-consent'));
  });

  it('answers a group conversation that it works only in private dialogs', async () => {
    await v.say(VERA, `[club${v.fake.groupId}|@bot] /start`, { peerId: 2_000_000_001 });
    expect(v.lastText(2_000_000_001)).toBe(text('common-private-only'));
  });

  it('answers a sticker with what it can take', async () => {
    const { updateId } = v.fake.pushMessageNew({ fromId: VERA, attachments: [{ type: 'sticker', sticker: { sticker_id: 9 } }] });
    await v.fake.waitFor(() => v.h.db.prepare("SELECT 1 FROM processed_updates WHERE update_id = ?").get(updateId), 'the sticker');
    await v.h.flush();
    expect(v.lastText(VERA)).toBe(text('common-unsupported'));
  });

  it('links a VK account to a person registered elsewhere; the choice of where to write is a VK button', async () => {
    const { h } = v;
    const anna = h.addPerson({ name: 'Анна Иванова', roles: ['mentor'], userId: 'anna' });
    await h.say('anna', '/link');
    const code = /\/link ([A-Z0-9]{8})/.exec(h.lastText('anna'))![1]!;

    await v.say(VERA, `/link ${code}`);
    expect(findAccount(h.db, 'vk', String(VERA))!.personId).toBe(anna.id);
    expect(v.texts(VERA).join('\n')).toMatch(said('linking-done'));
    expect(v.lastKeyboard(VERA)).toMatchObject({ inline: false });
    expect(h.lastText('anna')).toBe(text('linking-done-other', { platform: text('platform-in', { platform: 'vk' }) }));

    const snackbar = await v.press(VERA, 'ВКонтакте');
    expect(snackbar).toBe(text('linking-preferred-set', { platform: text('platform-in', { platform: 'vk' }) }));
    const vkAccount = accountsOf(h.db, anna.id).find((a) => a.platform === 'vk')!;
    expect(getPerson(h.db, anna.id)!.preferredAccountId).toBe(vkAccount.id);

    // A code used twice is refused on VK too.
    await v.say(3202, `/link ${code}`);
    expect(v.lastText(3202)).toBe(text('linking-code-used'));
  });

  it('marks a person unreachable when VK says they did not allow messages (901)', async () => {
    const { h, fake } = v;
    const code = await invitation();
    await v.say(VERA, `/start ${code}`);
    await v.press(VERA, 'Даю согласие');
    fake.failPeer(VERA, 901);
    await v.say(VERA, 'Вера Соколова');
    expect(findAccount(h.db, 'vk', String(VERA))!.reachable).toBe(false);
    expect(h.db.prepare("SELECT status FROM outbox WHERE platform = 'vk' ORDER BY id DESC LIMIT 1").get()).toEqual({ status: 'unreachable' });
  });

  it('waits and retries after flood control (9), with the same random_id', async () => {
    const { h, fake } = v;
    const code = await invitation();
    fake.failNext('messages.send', 9);
    await v.say(VERA, `/start ${code}`);
    expect(fake.messagesTo(VERA)).toHaveLength(0);
    const row = h.db.prepare("SELECT status, not_before FROM outbox WHERE platform = 'vk' ORDER BY id DESC LIMIT 1").get() as { status: string; not_before: number };
    expect(row.status).toBe('pending');
    expect(row.not_before).toBeGreaterThan(h.clock.now());
    await h.advance(10_000);
    expect(fake.messagesTo(VERA)).toHaveLength(1);
    expect(v.lastText(VERA)).toMatch(said('onboarding-consent'));
    const [failed, retried] = fake.callsOf('messages.send');
    expect(retried!.params.random_id).toBe(failed!.params.random_id);
  });
});
