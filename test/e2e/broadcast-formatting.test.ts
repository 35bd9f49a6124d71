/**
 * A formatted announcement end to end: the curator types it in Telegram with bold, italic and a
 * link (real grammY against telegram-test-api, the entities as a Telegram app sends them, after
 * Cyrillic and an emoji), a Telegram mentee receives it as HTML with parse_mode, a VK mentee
 * (real vk-io against the fake VK API) receives it plain, the link as "text (url)".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTelegramAdapter, type TelegramAdapter } from '../../src/adapters/telegram/index.js';
import { silentLogger } from '../../src/log.js';
import { startTelegramEmulator, type TelegramEmulator } from '../support/telegram-emulator.js';
import { TelegramPerson, UpdateTracker } from '../support/telegram-person.js';
import { createVkHarness, type VkHarness } from '../support/vk-harness.js';
import { text } from '../support/said.js';

const CURATOR_TG = 6101;
const MENTEE_TG = 6102;
const MENTEE_VK = 7102;

let emu: TelegramEmulator;
let telegram: TelegramAdapter;
let v: VkHarness;
const tracker = new UpdateTracker();

beforeAll(async () => {
  emu = await startTelegramEmulator();
  telegram = createTelegramAdapter({ token: emu.token, apiRoot: emu.apiRoot, logger: silentLogger(), idlePollDelayMs: 20 });
  v = await createVkHarness({ extraAdapters: [telegram] });
  await telegram.start(tracker.wrap(v.h.app.router.handle, () => v.h.flush()));
});

afterAll(async () => {
  await telegram?.stop();
  await v?.close();
  await emu?.stop();
});

describe('a formatted broadcast on Telegram and VK', () => {
  it('reaches a Telegram recipient formatted and a VK recipient plain', async () => {
    const { h } = v;
    h.addPerson({ name: 'Анна Куратор', roles: ['curator'], platform: 'telegram', userId: String(CURATOR_TG) });
    h.addPerson({ name: 'Тимур Телеграмов', roles: ['mentee'], platform: 'telegram', userId: String(MENTEE_TG) });
    h.addPerson({ name: 'Вика Вконтактова', roles: ['mentee'], platform: 'vk', userId: String(MENTEE_VK) });
    const anna = new TelegramPerson(emu, CURATOR_TG, tracker, 'Анна');
    const timur = new TelegramPerson(emu, MENTEE_TG, tracker, 'Тимур');

    const body = '🎉 Собрание в пятницу! Анкета для родителей & учителей: заполнить <до 10:00>';
    const at = (part: string) => ({ offset: body.indexOf(part), length: part.length });
    await anna.say('/broadcast');
    await anna.sayFormatted(body, [
      { type: 'bold', ...at('Собрание в пятницу!') },
      { type: 'italic', ...at('пятницу') },
      { type: 'text_link', ...at('заполнить'), url: 'https://forms.example/f?id=7&lang=ru' },
    ]);
    await anna.press(text('broadcast-aud-mentee'));
    expect(anna.last().message.parse_mode).toBe('HTML');
    await anna.press(text('broadcast-send-now'));

    const html =
      '📢 Объявление\n\n🎉 <b>Собрание в <i>пятницу</i>!</b> Анкета для родителей &amp; учителей: ' +
      '<a href="https://forms.example/f?id=7&amp;lang=ru">заполнить</a> &lt;до 10:00&gt;';
    const got = timur.messages().filter((m) => m.message.text.startsWith('📢'));
    expect(got).toHaveLength(1);
    expect(got[0]!.message).toMatchObject({ text: html, parse_mode: 'HTML' });

    const plain =
      '📢 Объявление\n\n🎉 Собрание в пятницу! Анкета для родителей & учителей: заполнить (https://forms.example/f?id=7&lang=ru) <до 10:00>';
    expect(v.texts(MENTEE_VK).filter((t) => t.startsWith('📢'))).toEqual([plain]);
  });
});
