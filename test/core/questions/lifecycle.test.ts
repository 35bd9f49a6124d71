import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHarness, type Harness } from '../../support/harness.js';
import { openDatabase } from '../../../src/db/database.js';
import { deactivateAction } from '../../../src/core/people/roster.js';
import { exportQuestions } from '../../../src/core/questions/privacy.js';
import { ask, events, questionRow } from './support.js';
import { said, text } from '../../support/said.js';

let h: Harness;
afterEach(async () => h?.close());

const DAY = 24 * 60 * 60_000;

function people(x: Harness) {
  x.addPerson({ name: 'Анна Куратор', roles: ['curator'], userId: 'anna', days: 127 });
  const masha = x.addPerson({ name: 'Мария Новикова', roles: ['mentee'], userId: 'masha', days: 127 });
  const olga = x.addPerson({ name: 'Ольга Белова', roles: ['mentor'], offers: ['parents', 'special_needs'], userId: 'olga', days: 127 });
  const petr = x.addPerson({ name: 'Пётр Орлов', roles: ['mentor'], offers: ['parents'], userId: 'petr', days: 127 });
  return { masha, olga, petr };
}

describe('questions over time and departures', () => {
  it('a restart between offer and claim, with the wave timeout due, loses nothing and offers nothing twice', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'q-restart-')), 'bot.db');
    h = await createHarness({ dbPath: path });
    people(h);
    await h.say('anna', '/question_settings wave 1');
    await ask(h, 'masha', 'Родители не приходят на собрания');
    const first = ['olga', 'petr'].find((u) => h.allText(u).includes(text('question-header', { id: 1, topic: 'Работа с родителями' })))!;
    const now = h.clock.now();
    await h.close();

    // The process comes back 2 hours later: the overdue wave job runs once.
    h = await createHarness({ db: openDatabase(path), now: now + 2 * 60 * 60_000 });
    await h.tick();
    await h.tick();
    expect(questionRow(h, 1).wave).toBe(2);
    const offers = h.db.prepare('SELECT person_id, wave FROM question_offers WHERE question_id = 1 ORDER BY wave').all();
    expect(offers).toHaveLength(2);
    const second = first === 'olga' ? 'petr' : 'olga';
    // The new process's local adapter has no history; the offer went out through it once.
    expect(h.messages(second).filter((m) => m.text.includes(text('question-header', { id: 1, topic: 'Работа с родителями' })))).toHaveLength(1);
    expect(h.messages(first)).toHaveLength(0);
    await h.press(second, text('question-take'));
    expect(questionRow(h, 1).status).toBe('taken');
  });

  it('a restart in the middle of a conversation: the relay goes on, the idle job is still there', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'q-restart-')), 'bot.db');
    h = await createHarness({ dbPath: path });
    people(h);
    await ask(h, 'masha', 'Родители просят фото каждый день');
    const m = ['olga', 'petr'].find((u) => h.allText(u).includes(text('question-header', { id: 1, topic: 'Работа с родителями' })))!;
    await h.press(m, text('question-take'));
    const now = h.clock.now();
    await h.close();
    h = await createHarness({ db: openDatabase(path), now: now + 60_000 });
    await h.say('masha', 'Что им ответить?');
    expect(h.lastText(m)).toContain('Что им ответить?');
    await h.say(m, 'Договоритесь о фотоотчёте раз в неделю');
    expect(h.lastText('masha')).toContain('раз в неделю');
    expect(h.db.prepare("SELECT COUNT(*) FROM jobs WHERE key = 'question:1:idle:nudge' AND status = 'pending'").pluck().get()).toBe(1);
  });

  it('a mentor hands the question back to the queue: someone else gets it, not them', async () => {
    h = await createHarness();
    people(h);
    await h.say('anna', '/question_settings wave 1');
    await ask(h, 'masha', 'Про родителей снова');
    const m = ['olga', 'petr'].find((u) => h.allText(u).includes(text('question-header', { id: 1, topic: 'Работа с родителями' })))!;
    const other = m === 'olga' ? 'petr' : 'olga';
    await h.press(m, text('question-take'));
    await h.press(m, text('question-hand-over'));
    await h.press(m, text('question-hand-to-queue'));
    await h.say(m, '   ');
    expect(h.lastText(m)).toContain(text('question-hand-over-reason'));
    await h.say(m, 'Заболела');
    expect(questionRow(h, 1)).toMatchObject({ status: 'offered', mentor_id: null });
    expect(h.lastText(other)).toContain(text('question-header', { id: 1, topic: 'Работа с родителями' }));
    expect(h.allText('masha')).toContain(text('question-released-note', { note: 'Заболела' }));
    // The one who let it go is not offered it again, and cannot take it back with an old button.
    expect((await h.pressAction(m, 'q.take:1')).ackText).toBe(text('question-offer-ended'));
    await h.press(other, text('question-take'));
    expect(questionRow(h, 1).status).toBe('taken');
  });

  it('several open conversations: reply-to picks the question, otherwise the person picks once', async () => {
    h = await createHarness();
    people(h);
    await h.say('anna', '/question_settings wave 1');
    h.addPerson({ name: 'Света Лаптева', roles: ['mentee'], userId: 'sveta' });
    await ask(h, 'masha', 'Про родителей, вопрос один', 'Дети с ОВЗ');
    await h.press('olga', text('question-take'));
    await ask(h, 'sveta', 'Про родителей, вопрос два');
    const holder = ['olga', 'petr'].find((u) => h.messages(u).some((m) => m.text.includes(text('question-header', { id: 2, topic: 'Работа с родителями' })) && m.buttons.length))!;
    if (holder === 'petr') {
      await h.press('petr', text('question-decline'));
    }
    await h.press('olga', text('question-take'));
    expect(questionRow(h, 2).mentor_id).toBe(questionRow(h, 1).mentor_id);

    // Olga holds two: a plain message asks which one, then goes where she picks.
    await h.say('olga', 'Добрый день!');
    expect(h.lastText('olga')).toContain(text('question-pick-which'));
    await h.press('olga', 'Вопрос №2');
    expect(h.lastText('sveta')).toContain('Добрый день!');
    expect(h.allText('masha')).not.toContain('Добрый день!');
    // Now focused on №2; a reply to Masha's relayed message goes to №1 instead.
    await h.say('masha', 'Жду совета');
    const relayed = h.messages('olga').find((m) => m.text.includes('Жду совета'))!;
    await h.say('olga', 'Совет для Маши', { replyTo: relayed.id });
    expect(h.lastText('masha')).toContain('Совет для Маши');
    expect(h.allText('sveta')).not.toContain('Совет для Маши');
    await h.say('olga', 'Снова Свете');
    expect(h.lastText('sveta')).toContain('Снова Свете');
    // A reply to a message of a closed question is refused.
    await h.press('masha', text('question-solved'));
    await h.say('olga', 'Запоздалое', { replyTo: relayed.id });
    expect(h.lastText('olga')).toContain(text('question-closed-no-relay', { id: 1 }));
  });

  it('a quiet conversation is nudged, then closed with a note', async () => {
    h = await createHarness();
    people(h);
    await ask(h, 'masha', 'Про родителей');
    const m = ['olga', 'petr'].find((u) => h.allText(u).includes(text('question-header', { id: 1, topic: 'Работа с родителями' })))!;
    await h.press(m, text('question-take'));
    await h.advance(2 * DAY);
    await h.say('masha', 'Ещё вопрос по теме');
    await h.advance(2 * DAY);
    expect(h.allText('masha')).not.toMatch(said('question-idle-nudge'));
    await h.advance(1 * DAY + 60_000);
    expect(h.allText('masha')).toContain(text('question-idle-nudge', { header: text('question-header', { id: 1, topic: 'Работа с родителями' }), days: 3 }));
    await h.advance(4 * DAY);
    expect(questionRow(h, 1)).toMatchObject({ status: 'closed', closed_by: 'idle' });
    expect(h.allText('masha')).toContain(text('question-closed-by', { by: 'idle' }));
    expect(events(h, 1)).toContain('nudged');
  });

  it('a mentor deactivated mid-conversation: the question is offered again and the asker told', async () => {
    h = await createHarness();
    const { olga } = people(h);
    await h.say('anna', '/question_settings wave 1');
    await ask(h, 'masha', 'Про детей с ОВЗ', 'Дети с ОВЗ');
    await h.press('olga', text('question-take'));
    await h.pressAction('anna', deactivateAction.encode(olga.id));
    expect(h.allText('masha')).toContain(text('question-released-reason', { reason: 'deactivated' }));
    // Olga was the only one competent: the curator knows.
    expect(questionRow(h, 1).status).toBe('escalated');
    expect(h.allText('anna')).toMatch(said('question-escalation'));
    expect(h.allText('anna')).toContain(text('question-header', { id: 1, topic: 'Дети с ОВЗ' }));
    // Her old buttons do nothing.
    expect((await h.press('olga', text('question-solved'))).ackText).toBe(text('common-not-allowed'));
    expect(questionRow(h, 1)).toMatchObject({ status: 'escalated', mentor_id: null });
  });

  it('the mentee blocks the bot mid-conversation: the mentor is told and the question closes', async () => {
    h = await createHarness();
    people(h);
    await ask(h, 'masha', 'Про родителей');
    const m = ['olga', 'petr'].find((u) => h.allText(u).includes(text('question-header', { id: 1, topic: 'Работа с родителями' })))!;
    await h.press(m, text('question-take'));
    h.local.block('masha');
    await h.say(m, 'Вот мой ответ');
    await h.flush();
    expect(questionRow(h, 1)).toMatchObject({ status: 'closed', closed_by: 'unreachable' });
    expect(h.lastText(m)).toContain(text('question-closed-by', { by: 'unreachable' }));
  });

  it('an offered mentor who blocks the bot: their offer goes to the next', async () => {
    h = await createHarness();
    people(h);
    await h.say('anna', '/question_settings wave 1');
    h.local.block('olga');
    h.local.block('petr');
    h.local.unblock('petr');
    await ask(h, 'masha', 'Про родителей');
    await h.flush();
    const offers = h.db.prepare('SELECT person_id, answer FROM question_offers WHERE question_id = 1 ORDER BY wave').all() as { answer: string | null }[];
    // Whoever was first and blocked: withdrawn; then the other got it.
    expect(offers.length).toBeGreaterThanOrEqual(1);
    expect(h.allText('petr')).toContain(text('question-header', { id: 1, topic: 'Работа с родителями' }));
  });

  it('/pause stops offers and hands open ones on; /resume brings them back', async () => {
    h = await createHarness();
    people(h);
    await h.say('olga', '/pause 31.02');
    expect(h.lastText('olga')).toContain(text('question-pause-impossible'));
    await h.say('olga', '/pause 01.12.2026');
    expect(h.lastText('olga')).toMatch(said('question-paused'));
    await ask(h, 'masha', 'Про родителей');
    expect(h.allText('olga')).not.toContain(text('question-header', { id: 1, topic: 'Работа с родителями' }));
    expect(h.allText('petr')).toContain(text('question-header', { id: 1, topic: 'Работа с родителями' }));
    await h.say('olga', '/resume');
    expect(h.lastText('olga')).toContain(text('question-resumed'));
    await h.say('masha', '/my_questions');
    expect(h.lastText('masha')).toContain(text('question-header', { id: 1, topic: 'Работа с родителями' }));
    expect(h.lastText('masha')).toContain(text('question-status', { status: 'offered' }));
    await h.press('masha', text('question-withdraw', { id: 1 }));
    expect(questionRow(h, 1).status).toBe('withdrawn');
    expect(h.lastText('petr')).toContain(text('question-offer-withdrawn', { header: text('question-header', { id: 1, topic: 'Работа с родителями' }) }));
  });

  it('/my_data carries the questions; /forget blanks the words, keeps the facts', async () => {
    h = await createHarness();
    const { masha } = people(h);
    await ask(h, 'masha', 'Личный вопрос про родителей');
    const m = ['olga', 'petr'].find((u) => h.allText(u).includes(text('question-header', { id: 1, topic: 'Работа с родителями' })))!;
    await h.press(m, text('question-take'));
    await h.say('masha', 'Подробности');
    const data = exportQuestions(h.app.deps, masha.id) as { asked: { text: string }[]; messages: { text: string }[] };
    expect(data.asked[0]!.text).toBe('Личный вопрос про родителей');
    expect(data.messages[0]!.text).toBe('Подробности');
    await h.say('masha', '/forget');
    await h.press('masha', text('privacy-forget-yes'));
    expect(questionRow(h, 1).status).toBe('closed');
    expect(h.db.prepare('SELECT text FROM questions WHERE id = 1').pluck().get()).toBe('');
    expect(h.db.prepare('SELECT text FROM question_messages').pluck().all()).toEqual(['']);
    expect(h.lastText(m)).toContain(text('question-closed-by', { by: 'left' }));
  });

  it('thanks are not taken from a message meant for another open conversation, nor long after', async () => {
    h = await createHarness();
    people(h);
    await h.say('anna', '/question_settings wave 1');
    await ask(h, 'masha', 'Первый вопрос про родителей');
    const first = ['olga', 'petr'].find((u) => h.allText(u).includes(text('question-header', { id: 1, topic: 'Работа с родителями' })))!;
    await h.press(first, text('question-take'));
    await ask(h, 'masha', 'Второй вопрос про ОВЗ', 'Дети с ОВЗ');
    await h.press('olga', text('question-take'));
    await h.pressAction(first, 'q.solved:1');
    await h.pressAction('masha', 'q.rate:1:5');
    await h.say('masha', 'Это для второго вопроса');
    expect(questionRow(h, 1).thanks).toBeNull();
    expect(h.allText('olga')).toContain('Это для второго вопроса');
    await h.pressAction('olga', 'q.solved:2');
    await h.pressAction('masha', 'q.rate:2:4');
    await h.advance(2 * 60 * 60_000);
    await h.say('masha', 'Просто так');
    expect(questionRow(h, 2).thanks).toBeNull();
    expect(h.last('masha').buttons.flat().map((b) => b.action)).toContain('q.again:2');
  });

  it('/question_settings shows and changes the defaults, refusing nonsense', async () => {
    h = await createHarness();
    people(h);
    const t = (key: string) => h.app.deps.i18n.t('ru', key);
    const settings = () => h.app.deps.db.prepare('SELECT settings FROM organisations').pluck().get() as string;
    await h.say('anna', '/question_settings');
    expect(h.lastText('anna')).toContain(text('question-settings', { waveSize: 3, waveTimeoutMinutes: 60, urgentWaveTimeoutMinutes: 10, maxWaves: 3, openQuestionCap: 3, idleNudgeDays: 3, idleCloseDays: 7 }));
    // The names the message lists (in Russian), and the English ones still work.
    await h.say('anna', '/question_settings ждать 30');
    expect(JSON.parse(settings()).questions.waveTimeoutMinutes).toBe(30);
    await h.say('anna', '/question_settings Сразу 2');
    expect(JSON.parse(settings()).questions.waveSize).toBe(2);
    await h.say('anna', '/question_settings timeout 45');
    expect(JSON.parse(settings()).questions.waveTimeoutMinutes).toBe(45);
    await h.say('anna', '/question_settings wave 999');
    expect(h.lastText('anna')).toBe(t('question-settings-out-of-range'));
    await h.say('anna', '/question_settings nonsense');
    expect(h.lastText('anna')).toBe(t('question-settings-usage'));
    await h.say('masha', '/question_settings wave 1');
    expect(h.lastText('masha')).toBe(text('common-not-allowed'));
  });
});
