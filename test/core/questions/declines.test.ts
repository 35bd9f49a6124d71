/**
 * «Не могу» from the only competent mentor: the curator is told that the mentor declined (not
 * that time ran out) and the mentor that the question went to the curator (not «предложен
 * другим» when nobody else got it). With others still holding the offer, the mentor reads that.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../support/harness.js';
import { ask, questionRow } from './support.js';
import { text } from '../../support/said.js';

let h: Harness;
afterEach(async () => h?.close());

describe('a mentor declines a question', () => {
  it('the only competent mentor declines: the curator hears it was declined, the mentor that it went to the curator', async () => {
    h = await createHarness();
    h.addPerson({ name: 'Анна Куратор', roles: ['curator'], userId: 'anna' });
    h.addPerson({ name: 'Мария Новикова', roles: ['mentee'], userId: 'masha' });
    h.addPerson({ name: 'Ольга Белова', roles: ['mentor'], offers: ['parents'], userId: 'olga' });
    await ask(h, 'masha', 'Как говорить с родителями?');
    const q1 = text('question-header', { id: 1, topic: 'Работа с родителями' });
    expect(h.allText('olga')).toContain(q1);
    await h.press('olga', text('question-decline'));
    expect(questionRow(h, 1).status).toBe('escalated');
    const escalation = h.messages('anna').find((m) => m.text.startsWith('⚠️'))!.text;
    const escalated = { header: q1, name: 'Мария Новикова', position: 'воспитатель', text: 'Как говорить с родителями?', mentors: 0 };
    expect(escalation).toBe(text('question-escalation', { ...escalated, reason: 'declined' }));
    expect(escalation).not.toBe(text('question-escalation', { ...escalated, reason: 'no_answer' }));
    const offer = h.messages('olga').find((m) => m.text.includes(q1))!;
    expect(offer.text).toBe(text('question-offer-declined', { header: q1, where: 'curator' }));
    expect(offer.text).not.toBe(text('question-offer-declined', { header: q1, where: 'others' }));
    expect(h.allText('masha')).toContain(text('question-asker-escalated', { header: q1, reason: 'declined' }));
  });

  it('others still hold the offer: the mentor reads that it is offered to others, and nothing escalates', async () => {
    h = await createHarness();
    h.addPerson({ name: 'Анна Куратор', roles: ['curator'], userId: 'anna' });
    h.addPerson({ name: 'Мария Новикова', roles: ['mentee'], userId: 'masha' });
    h.addPerson({ name: 'Ольга Белова', roles: ['mentor'], offers: ['parents'], userId: 'olga' });
    h.addPerson({ name: 'Пётр Орлов', roles: ['mentor'], offers: ['parents'], userId: 'petr' });
    await ask(h, 'masha', 'Как говорить с родителями?');
    await h.press('olga', text('question-decline'));
    const q1 = text('question-header', { id: 1, topic: 'Работа с родителями' });
    expect(h.messages('olga').find((m) => m.text.includes(q1))!.text).toBe(text('question-offer-declined', { header: q1, where: 'others' }));
    expect(questionRow(h, 1).status).toBe('offered');
    expect(h.allText('anna')).not.toContain('⚠️');
  });
});
