/**
 * The rest of the bot at parity on MAX, through the real adapter on the official SDK against the
 * fake MAX API: a broadcast (the preview counts MAX, recipients acknowledge with the button, a
 * person who blocked the bot is counted unreachable), a survey answered with buttons (a toggle
 * edited in place) and text, and speed mentoring whose MAX host blocks the bot — the seat
 * holders are let go and the curator is told.
 */
import { DateTime } from 'luxon';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Notifier } from '../../src/core/kernel/contact/notifier.js';
import { announceSession, createSession } from '../../src/core/sessions/organising.js';
import { launchSurvey } from '../../src/core/surveys/launch.js';
import { surveysFeature } from '../../src/core/surveys/feature.js';
import { definitionSchema } from '../../src/core/surveys/definition.js';
import type { Person } from '../../src/core/kernel/persons/person.js';
import { createMaxHarness, type MaxHarness } from '../support/max-harness.js';
import { said, text } from '../support/said.js';

let m: MaxHarness;
beforeEach(async () => {
  m = await createMaxHarness();
});
afterEach(async () => {
  await m.close();
});

/** A person whose account is in MAX (their dialog with the bot is the chat). */
function maxPerson(userId: number, name: string, roles: Person['roles']): Person {
  const p = m.h.addPerson({ name, roles, platform: 'max', userId: String(userId) });
  m.h.db.prepare("UPDATE accounts SET chat_id = ? WHERE platform = 'max' AND user_id = ?").run(String(m.chatOf(userId)), String(userId));
  return p;
}

describe('MAX at parity', () => {
  it('a broadcast: the preview counts MAX, the announcement arrives, is acknowledged; a blocked person is counted', async () => {
    const { h } = m;
    h.addPerson({ name: 'Анна Куратор', roles: ['curator'], userId: 'anna' });
    maxPerson(9601, 'Вера Максимова', ['mentee']);
    maxPerson(9602, 'Борис Закрытый', ['mentee']);
    await h.say('anna', '/broadcast');
    await h.say('anna', 'Методическое объединение в четверг в 15:00.');
    await h.press('anna', 'Наставляемым');
    expect(h.lastText('anna')).toContain(text('broadcast-platform-max', { count: 2 }));
    await h.press('anna', 'Просить подтвердить');
    m.fake.block(9602);
    await h.press('anna', 'Отправить сейчас');
    const copy = `${text('broadcast-header')}\n\nМетодическое объединение в четверг в 15:00.`;
    expect(m.texts(9601)).toContain(copy);
    expect(m.texts(9602)).not.toContain(copy);
    expect(await m.press(9601, 'Прочитано')).toBe(text('broadcast-ack-thanks'));
    await h.press('anna', 'Отчёт');
    expect(h.lastText('anna')).toContain(text('broadcast-report-delivered', { count: 1 }));
    expect(h.lastText('anna')).toContain(text('broadcast-report-unreachable', { count: 1, names: 'Борис Закрытый' }));
    expect(h.lastText('anna')).toContain(text('broadcast-report-acks', { count: 1, total: 1 }));
  });

  it('a survey answered in MAX with buttons (a toggle edited in place) and text', async () => {
    const { h } = m;
    maxPerson(9611, 'Вера Максимова', ['mentee']);
    const deps = h.app.deps;
    const definition = definitionSchema.parse({
      title: 'Опрос MAX',
      questions: [
        { id: 's', type: 'scale', text: 'Оценка', min: 1, max: 5 },
        { id: 'm', type: 'multi', text: 'Что было полезно', options: ['Встречи', 'Советы'] },
        { id: 't', type: 'text', text: 'Пожелание' },
      ],
    });
    deps.db.transaction(() =>
      launchSurvey(
        { deps, org: h.org, features: [surveysFeature], now: h.clock.now(), person: null, notifier: new Notifier(deps, h.org) },
        { definition, audience: { kind: 'roles', roles: ['mentee'] }, anonymous: true, closesAt: h.clock.now() + 7 * 86_400_000, maxReminders: 0 },
      ),
    )();
    await h.flush();
    expect(m.lastText(9611)).toMatch(said('surveys-invitation'));
    expect(m.lastText(9611)).toContain('Опрос MAX');
    await m.press(9611, 'Начать');
    expect(m.lastText(9611)).toContain(text('surveys-progress', { n: 1, total: 3, title: 'Опрос MAX' }));
    await m.press(9611, '5');
    const before = m.fake.messagesTo(m.chatOf(9611)).length;
    await m.press(9611, 'Советы');
    // The toggle is an edit of the question, not a new message.
    expect(m.fake.messagesTo(m.chatOf(9611)).length).toBe(before);
    expect(m.lastKeyboard(9611)?.flat().some((b) => b.text.includes('Советы') && b.text.includes('✅'))).toBe(true);
    await m.press(9611, 'Готово');
    await m.say(9611, 'Побольше практики');
    expect(m.lastText(9611)).toBe(text('surveys-thanks-anonymous'));
    expect(h.db.prepare('SELECT question_id, value FROM survey_answers ORDER BY question_id').all()).toEqual([
      { question_id: 'm', value: '[1]' },
      { question_id: 's', value: '5' },
      { question_id: 't', value: 'Побольше практики' },
    ]);
  });

  it('speed mentoring: sign-up by MAX buttons; the MAX host blocks the bot, the curator is told', async () => {
    const { h } = m;
    h.addPerson({ name: 'Анна Куратор', roles: ['curator'], userId: 'anna' });
    const host = maxPerson(9621, 'Марина Ведущая', ['mentor']);
    maxPerson(9622, 'Ольга Максимова', ['mentee']);
    const ctx = { deps: h.app.deps, org: h.org, notifier: new Notifier(h.app.deps, h.org), now: h.clock.now() };
    const startsAt = DateTime.fromISO('2026-11-27T15:00', { zone: 'Europe/Moscow' }).toMillis();
    h.db.transaction(() => {
      const s = createSession(ctx, { organiserId: host.id, topicId: h.topicId('parents'), title: 'Трудный разговор', startsAt, durationMin: 45, placeKind: 'room', place: 'Кабинет 5', seats: 2 });
      announceSession(ctx, s);
    })();
    await h.flush();
    expect(m.texts(9622).join('\n')).toMatch(said('session-announce'));
    expect(await m.press(9622, 'Записаться')).toBe(text('session-joined-ack'));

    m.fake.block(9621);
    h.db.transaction(() => ctx.notifier.toPerson(host.id, () => ({ text: 'ping' }), { urgency: 'reply' }))();
    await h.flush();
    expect(h.allText('anna')).toMatch(said('session-host-unreachable'));
    expect(h.allText('anna')).toContain('Марина Ведущая');
  });
});
