import { afterEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../support/harness.js';
import { takeAction } from '../../../src/core/questions/actions.js';
import { ask, events, questionRow } from './support.js';
import { said, text } from '../../support/said.js';

let h: Harness;
afterEach(async () => h?.close());

async function school() {
  h = await createHarness();
  const curator = h.addPerson({ name: 'Анна Куратор', roles: ['curator'], userId: 'anna' });
  const masha = h.addPerson({ name: 'Мария Новикова', roles: ['mentee'], userId: 'masha', position: 'Молодой специалист' });
  const olga = h.addPerson({ name: 'Ольга Белова', roles: ['mentor'], offers: ['parents'], userId: 'olga' });
  const petr = h.addPerson({ name: 'Пётр Орлов', roles: ['mentor'], offers: ['parents'], userId: 'petr' });
  const ivan = h.addPerson({ name: 'Иван Котов', roles: ['mentor'], offers: ['parents'], userId: 'ivan' });
  const nina = h.addPerson({ name: 'Нина Соколова', roles: ['mentor'], offers: ['parents'], userId: 'nina' });
  return { curator, masha, olga, petr, ivan, nina };
}

describe('situational mentoring', () => {
  it('ask → offer to a wave → claim race → talk both ways → hand over → close → rate with thanks', async () => {
    const { olga, petr } = await school();
    await ask(h, 'masha', 'Как говорить с родителями о трудном поведении ребёнка?');
    expect(h.lastText('masha')).toContain(text('question-sent', { id: 1, count: 3 }));

    // Three of the four got the offer with who asks, the topic and Take / Can't.
    const offered = ['olga', 'petr', 'ivan', 'nina'].filter((u) => h.allText(u).includes(text('question-header', { id: 1, topic: 'Работа с родителями' })));
    expect(offered).toHaveLength(3);
    const offer = h.last(offered[0]!);
    expect(offer.text).toContain('Работа с родителями');
    expect(offer.text).toContain('Мария Новикова, молодой специалист');
    expect(offer.text).toContain('трудном поведении');
    expect(offer.buttons.flat().map((b) => b.label)).toEqual([text('question-take'), text('question-decline')]);

    // Two press "Take" at the same moment: exactly one wins, the other is told who.
    const [a, b] = offered as [string, string, string];
    const outcomes = await Promise.all([h.pressAction(a, takeAction.encode(1)), h.pressAction(b, takeAction.encode(1))]);
    const winner = outcomes[0]!.ackText === text('question-take-ok') ? a : b;
    const loser = winner === a ? b : a;
    expect(outcomes.filter((o) => o.ackText === text('question-take-ok'))).toHaveLength(1);
    expect(outcomes.filter((o) => said('question-already-taken').test(o.ackText ?? ''))).toHaveLength(1);
    expect(questionRow(h, 1).status).toBe('taken');
    // Everyone else's offer was edited to say who took it, and lost its buttons.
    const third = offered[2]!;
    for (const u of [loser, third]) {
      const edited = h.messages(u).find((m) => said('question-offer-taken-by').test(m.text));
      expect(edited?.buttons).toEqual([]);
    }
    expect(h.lastText('masha')).toMatch(said('question-taken-asker'));

    // Talk both ways, relayed with a header naming the question.
    await h.say('masha', 'У нас мальчик кусается, родители не признают.');
    expect(h.lastText(winner)).toContain(text('question-relayed', { header: text('question-header', { id: 1, topic: 'Работа с родителями' }), name: 'Мария Новикова', text: 'У нас мальчик кусается, родители не признают.' }));
    expect(h.lastText(winner)).toContain('мальчик кусается');
    await h.say(winner, 'Начните с наблюдений, без оценок.');
    expect(h.lastText('masha')).toContain('Начните с наблюдений');
    expect(questionRow(h, 1).first_answer_at).not.toBeNull();

    // The mentor hands it over to a named colleague with a reason.
    const target = [olga, petr].find((p) => p.fullName !== h.db.prepare('SELECT full_name FROM persons WHERE id = ?').pluck().get(questionRow(h, 1).mentor_id))!;
    await h.press(winner, text('question-hand-over'));
    await h.press(winner, target.fullName);
    await h.say(winner, 'Ухожу на курсы');
    expect(h.allText('masha')).toContain(text('question-released-note', { note: 'Ухожу на курсы' }));
    const targetUser = target.id === olga.id ? 'olga' : 'petr';
    expect(h.lastText(targetUser)).toMatch(said('question-handed-to-you'));
    await h.press(targetUser, text('question-take'));
    expect(questionRow(h, 1).mentor_id).toBe(target.id);
    await h.say('masha', 'Спасибо, попробую');
    expect(h.lastText(targetUser)).toContain('Спасибо, попробую');
    expect(h.allText(winner)).not.toContain('Спасибо, попробую');

    // Closing and rating.
    await h.press(targetUser, text('question-solved'));
    expect(questionRow(h, 1).status).toBe('closed');
    expect(h.lastText('masha')).toContain(text('question-closed-asker', { header: text('question-header', { id: 1, topic: 'Работа с родителями' }), by: 'mentor', rated: 'no' }));
    await h.press('masha', '5 ⭐');
    expect(h.lastText(targetUser)).toContain(text('question-rated-mentor', { header: text('question-header', { id: 1, topic: 'Работа с родителями' }), name: 'Мария Новикова', rating: 5 }));
    await h.say('masha', 'Огромное спасибо!');
    expect(h.lastText(targetUser)).toContain('Огромное спасибо!');
    expect(questionRow(h, 1)).toMatchObject({ rating: 5, thanks: 'Огромное спасибо!' });
    // A second rating changes nothing.
    await h.pressAction('masha', 'q.rate:1:1');
    expect(questionRow(h, 1).rating).toBe(5);

    // Messages to a closed question are not relayed.
    await h.say('masha', 'И ещё одно…');
    expect(h.last('masha').buttons.flat().map((b) => b.action)).toContain('q.again:1');
    const relayed = h.messages(targetUser).filter((m) => m.text.includes('И ещё одно'));
    expect(relayed).toEqual([]);
    expect(events(h, 1)).toEqual(expect.arrayContaining(['asked', 'offered', 'taken', 'handed_over', 'closed', 'rated']));
  });

  it('nobody competent: escalates to the curator at once; the curator assigns from the escalation', async () => {
    await school();
    await ask(h, 'masha', 'Как вести электронный журнал?', 'Электронные таблицы');
    expect(h.lastText('masha')).toContain(text('question-asker-escalated', { header: text('question-header', { id: 1, topic: 'Электронные таблицы' }), reason: 'no_candidates' }));
    const esc = h.last('anna');
    expect(esc.text).toContain(text('question-escalation', { header: text('question-header', { id: 1, topic: 'Электронные таблицы' }), reason: 'no_candidates', name: 'Мария Новикова', position: 'молодой специалист', text: 'Как вести электронный журнал?', mentors: 4 }));
    expect(esc.text).toContain('Как вести электронный журнал?');
    // No one is competent: the curator may still pick among the mentors.
    await h.press('anna', text('question-assign-to', { name: 'Ольга Белова' }));
    expect(questionRow(h, 1).status).toBe('taken');
    expect(h.lastText('olga')).toMatch(said('question-assigned-mentor'));
    expect(h.lastText('masha')).toContain(text('question-taken-asker', { header: text('question-header', { id: 1, topic: 'Электронные таблицы' }), name: 'Ольга Белова', position: 'воспитатель' }));
    expect(h.last('anna').text).toContain(text('question-escalation-settled', { header: text('question-header', { id: 1, topic: 'Электронные таблицы' }), name: 'Ольга Белова' }));
    // The curator's figures name the gap.
    await h.say('anna', '/questions');
    expect(h.lastText('anna')).toContain(text('question-overview-gap', { topic: 'Электронные таблицы', count: 1 }));
    expect(h.lastText('anna')).toContain('Ольга Белова: 1');
  });

  it('nobody takes it: the next wave after the timeout, then the curator; the old offers still work', async () => {
    await school();
    await h.say('anna', '/question_settings waves 2');
    await ask(h, 'masha', 'Родители жалуются на питание', 'Работа с родителями', true);
    expect(questionRow(h, 1)).toMatchObject({ status: 'offered', wave: 1 });
    await h.advance(10 * 60_000);
    expect(questionRow(h, 1)).toMatchObject({ status: 'offered', wave: 2 });
    const offeredNow = ['olga', 'petr', 'ivan', 'nina'].filter((u) => h.allText(u).includes(text('question-header', { id: 1, topic: 'Работа с родителями' })));
    expect(offeredNow).toHaveLength(4);
    await h.advance(10 * 60_000);
    expect(questionRow(h, 1).status).toBe('escalated');
    expect(h.lastText('anna')).toContain(text('question-escalation', { header: text('question-header', { id: 1, topic: 'Работа с родителями' }), reason: 'no_answer', name: 'Мария Новикова', position: 'молодой специалист', text: 'Родители жалуются на питание', mentors: 4 }));
    // A restart-like second tick offers nothing twice.
    await h.advance(60 * 60_000);
    expect(h.messages('anna').filter((m) => m.text.includes(text('question-header', { id: 1, topic: 'Работа с родителями' }))).length).toBe(1);
    await h.press('olga', text('question-take'));
    expect(questionRow(h, 1).status).toBe('taken');
    expect(h.last('anna').text).toContain(text('question-escalation-settled', { header: text('question-header', { id: 1, topic: 'Работа с родителями' }), name: 'Ольга Белова' }));
  });

  it('everyone in the wave declines: the next wave goes at once', async () => {
    await school();
    await h.say('anna', '/question_settings wave 2');
    await ask(h, 'masha', 'Родительское собрание: как начать?');
    const first = ['olga', 'petr', 'ivan', 'nina'].filter((u) => h.allText(u).includes(text('question-header', { id: 1, topic: 'Работа с родителями' })));
    expect(first).toHaveLength(2);
    for (const u of first) await h.press(u, text('question-decline'));
    const second = ['olga', 'petr', 'ivan', 'nina'].filter((u) => !first.includes(u));
    for (const u of second) expect(h.allText(u)).toContain(text('question-header', { id: 1, topic: 'Работа с родителями' }));
    expect(questionRow(h, 1).wave).toBe(2);
    // A decliner's old button now says so and changes nothing.
    const ack = await h.pressAction(first[0]!, takeAction.encode(1));
    expect(ack.ackText).toBe(text('question-you-declined'));
  });

  it('outside everyone’s hours: queued, offered when the first mentor’s hours begin', async () => {
    h = await createHarness({ now: Date.UTC(2026, 10, 23, 17, 0) }); // Monday 20:00 in Moscow
    h.addPerson({ name: 'Анна Куратор', roles: ['curator'], userId: 'anna' });
    h.addPerson({ name: 'Мария Новикова', roles: ['mentee'], userId: 'masha' });
    h.addPerson({ name: 'Ольга Белова', offers: ['parents'], userId: 'olga', from: 8 * 60 });
    h.addPerson({ name: 'Пётр Орлов', offers: ['parents'], userId: 'petr', from: 10 * 60 });
    await ask(h, 'masha', 'Про родителей');
    expect(h.lastText('masha')).toContain(text('question-queued', { id: 1, when: 'завтра в 8:00' }));
    expect(questionRow(h, 1).status).toBe('waiting');
    expect(h.allText('olga')).not.toContain(text('question-header', { id: 1, topic: 'Работа с родителями' }));
    await h.advance(12 * 60 * 60_000 - 60_000); // 07:59
    expect(h.allText('olga')).not.toContain(text('question-header', { id: 1, topic: 'Работа с родителями' }));
    await h.advance(60_000); // 08:00
    expect(h.lastText('olga')).toContain(text('question-header', { id: 1, topic: 'Работа с родителями' }));
    expect(h.allText('petr')).not.toContain(text('question-header', { id: 1, topic: 'Работа с родителями' }));
  });

  it('bad input: own question, stale and forged buttons, an empty question, a 20 MB file, closed questions', async () => {
    await school();
    h.addPerson({ name: 'Лена Соло', offers: ['special_needs'], userId: 'lena' });
    // The only mentor of a topic asks in it: nobody else, so the curator learns.
    await ask(h, 'lena', 'Мой вопрос про ОВЗ', 'Дети с ОВЗ');
    expect(questionRow(h, 1).status).toBe('escalated');
    expect(await h.pressAction('lena', takeAction.encode(1))).toMatchObject({ ackText: text('question-own') });
    // Someone never offered presses a forged take.
    expect((await h.pressAction('masha', takeAction.encode(1))).ackText).toBe(text('common-not-allowed'));
    expect((await h.pressAction('masha', takeAction.encode(999))).ackText).toBe(text('common-stale-button'));
    expect((await h.pressAction('masha', 'q.take:abc')).ackText).toBe(text('common-stale-button'));
    // A curator-only assign by a mentee.
    expect((await h.pressAction('masha', 'q.assign:1:3')).ackText).toBe(text('common-not-allowed'));
    // Empty text and an oversized file.
    await h.say('masha', '/ask');
    await h.say('masha', '   ');
    expect(h.lastText('masha')).toContain(text('question-empty'));
    await h.local.sendFile('masha', { kind: 'document', name: 'big.pdf', bytes: Buffer.alloc(10) });
    await h.flush();
    expect(h.lastText('masha')).toMatch(said('question-ask-topic'));
    await h.say('masha', '/cancel');
    await h.say('masha', '/ask');
    h.local.lastIncoming = null;
    await h.app.router.handle({
      updateId: 'big-file',
      from: { platform: 'local', userId: 'masha', chatId: 'masha', chatType: 'private' },
      kind: 'file',
      file: { platform: 'local', fileId: 'x', kind: 'document', name: 'huge.pdf', size: 21 * 1024 * 1024 },
    });
    await h.flush();
    expect(h.lastText('masha')).toContain(text('question-file-too-big', { mb: 20 }));
    // Sending without a dialog: a stale button.
    await h.say('masha', '/cancel');
    expect((await h.pressAction('masha', 'q.send:0')).ackText).toBe(text('common-stale-button'));
    expect(h.db.prepare('SELECT COUNT(*) FROM questions').pluck().get()).toBe(1);
  });

  it('a file question is relayed as it is, and a photo in the conversation too', async () => {
    await school();
    await h.say('masha', '/ask');
    await h.local.sendFile('masha', { kind: 'photo', name: 'plan.jpg', bytes: Buffer.from('jpeg') }, 'Посмотрите план встречи с родителями');
    await h.flush();
    await h.press('masha', 'Работа с родителями');
    await h.press('masha', text('question-send'));
    const mentor = ['olga', 'petr', 'ivan'].find((u) => h.allText(u).includes(text('question-header', { id: 1, topic: 'Работа с родителями' })))!;
    expect(h.last(mentor).file?.bytes.toString()).toBe('jpeg');
    expect(h.last(mentor).text).toContain('Посмотрите план');
    await h.press(mentor, text('question-take'));
    await h.local.sendFile(mentor, { kind: 'document', name: 'памятка.pdf', bytes: Buffer.from('pdf!') });
    await h.flush();
    expect(h.last('masha').file).toMatchObject({ name: 'памятка.pdf' });
    expect(h.last('masha').file?.bytes.toString()).toBe('pdf!');
  });
});
