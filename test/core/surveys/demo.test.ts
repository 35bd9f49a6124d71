import { afterEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../support/harness.js';
import { seedDemo } from '../../../src/core/surveys/demo.js';
import { said, text } from '../../support/said.js';

let h: Harness;
afterEach(async () => h?.close());
const titleOf = (id: number) => (h.db.prepare('SELECT title FROM surveys WHERE id = ?').get(id) as { title: string }).title;

describe('surveys demo data', () => {
  it('seeds an anonymous survey (results after closing) and a live named one, with answers, on a fresh database', async () => {
    h = await createHarness();
    const cur = h.addPerson({ name: 'Куратор', userId: 'cur', roles: ['curator'] });
    const mentors = [1, 2, 3].map((i) => h.addPerson({ name: `Наставник ${i}`, userId: `o${i}`, roles: ['mentor'] }).id);
    const mentees = [1, 2, 3, 4, 5, 6].map((i) => h.addPerson({ name: `Наставляемый ${i}`, userId: `e${i}`, roles: ['mentee'] }).id);
    h.db.transaction(() => seedDemo(h.app.deps, h.org.id, { curatorId: cur.id, mentorIds: mentors, menteeIds: mentees }, h.clock.now()))();
    expect(h.db.prepare('SELECT anonymous, live_results, COUNT(r.id) AS n FROM surveys s LEFT JOIN survey_responses r ON r.survey_id = s.id GROUP BY s.id ORDER BY s.id').all()).toEqual([
      { anonymous: 1, live_results: 0, n: 5 },
      { anonymous: 0, live_results: 1, n: 2 },
    ]);
    await h.say('cur', '/surveys');
    // The anonymous one: the response rate now, no live button, results after closing.
    const card = h.messages('cur').find((m) => m.text.includes('анкета наставляемого'))!;
    expect(card.text).toContain(text('surveys-rate-total', { finished: 5, asked: 6, percent: 83 }));
    expect(card.buttons.flat().map((b) => b.label)).not.toContain(text('surveys-live-on'));
    await h.press('cur', text('surveys-results-button'), card.id);
    expect(h.lastText('cur')).toMatch(said('surveys-anonymous-results-after-close'));
    expect(h.lastText('cur')).not.toMatch(said('surveys-results-title'));
    // The named one shows its results live.
    const named = h.messages('cur').find((m) => m.text.includes('анкета наставника'))!;
    expect(named.buttons.flat().map((b) => b.label)).toContain(text('surveys-live-off'));
    await h.press('cur', text('surveys-results-button'), named.id);
    expect(h.lastText('cur')).toContain(text('surveys-results-title', { title: titleOf(2), count: 2 }));
    // Closed, the anonymous one shows its results (5 answers: the minimum group size).
    await h.press('cur', text('surveys-close-button'), card.id);
    await h.press('cur', text('surveys-results-button'), card.id);
    expect(h.lastText('cur')).toContain(text('surveys-results-title', { title: titleOf(1), count: 5 }));
  });

  it('the one mentee and the one mentor left can still answer', async () => {
    h = await createHarness();
    const cur = h.addPerson({ name: 'Куратор', userId: 'cur', roles: ['curator'] });
    const mentors = [1, 2].map((i) => h.addPerson({ name: `Наставник ${i}`, userId: `o${i}`, roles: ['mentor'] }).id);
    const mentees = [1, 2, 3, 4, 5, 6].map((i) => h.addPerson({ name: `Наставляемый ${i}`, userId: `e${i}`, roles: ['mentee'] }).id);
    h.db.transaction(() => seedDemo(h.app.deps, h.org.id, { curatorId: cur.id, mentorIds: mentors, menteeIds: mentees }, h.clock.now()))();
    await h.say('e6', '/surveys');
    await h.press('e6', 'анкета наставляемого');
    expect(h.lastText('e6')).toContain(text('surveys-progress', { n: 1, total: 8, title: titleOf(1) }));
    await h.say('o2', '/surveys');
    await h.press('o2', 'анкета наставника');
    expect(h.lastText('o2')).toContain(text('surveys-progress', { n: 1, total: 7, title: titleOf(2) }));
  });
});
