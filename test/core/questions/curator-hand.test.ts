/**
 * Issue 17, questions: the asker reopens a closed question (or undoes her close within a minute),
 * free text after a close offers a new question with it, the curator takes an escalated question
 * herself or assigns a colleague at work today (never the one who declined), /questions has buttons,
 * and a question taken and silent for a working day reaches the curator.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../support/harness.js';
import { ask, events, questionRow } from './support.js';
import { said, text } from '../../support/said.js';

let h: Harness;
afterEach(async () => h?.close());

const actions = (h: Harness, user: string) => h.last(user).buttons.flat().map((b) => b.action);
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** Pages the topic picker until the topic shows, then picks it. */
async function pickTopic(user: string, topic: string) {
  for (let i = 0; i < 5 && !h.last(user).buttons.flat().some((b) => b.label === topic); i++) await h.press(user, text('common-next'));
  await h.press(user, topic);
}

async function school() {
  h = await createHarness();
  h.addPerson({ name: 'Анна Куратор', roles: ['curator'], userId: 'anna', days: 0b1111111, from: 0, to: 1440 });
  h.addPerson({ name: 'Мария Новикова', roles: ['mentee'], userId: 'masha' });
  const olga = h.addPerson({ name: 'Ольга Белова', roles: ['mentor'], offers: ['parents'], userId: 'olga' });
  return { olga };
}

async function talking() {
  const people = await school();
  await ask(h, 'masha', 'Как говорить с родителями?');
  await h.press('olga', text('question-take'));
  return people;
}

describe('closing is not final', () => {
  it('the asker undoes her close within a minute; after it, «Отменить» reopens (within three days)', async () => {
    await talking();
    await h.press('masha', text('question-solved'));
    expect(questionRow(h, 1).status).toBe('closed');
    expect(actions(h, 'masha')).toContain('q.undo:1');
    await h.pressAction('masha', 'q.undo:1');
    expect(questionRow(h, 1)).toMatchObject({ status: 'taken', closed_by: null });
    expect(events(h, 1)).toContain('undone');
    expect(h.lastText('olga')).toContain(text('question-reopened-other', { header: text('question-header', { id: 1, topic: 'Работа с родителями' }), name: 'Мария Новикова', how: 'undone' }));
    // The conversation goes on: the next message is relayed.
    await h.say('masha', 'Ещё вопрос по теме');
    expect(h.lastText('olga')).toContain('Ещё вопрос по теме');
    // A stale undo on an open question changes nothing.
    expect((await h.pressAction('masha', 'q.undo:1')).ackText).toBe(text('question-already-open'));
  });

  it('the mentor may undo only her own close and only for a minute; the asker may reopen for three days', async () => {
    await talking();
    await h.press('olga', text('question-solved'));
    expect(actions(h, 'olga')).toContain('q.undo:1');
    expect(actions(h, 'masha')).toContain('q.reopen:1');
    // The asker did not close it: her undo is refused.
    expect((await h.pressAction('masha', 'q.undo:1')).ackText).toBeTruthy();
    expect(questionRow(h, 1).status).toBe('closed');
    await h.advance(2 * MINUTE);
    await h.pressAction('olga', 'q.undo:1');
    expect(questionRow(h, 1).status).toBe('closed');
    expect(h.allText('olga')).toContain(text('question-undo-too-late'));
    await h.pressAction('masha', 'q.reopen:1');
    expect(questionRow(h, 1).status).toBe('taken');
    expect(h.lastText('olga')).toContain(text('question-reopened-other', { header: text('question-header', { id: 1, topic: 'Работа с родителями' }), name: 'Мария Новикова', how: 'reopened' }));
  });

  it('too late, or the mentor left: reopening is refused with the way on (/ask)', async () => {
    const { olga } = await talking();
    await h.press('olga', text('question-solved'));
    await h.advance(4 * DAY);
    await h.pressAction('masha', 'q.reopen:1');
    expect(questionRow(h, 1).status).toBe('closed');
    expect(h.lastText('masha')).toContain('/ask');
    h.db.prepare("UPDATE persons SET status = 'deactivated' WHERE id = ?").run(olga.id);
    h.db.prepare('UPDATE questions SET closed_at = ? WHERE id = 1').run(h.clock.now());
    await h.pressAction('masha', 'q.reopen:1');
    expect(questionRow(h, 1).status).toBe('closed');
    expect(h.lastText('masha')).toContain(text('question-reopen-mentor-gone', { id: 1 }));
  });

  it('free text after a close offers a new question with that text (never «Не понял вас»)', async () => {
    await talking();
    await h.press('olga', text('question-solved'));
    await h.press('masha', text('question-no-thanks')).catch(() => undefined);
    await h.advance(2 * 60 * MINUTE);
    await h.say('masha', 'А как быть с бабушкой, которая забирает ребёнка?');
    expect(h.lastText('masha')).not.toMatch(said('common-dont-understand'));
    expect(actions(h, 'masha')).toEqual(['q.again:1', 'q.reopen:1']);
    // More text replaces the kept one.
    await h.say('masha', 'Как говорить с бабушкой ребёнка?');
    await h.press('masha', text('question-after-close-ask'));
    expect(h.lastText('masha')).toMatch(said('question-ask-topic'));
    await pickTopic('masha', 'Работа с родителями');
    await h.press('masha', text('question-send'));
    const q2 = h.db.prepare('SELECT text, status FROM questions WHERE id = 2').get();
    expect(q2).toEqual({ text: 'Как говорить с бабушкой ребёнка?', status: 'offered' });
    // A stale «Задать новый вопрос» does nothing.
    expect((await h.pressAction('masha', 'q.again:1')).ackText).toBeTruthy();
    expect(h.db.prepare('SELECT COUNT(*) FROM questions').pluck().get()).toBe(2);
  });
});

