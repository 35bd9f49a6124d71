/**
 * Speed mentoring end to end through Telegram: the real grammY adapter against telegram-test-api,
 * the whole app behind it. A mentor creates a one-seat session in the chat; the invitation
 * reaches two mentees; one takes the seat, the other the waiting list; the first cancels and the
 * second is moved up and told.
 */
import { describe, expect, it } from 'vitest';
import { placeOf } from '../../src/core/sessions/session.js';
import { type Harness } from '../support/harness.js';
import type { TelegramEmulator } from '../support/telegram-emulator.js';
import { useTelegramApp } from '../support/telegram-app.js';
import { inlineButtons, TelegramPerson, UpdateTracker } from '../support/telegram-person.js';
import { said, text } from '../support/said.js';

let emu: TelegramEmulator;
let h: Harness;
const tracker = new UpdateTracker();
useTelegramApp(tracker, (app) => ({ emu, h } = app));

describe('speed mentoring through Telegram', () => {
  it('create → invite → seat → waiting list → cancel → promotion', async () => {
    h.addPerson({ name: 'Марина Наставник', roles: ['mentor'], platform: 'telegram', userId: '7201' });
    const anna = h.addPerson({ name: 'Анна', roles: ['mentee'], platform: 'telegram', userId: '7202' });
    const boris = h.addPerson({ name: 'Борис', roles: ['mentee'], platform: 'telegram', userId: '7203' });
    const m = new TelegramPerson(emu, 7201, tracker, 'Марина');
    const a = new TelegramPerson(emu, 7202, tracker, 'Анна');
    const b = new TelegramPerson(emu, 7203, tracker, 'Борис');

    await m.say('/session_new');
    // The topic sits on a later page of the picker, which is edited in place.
    for (let i = 0; i < 4 && !m.findButton((x) => x.text === 'Работа с родителями'); i++) await m.press(text('common-next'));
    await m.press('Работа с родителями');
    expect(m.messages().filter((x) => said('session-form-topic').test(x.message.text))).toHaveLength(1);
    await m.say('Трудный разговор с родителями');
    await m.press(text('session-skip'));
    await m.press(text('session-host-me'));
    await m.say('завтра в 15:30');
    expect(m.lastText()).toMatch(said('session-when-confirm'));
    expect(m.lastText()).toContain('завтра в 15:30');
    await m.press(text('session-yes'));
    await m.press(text('session-minutes', { count: 45 }));
    await m.press(text('session-kind-online'));
    await m.say('не ссылка');
    expect(m.lastText()).toBe(text('session-link-bad'));
    await m.say('https://meet.example.org/room-7');
    await m.say('1');
    await m.press(text('session-audience-mentees'));
    await m.press(text('session-create'));
    expect(m.lastText()).toContain(text('session-created', { count: 2 }));

    const invitation = [...a.messages()].reverse().find((x) => said('session-announce').test(x.message.text));
    expect(invitation).toBeDefined();
    expect(inlineButtons(invitation!).map((x) => x.text)).toContain(text('session-join'));
    await a.press(text('session-join'));
    expect(a.messages().some((x) => said('session-joined').test(x.message.text))).toBe(true);
    await b.press(text('session-join'));
    expect(b.lastText()).toBe(text('session-waiting', { title: 'Трудный разговор с родителями', position: 1 }));

    const sessionId = (h.db.prepare('SELECT id FROM sessions').get() as { id: number }).id;
    expect(placeOf(h.db, sessionId, boris.id)?.state).toBe('waiting');
    await a.press(text('session-leave'));
    expect(placeOf(h.db, sessionId, anna.id)?.state).toBe('left');
    expect(placeOf(h.db, sessionId, boris.id)?.state).toBe('seat');
    expect(b.messages().some((x) => said('session-promoted').test(x.message.text))).toBe(true);

    // A forged payload through the real adapter: a clear answer, nothing changes.
    await a.pressData('ses.join:99999', a.last().messageId);
    expect(placeOf(h.db, sessionId, anna.id)?.state).toBe('left');
  });
});
