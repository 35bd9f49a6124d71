/**
 * A MAX mentee and a Telegram mentor, end to end through the real SDKs: the MAX adapter on
 * @maxhub/max-bot-api against the fake MAX API and the grammY adapter against
 * telegram-test-api, one app behind both. The question goes from MAX to Telegram, the
 * conversation is relayed both ways, the mentee closes and rates it from MAX. Then one person
 * joins her MAX account to her Telegram one with /link and chooses where the bot writes first.
 */
import { describe, expect, it } from 'vitest';
import { Notifier } from '../../src/core/kernel/contact/notifier.js';
import { accountsOf, findAccount, getPerson, type Person } from '../../src/core/kernel/persons/person.js';
import type { MaxHarness } from '../support/max-harness.js';
import type { TelegramEmulator } from '../support/telegram-emulator.js';
import { useTelegramMaxApp } from '../support/telegram-max-app.js';
import { TelegramPerson, UpdateTracker } from '../support/telegram-person.js';
import { text } from '../support/said.js';

const MAX_MENTEE = 9301;
const TG_MENTOR = 9302;
const TG_MEMBER = 9303;
const MAX_MEMBER = 9304;

let emu: TelegramEmulator;
let m: MaxHarness;
const tracker = new UpdateTracker();
useTelegramMaxApp(tracker, (app) => ({ emu, m } = app));

/** The core writes to the person (as a reminder would), and the outbox is delivered. */
async function ping(person: Person, text: string): Promise<void> {
  const { h } = m;
  h.db.transaction(() => new Notifier(h.app.deps, h.org).toPerson(person.id, () => ({ text }), { urgency: 'reply' }))();
  await h.flush();
}

describe('a MAX mentee and a Telegram mentor', () => {
  it('ask in MAX → claim in Telegram → relayed both ways → close → rate', async () => {
    const { h } = m;
    h.addPerson({ name: 'Мария Новикова', roles: ['mentee'], platform: 'max', userId: String(MAX_MENTEE) });
    // The account's chat is the MAX dialog, as the adapter reports it.
    h.db.prepare("UPDATE accounts SET chat_id = ? WHERE platform = 'max' AND user_id = ?").run(String(m.chatOf(MAX_MENTEE)), String(MAX_MENTEE));
    h.addPerson({ name: 'Ольга Белова', roles: ['mentor'], offers: ['spreadsheets'], platform: 'telegram', userId: String(TG_MENTOR) });
    const olga = new TelegramPerson(emu, TG_MENTOR, tracker, 'Ольга');

    await m.say(MAX_MENTEE, '/ask');
    await m.say(MAX_MENTEE, 'Как посчитать средний балл по классу в таблице?');
    expect(await m.press(MAX_MENTEE, 'Электронные таблицы')).toBeUndefined();
    await m.press(MAX_MENTEE, 'Отправить');
    const q1 = text('question-header', { id: 1, topic: 'Электронные таблицы' });
    expect(m.texts(MAX_MENTEE)).toContain(text('question-sent', { id: 1, count: 1 }));
    expect(olga.lastText()).toContain('средний балл');

    await olga.press('Взять');
    await h.flush();
    expect(m.lastText(MAX_MENTEE)).toBe(text('question-taken-asker', { header: q1, name: 'Ольга Белова', mentorGender: 'unknown', position: 'воспитатель' }));

    await m.say(MAX_MENTEE, 'Оценки в столбце C');
    expect(olga.lastText()).toBe(text('question-relayed', { header: q1, name: 'Мария Новикова', text: 'Оценки в столбце C' }));
    await olga.say('Напишите =СРЗНАЧ(C2:C30)');
    expect(m.lastText(MAX_MENTEE)).toBe(text('question-relayed', { header: q1, name: 'Ольга Белова', text: 'Напишите =СРЗНАЧ(C2:C30)' }));

    await m.press(MAX_MENTEE, 'Вопрос решён');
    expect(olga.lastText()).toBe(text('question-closed-mentor', { header: q1, by: 'asker' }));
    await m.press(MAX_MENTEE, '4 ⭐');
    expect(olga.lastText()).toBe(text('question-rated-mentor', { header: q1, askerGender: 'unknown', name: 'Мария Новикова', rating: 4 }));
    expect(h.db.prepare('SELECT status, rating FROM questions WHERE id = 1').get()).toEqual({ status: 'closed', rating: 4 });
  });

  it('/link joins a MAX account to a Telegram person; the preferred account decides where the bot writes first', async () => {
    const { h } = m;
    const olga = h.addPerson({ name: 'Ольга Сергеевна Белова', roles: ['mentor'], platform: 'telegram', userId: String(TG_MEMBER) });
    const tg = new TelegramPerson(emu, TG_MEMBER, tracker, 'Ольга');

    await tg.say('/link');
    const code = /\/link ([A-Z0-9]{8})/.exec(tg.lastText())![1]!;
    await m.say(MAX_MEMBER, `/link ${code}`);
    expect(findAccount(h.db, 'max', String(MAX_MEMBER))!.personId).toBe(olga.id);
    expect(m.texts(MAX_MEMBER).join('\n')).toContain('Ольга Сергеевна Белова');
    await h.flush();
    expect(tg.lastText()).toBe(text('linking-done-other', { platform: text('platform-in', { platform: 'max' }) }));

    await ping(olga, 'первое напоминание');
    expect(tg.lastText()).toBe('первое напоминание');

    expect(await m.press(MAX_MEMBER, 'MAX')).toContain('MAX');
    await ping(olga, 'второе напоминание');
    expect(m.lastText(MAX_MEMBER)).toBe('второе напоминание');
    expect(tg.messages().some((x) => x.message.text === 'второе напоминание')).toBe(false);
    expect(getPerson(h.db, olga.id)!.preferredAccountId).toBe(accountsOf(h.db, olga.id).find((a) => a.platform === 'max')!.id);

    // She blocks the bot in MAX: the account is marked unreachable and the bot writes to Telegram again.
    m.fake.block(MAX_MEMBER);
    await ping(olga, 'третье напоминание');
    expect(findAccount(h.db, 'max', String(MAX_MEMBER))!.reachable).toBe(false);
    await ping(olga, 'четвёртое напоминание');
    expect(tg.lastText()).toBe('четвёртое напоминание');
  });
});
