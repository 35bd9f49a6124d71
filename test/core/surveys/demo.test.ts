import { afterEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../support/harness.js';
import { seedDemo } from '../../../src/core/surveys/demo.js';

let h: Harness;
afterEach(async () => h?.close());

describe('surveys demo data', () => {
  it('seeds a live anonymous survey with answers and a fresh named one on a fresh database', async () => {
    h = await createHarness();
    const cur = h.addPerson({ name: 'Куратор', userId: 'cur', roles: ['curator'] });
    const mentors = [1, 2].map((i) => h.addPerson({ name: `Наставник ${i}`, userId: `o${i}`, roles: ['mentor'] }).id);
    const mentees = [1, 2, 3, 4, 5, 6].map((i) => h.addPerson({ name: `Наставляемый ${i}`, userId: `e${i}`, roles: ['mentee'] }).id);
    h.db.transaction(() => seedDemo(h.app.deps, h.org.id, { curatorId: cur.id, mentorIds: mentors, menteeIds: mentees }, h.clock.now()))();
    expect(h.db.prepare('SELECT COUNT(*) AS n FROM survey_responses').get()).toEqual({ n: 5 });
    await h.say('cur', '/surveys');
    const card = h.messages('cur').find((m) => m.text.includes('анкета наставляемого'))!;
    expect(card.text).toContain('Ответили 5 из 6');
    await h.press('cur', 'Результаты', card.id);
    expect(h.lastText('cur')).toContain('учтено ответов — 5');
    // The one mentee left can still answer.
    await h.say('e6', '/surveys');
    await h.press('e6', 'анкета наставляемого');
    expect(h.lastText('e6')).toContain('Вопрос 1 из 8');
  });
});