describe("the curator's hand", () => {
  it('an escalated question: assign buttons name only colleagues at work today, never the decliner; she can take it herself', async () => {
    const { olga } = await school();
    const petr = h.addPerson({ name: 'Пётр Орлов', roles: ['mentor'], offers: ['digital_tools'], userId: 'petr' });
    await ask(h, 'masha', 'Как говорить с родителями?');
    await h.press('olga', text('question-decline'));
    expect(questionRow(h, 1).status).toBe('escalated');
    const escalation = [...h.messages('anna')].reverse().find((m) => said('question-escalation').test(m.text))!;
    const offered = escalation.buttons.flat().map((b) => b.action);
    expect(offered).toEqual([`q.assign:1:${petr.id}`, 'q.self:1']);
    // Later a colleague who knows the topic joins, but she works on Saturdays only: not offered today.
    const nina = h.addPerson({ name: 'Нина Субботина', roles: ['mentor'], offers: ['parents'], userId: 'nina', days: 0b0100000 });
    await h.pressAction('anna', 'q.assignp:1');
    expect(actions(h, 'anna')).toEqual([`q.assign:1:${petr.id}`, 'q.self:1']);
    // Forged assignments to the decliner or to the one off today are refused.
    await h.pressAction('anna', `q.assign:1:${olga.id}`);
    await h.pressAction('anna', `q.assign:1:${nina.id}`);
    expect(questionRow(h, 1).status).toBe('escalated');
    await h.pressAction('anna', 'q.self:1');
    expect(questionRow(h, 1)).toMatchObject({ status: 'taken', mentor_id: h.db.prepare("SELECT person_id FROM accounts WHERE user_id = 'anna'").pluck().get() });
    expect(h.allText('masha')).toContain('Анна Куратор');
    // A second press: already taken.
    expect((await h.pressAction('anna', 'q.self:1')).ackText).toBeTruthy();
  });

  it('/questions has buttons to act: take or assign an unclaimed question, remind of a taken one', async () => {
    await school();
    h.addPerson({ name: 'Пётр Орлов', roles: ['mentor'], offers: ['parents'], userId: 'petr' });
    await ask(h, 'masha', 'Первый вопрос');
    await ask(h, 'masha', 'Второй вопрос');
    await h.pressAction('olga', 'q.take:2');
    await h.say('anna', '/questions');
    expect(actions(h, 'anna')).toEqual(['q.self:1', 'q.assignp:1', 'q.remind:2']);
    await h.press('anna', text('question-overview-assign', { id: 1 }));
    const picks = actions(h, 'anna');
    expect(picks.filter((a) => a?.startsWith('q.assign:1:')).length).toBe(2);
    await h.press('anna', 'Пётр Орлов');
    expect(questionRow(h, 1).status).toBe('taken');
    await h.press('anna', text('question-overview-remind', { id: 2 }));
    expect(h.lastText('olga')).toContain(text('question-remind-mentor', { header: text('question-header', { id: 2, topic: 'Работа с родителями' }), name: 'Мария Новикова' }));
    // A mentee cannot use the curator's buttons.
    await h.pressAction('masha', 'q.remind:2');
    expect(events(h, 2).filter((e) => e === 'reminded').length).toBe(1);
  });

  it('a question taken and silent for a working day reaches the curator; an answer stops it', async () => {
    await school();
    await ask(h, 'masha', 'Первый вопрос');
    await h.press('olga', text('question-take'));
    await h.advance(DAY - MINUTE);
    expect(h.allText('anna')).not.toMatch(said('question-silent-curator'));
    await h.advance(2 * MINUTE);
    expect(h.lastText('anna')).toMatch(said('question-silent-curator'));
    expect(actions(h, 'anna')).toEqual(['q.remind:1']);
    expect(events(h, 1)).toContain('silent');

    await h.pressAction('olga', 'q.solved:1');
    await ask(h, 'masha', 'Второй вопрос');
    await h.pressAction('olga', 'q.take:2');
    await h.say('olga', 'Отвечаю сразу');
    expect(h.lastText('masha')).toContain('Отвечаю сразу');
    await h.advance(DAY + MINUTE);
    expect(events(h, 2)).not.toContain('silent');
  });
});
