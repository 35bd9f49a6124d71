/**
 * Issue 17, questions end to end through the real adapters: a VK mentee, Telegram mentors and a
 * Telegram curator. The only mentor declines; the curator's escalation offers only a colleague at
 * work today (not the decliner) and «take it myself»; she takes it from /questions. The mentee
 * closes it and undoes that; a stale undo changes nothing; after the close, her free text is
 * offered as a new question (never «Не понял вас») or the closed one reopened; empty text is
 * not turned into a question.
 */
import { describe, expect, it } from 'vitest';
import type { TextArgs } from '../../src/i18n/i18n.js';
import type { TelegramEmulator } from '../support/telegram-emulator.js';
import { useTelegramVkApp } from '../support/telegram-app.js';
import { TelegramPerson, UpdateTracker } from '../support/telegram-person.js';
import type { VkHarness } from '../support/vk-harness.js';

const VK_MENTEE = 9301;
const TG_MENTOR = 9302;
const TG_CURATOR = 9303;
const TG_COLLEAGUE = 9304;

let emu: TelegramEmulator;
let v: VkHarness;
const tracker = new UpdateTracker();
useTelegramVkApp(tracker, (app) => ({ emu, v } = app));

const callbacks = (p: TelegramPerson) =>
  ((p.last().message.reply_markup as { inline_keyboard?: { callback_data?: string }[][] } | undefined)?.inline_keyboard ?? []).flat().map((b) => b.callback_data);

describe('questions: the curator takes it, the mentee reopens it (VK and Telegram)', () => {
  it('decline → escalation with colleagues at work today → /questions → take myself → close → undo → stale undo → close → free text → reopen', async () => {
    const { h } = v;
    const t = (key: string, args?: TextArgs) => h.app.deps.i18n.t('ru', key, args);
    const status = () => h.db.prepare('SELECT status, mentor_id AS mentorId FROM questions WHERE id = 1').get() as { status: string; mentorId: number | null };
    h.addPerson({ name: 'Мария Новикова', roles: ['mentee'], platform: 'vk', userId: String(VK_MENTEE) });
    const olga = h.addPerson({ name: 'Ольга Белова', roles: ['mentor'], offers: ['parents'], platform: 'telegram', userId: String(TG_MENTOR) });
    const anna = h.addPerson({ name: 'Анна Куратова', roles: ['curator'], platform: 'telegram', userId: String(TG_CURATOR), days: 0b1111111, from: 0, to: 1440 });
    const petr = h.addPerson({ name: 'Пётр Орлов', roles: ['mentor'], offers: ['digital_tools'], platform: 'telegram', userId: String(TG_COLLEAGUE) });
    const olgaTg = new TelegramPerson(emu, TG_MENTOR, tracker, 'Ольга');
    const annaTg = new TelegramPerson(emu, TG_CURATOR, tracker, 'Анна');

    await v.say(VK_MENTEE, '/ask Как рассказать родителям о задержке речи?');
    await v.press(VK_MENTEE, 'Работа с родителями');
    await v.press(VK_MENTEE, t('question-send'));
    await olgaTg.press(t('question-decline'));
    await h.flush();
    expect(status().status).toBe('escalated');
    // The escalation: the colleague at work today (not the decliner), and «take it myself».
    expect(callbacks(annaTg)).toEqual([`q.assign:1:${petr.id}`, 'q.self:1']);
    expect(callbacks(annaTg)).not.toContain(`q.assign:1:${olga.id}`);

    // /questions: the same question with buttons to act.
    await annaTg.say('/questions');
    expect(callbacks(annaTg)).toEqual(['q.self:1', 'q.assignp:1']);
    await annaTg.press(t('question-overview-take', { id: 1 }));
    await h.flush();
    expect(status()).toEqual({ status: 'taken', mentorId: anna.id });
    // The escalation message was settled (no buttons left) and the mentee knows who has it.
    expect(v.texts(VK_MENTEE).join('\n')).toContain('Анна Куратова');

    await annaTg.say('Давайте обсудим: сколько лет ребёнку?');
    expect(v.lastText(VK_MENTEE)).toContain('сколько лет ребёнку');

    // The mentee closes it, then undoes the close from the same message.
    await v.press(VK_MENTEE, t('question-solved'));
    expect(status().status).toBe('closed');
    const closeMessage = [...v.fake.messagesTo(VK_MENTEE)].reverse().find((m) => JSON.stringify(m.keyboard ?? {}).includes('q.undo'))!;
    const undoPayload = closeMessage.keyboard!.buttons.flat().find((b) => JSON.stringify(b.action).includes('q.undo'))!.action;
    await v.press(VK_MENTEE, t('question-undo-close'));
    expect(status().status).toBe('taken');
    expect(annaTg.lastText()).toBe(t('question-reopened-other', { header: t('question-header', { id: 1, topic: 'Работа с родителями' }), name: 'Мария Новикова', how: 'undone' }));
    // The old «Отменить» again (a stale button): nothing changes, the question stays open.
    const eventId = v.fake.pushMessageEvent({ userId: VK_MENTEE, payload: (undoPayload as { payload: string }).payload, conversationMessageId: closeMessage.conversationMessageId });
    await v.fake.waitFor(() => v.fake.callsOf('messages.sendMessageEventAnswer').find((c) => c.params.event_id === eventId), 'the stale undo');
    await h.flush();
    expect(status().status).toBe('taken');

    // The curator closes it; a minute later the mentee writes: a new question is offered, not «Не понял вас».
    await annaTg.press(t('question-solved'));
    expect(status().status).toBe('closed');
    await h.advance(2 * 60 * 60_000);
    await v.say(VK_MENTEE, '   ');
    expect(h.db.prepare('SELECT COUNT(*) FROM questions').pluck().get()).toBe(1);
    await v.say(VK_MENTEE, 'А если родители не согласны идти к логопеду?');
    expect(v.lastText(VK_MENTEE)).toBe(t('question-after-close', { id: 1, reopen: 'yes' }));
    expect(v.lastText(VK_MENTEE)).not.toContain(t('common-dont-understand'));
    await v.press(VK_MENTEE, t('question-reopen'));
    expect(status()).toEqual({ status: 'taken', mentorId: anna.id });
    await v.say(VK_MENTEE, 'Они не хотят идти к логопеду');
    expect(annaTg.lastText()).toContain('Они не хотят идти к логопеду');
  });
});
