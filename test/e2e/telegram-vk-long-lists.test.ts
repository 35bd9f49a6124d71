/**
 * Long lists page, end to end: a Telegram curator reaches the documents of every programme of a
 * large school's year through «Далее ▶» (the menu is edited in place), and a VK curator picks a
 * mentee from a later page of the new-programme picker, each page fitting under one VK message. Before, /documents showed 15 programmes
 * and /new_programme 30 mentees, and the rest could not be reached.
 */
import { describe, expect, it } from 'vitest';
import { createProgramme } from '../../src/core/programmes/planning.js';
import type { TelegramEmulator } from '../support/telegram-emulator.js';
import { useTelegramVkApp } from '../support/telegram-app.js';
import { TelegramPerson, UpdateTracker } from '../support/telegram-person.js';
import type { VkHarness } from '../support/vk-harness.js';
import { said, text } from '../support/said.js';

const TG_CURATOR = 9801;
const VK_CURATOR = 9802;

let emu: TelegramEmulator;
let v: VkHarness;
const tracker = new UpdateTracker();
useTelegramVkApp(tracker, (app) => ({ emu, v } = app));

describe('long lists of choices page through Telegram and VK', () => {
  it('Telegram: /documents pages through 20 programmes; the oldest one\'s consent is prepared', async () => {
    const { h } = v;
    const curator = h.addPerson({ name: 'Анна Куратова', roles: ['curator'], platform: 'telegram', userId: String(TG_CURATOR) });
    const mentor = h.addPerson({ name: 'Ольга Белова', roles: ['mentor'] });
    const mentee = h.addPerson({ name: 'Иван Новиков', roles: ['mentee'] });
    const ids = h.db.transaction(() =>
      Array.from({ length: 20 }, () =>
        createProgramme(h.app.deps, {
          orgId: h.org.id, kind: 'traditional', mentorId: mentor.id, menteeIds: [mentee.id], startsOn: '2026-11-23', endsOn: '2027-05-31',
          curatorId: curator.id, confirmed: true, now: h.clock.now(),
        }).id,
      ),
    )();
    const anna = new TelegramPerson(emu, TG_CURATOR, tracker, 'Анна');
    await anna.say('/documents');
    const menu = anna.last().messageId;
    const shown = () =>
      ((anna.messages().find((m) => m.messageId === menu)!.message.reply_markup as { inline_keyboard: { callback_data?: string }[][] }).inline_keyboard)
        .flat()
        .map((b) => b.callback_data ?? '')
        .filter((d) => d.startsWith('doc.prog:'));
    const seen = new Set(shown());
    expect(seen.size).toBe(8);
    await anna.press(text('common-next'), menu);
    for (const d of shown()) seen.add(d);
    await anna.press(text('common-next'), menu);
    for (const d of shown()) seen.add(d);
    expect(anna.messages().find((m) => m.messageId === menu)!.message.text).toMatch(said('documents-menu-page'));
    expect([...seen].sort()).toEqual(ids.map((id) => `doc.prog:${id}`).sort());
    await anna.pressData(`doc.cons:${ids[0]}`, menu);
    expect(anna.lastText()).toMatch(said('documents-preparing'));
  });

  it('VK: the new-programme picker pages through the mentees within VK\'s keyboard, and the last one is chosen', async () => {
    const { h } = v;
    h.addPerson({ name: 'Вера Куратова', roles: ['curator'], platform: 'vk', userId: String(VK_CURATOR) });
    h.addPerson({ name: 'Нина Соколова', roles: ['mentor'], userId: 'vk-mentor' });
    for (let i = 1; i <= 23; i++) h.addPerson({ name: `Мария Новая${String(i).padStart(2, '0')}`, roles: ['mentee'], userId: `vk-mentee-${i}` });
    h.addPerson({ name: 'Юлия Последняя', roles: ['mentee'], userId: 'vk-julia' });
    await v.say(VK_CURATOR, '/new_programme');
    const picker = v.fake.messagesTo(VK_CURATOR).findLast((m) => m.keyboard?.inline)!;
    const keyboard = () => (picker.edits.length ? picker.edits.at(-1)!.keyboard : picker.keyboard)!;
    const labels = () => keyboard().buttons.flat().map((b) => b.action.label);
    // Each page, with its page buttons, fits under one VK message (6 rows, 10 buttons), so turning
    // the page edits that message and its «Далее ▶» is always there.
    let turns = 0;
    while (!labels().includes('Юлия Последняя')) {
      expect(keyboard().buttons.length).toBeLessThanOrEqual(6);
      expect(labels().length).toBeLessThanOrEqual(10);
      expect(labels()).toContain(text('common-next'));
      await v.press(VK_CURATOR, text('common-next'));
      expect(++turns).toBeLessThan(10);
    }
    expect(turns).toBeGreaterThan(2);
    await v.press(VK_CURATOR, 'Юлия Последняя');
    expect(labels()).toEqual(expect.arrayContaining(['✅ Юлия Последняя', text('programmes-new-mentees-done', { count: 1 }), text('common-prev')]));
  });
});
