/**
 * Situational mentoring end to end through Telegram: the real grammY adapter against
 * telegram-test-api, the whole app behind it. A mentee asks, two mentors get the offer, one
 * takes it and the other's offer is edited to say who; they talk both ways; the mentor closes
 * it and the mentee rates.
 */
import { describe, expect, it } from 'vitest';
import { type Harness } from '../support/harness.js';
import type { TelegramEmulator } from '../support/telegram-emulator.js';
import { useTelegramApp } from '../support/telegram-app.js';
import { TelegramPerson, UpdateTracker } from '../support/telegram-person.js';
import { text } from '../support/said.js';

let emu: TelegramEmulator;
let h: Harness;
const tracker = new UpdateTracker();
useTelegramApp(tracker, (app) => ({ emu, h } = app));

describe('questions through Telegram', () => {
  it('ask → offer → claim (the other offer edited) → talk both ways → close → rate', async () => {
    h.addPerson({ name: 'Мария Новикова', roles: ['mentee'], platform: 'telegram', userId: '8101', position: 'Воспитатель' });
    h.addPerson({ name: 'Ольга Белова', roles: ['mentor'], offers: ['parents'], platform: 'telegram', userId: '8102' });
    h.addPerson({ name: 'Пётр Орлов', roles: ['mentor'], offers: ['parents'], platform: 'telegram', userId: '8103' });
    const masha = new TelegramPerson(emu, 8101, tracker, 'Мария');
    const olga = new TelegramPerson(emu, 8102, tracker, 'Ольга');
    const petr = new TelegramPerson(emu, 8103, tracker, 'Пётр');

    await masha.say('/ask');
    await masha.say('Как рассказать родителям о задержке речи у ребёнка?');
    await masha.press('Работа с родителями');
    await masha.press(text('question-send'));
    const q1 = text('question-header', { id: 1, topic: 'Работа с родителями' });
    expect(masha.lastText()).toBe(text('question-sent', { id: 1, count: 2 }));
    expect(olga.lastText()).toContain('задержке речи');
    expect(petr.lastText()).toBe(
      text('question-offer', { header: q1, urgent: 'no', name: 'Мария Новикова', position: 'воспитатель', text: 'Как рассказать родителям о задержке речи у ребёнка?' }),
    );

    await olga.press(text('question-take'));
    await h.flush();
    // Petr's offer was edited in place: who took it, no buttons left.
    const petrOffer = petr.messages().find((m) => m.message.text.includes(q1))!;
    expect(petrOffer.message.text).toBe(text('question-offer-taken-by', { header: q1, name: 'Ольга Белова', mentorGender: 'unknown' }));
    expect(masha.lastText()).toBe(text('question-taken-asker', { header: q1, name: 'Ольга Белова', mentorGender: 'unknown', position: 'воспитатель' }));
    // Petr's stale button changes nothing.
    await petr.pressData('q.take:1', petrOffer.messageId);
    expect(h.db.prepare('SELECT mentor_id FROM questions WHERE id = 1').pluck().get()).toBe(
      h.db.prepare("SELECT person_id FROM accounts WHERE platform = 'telegram' AND user_id = '8102'").pluck().get(),
    );

    await masha.say('Мальчику 4 года, говорит отдельные слова.');
    expect(olga.lastText()).toBe(text('question-relayed', { header: q1, name: 'Мария Новикова', text: 'Мальчику 4 года, говорит отдельные слова.' }));
    await olga.say('Предложите консультацию логопеда и покажите наблюдения.');
    expect(masha.lastText()).toBe(text('question-relayed', { header: q1, name: 'Ольга Белова', text: 'Предложите консультацию логопеда и покажите наблюдения.' }));

    await olga.press(text('question-solved'));
    expect(masha.lastText()).toBe(text('question-closed-asker', { header: q1, by: 'mentor', rated: 'no' }));
    await masha.press('5 ⭐');
    expect(olga.lastText()).toBe(text('question-rated-mentor', { header: q1, askerGender: 'unknown', name: 'Мария Новикова', rating: 5 }));
    await masha.press(text('question-no-thanks'));
    expect(h.db.prepare('SELECT status, rating FROM questions WHERE id = 1').get()).toEqual({ status: 'closed', rating: 5 });
  });
});
