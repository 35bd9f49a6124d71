/**
 * «Не могу» from the only competent mentor: the curator is told that the mentor declined (not
 * that time ran out) and the mentor that the question went to the curator (not «предложен
 * другим» when nobody else got it). With others still holding the offer, the mentor reads that.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../support/harness.js';
import { ask, questionRow } from './support.js';

let h: Harness;
afterEach(async () => h?.close());

describe('a mentor declines a question', () => {
  it('the only competent mentor declines: the curator hears it was declined, the mentor that it went to the curator', async () => {
    h = await createHarness();
    h.addPerson({ name: 'Анна Куратор', roles: ['curator'], userId: 'anna' });
    h.addPerson({ name: 'Мария Новикова', roles: ['mentee'], userId: 'masha' });
    h.addPerson({ name: 'Ольга Белова', roles: ['mentor'], offers: ['parents'], userId: 'olga' });
    await ask(h, 'masha', 'Как говорить с родителями?');
    expect(h.allText('olga')).toContain('Вопрос №1');
    await h.press('olga', 'Не могу');
    expect(questionRow(h, 1).status).toBe('escalated');
    const escalation = h.messages('anna').find((m) => m.text.startsWith('⚠️'))!.text;
    expect(escalation).toContain('Все наставники, которым предложили вопрос, отказались');
    expect(escalation).not.toContain('за отведённое время');
    const offer = h.messages('olga').find((m) => m.text.includes('Вопрос №1'))!;
    expect(offer.text).toContain('вопрос передан куратору');
    expect(offer.text).not.toContain('предложен другим');
    expect(h.allText('masha')).toContain('сейчас не могут помочь');
  });

  it('others still hold the offer: the mentor reads that it is offered to others, and nothing escalates', async () => {
    h = await createHarness();
    h.addPerson({ name: 'Анна Куратор', roles: ['curator'], userId: 'anna' });
    h.addPerson({ name: 'Мария Новикова', roles: ['mentee'], userId: 'masha' });
    h.addPerson({ name: 'Ольга Белова', roles: ['mentor'], offers: ['parents'], userId: 'olga' });
    h.addPerson({ name: 'Пётр Орлов', roles: ['mentor'], offers: ['parents'], userId: 'petr' });
    await ask(h, 'masha', 'Как говорить с родителями?');
    await h.press('olga', 'Не могу');
    expect(h.messages('olga').find((m) => m.text.includes('Вопрос №1'))!.text).toContain('Вопрос предложен другим наставникам');
    expect(questionRow(h, 1).status).toBe('offered');
    expect(h.allText('anna')).not.toContain('⚠️');
  });
});
