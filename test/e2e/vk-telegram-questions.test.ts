/**
 * A VK mentee and a Telegram mentor, end to end: the real vk-io adapter against the fake VK API
 * and the real grammY adapter against telegram-test-api, one app behind both. The question
 * goes from VK to Telegram, the conversation is relayed both ways across the platforms, and the
 * mentee closes it and rates from VK.
 */
import { describe, expect, it } from 'vitest';
import type { TelegramEmulator } from '../support/telegram-emulator.js';
import { useTelegramVkApp } from '../support/telegram-app.js';
import { TelegramPerson, UpdateTracker } from '../support/telegram-person.js';
import type { VkHarness } from '../support/vk-harness.js';
import { text } from '../support/said.js';

const VK_MENTEE = 9201;
const TG_MENTOR = 9202;

let emu: TelegramEmulator;
let v: VkHarness;
const tracker = new UpdateTracker();
useTelegramVkApp(tracker, (app) => ({ emu, v } = app));

describe('a VK mentee and a Telegram mentor', () => {
  it('ask in VK → claim in Telegram → relayed both ways → close → rate', async () => {
    const { h } = v;
    h.addPerson({ name: 'Мария Новикова', roles: ['mentee'], platform: 'vk', userId: String(VK_MENTEE) });
    h.addPerson({ name: 'Ольга Белова', roles: ['mentor'], offers: ['spreadsheets'], platform: 'telegram', userId: String(TG_MENTOR) });
    const olga = new TelegramPerson(emu, TG_MENTOR, tracker, 'Ольга');

    await v.say(VK_MENTEE, '/ask');
    await v.say(VK_MENTEE, 'Как посчитать средний балл по классу в таблице?');
    // The topic picker pages; the words "таблице" put spreadsheets first.
    expect(await v.press(VK_MENTEE, 'Электронные таблицы')).toBeUndefined();
    await v.press(VK_MENTEE, text('question-send'));
    const q1 = text('question-header', { id: 1, topic: 'Электронные таблицы' });
    expect(v.texts(VK_MENTEE)).toContain(text('question-sent', { id: 1, count: 1 }));
    expect(olga.lastText()).toContain('средний балл');

    await olga.press(text('question-take'));
    await h.flush();
    expect(v.lastText(VK_MENTEE)).toBe(text('question-taken-asker', { header: q1, name: 'Ольга Белова', mentorGender: 'unknown', position: 'воспитатель' }));

    await v.say(VK_MENTEE, 'Оценки в столбце C');
    expect(olga.lastText()).toBe(text('question-relayed', { header: q1, name: 'Мария Новикова', text: 'Оценки в столбце C' }));
    await olga.say('Напишите =СРЗНАЧ(C2:C30)');
    expect(v.lastText(VK_MENTEE)).toBe(text('question-relayed', { header: q1, name: 'Ольга Белова', text: 'Напишите =СРЗНАЧ(C2:C30)' }));

    await v.press(VK_MENTEE, text('question-solved'));
    expect(olga.lastText()).toBe(text('question-closed-mentor', { header: q1, by: 'asker' }));
    await v.press(VK_MENTEE, '4 ⭐');
    expect(olga.lastText()).toBe(text('question-rated-mentor', { header: q1, askerGender: 'unknown', name: 'Мария Новикова', rating: 4 }));
    await v.say(VK_MENTEE, 'Спасибо, всё получилось');
    expect(olga.lastText()).toBe(text('question-thanks-mentor', { header: q1, name: 'Мария Новикова', thanks: 'Спасибо, всё получилось' }));
    expect(h.db.prepare('SELECT status, rating, thanks FROM questions WHERE id = 1').get()).toEqual({ status: 'closed', rating: 4, thanks: 'Спасибо, всё получилось' });
  });
});
