import { afterEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../support/harness.js';
import { seedDemo } from '../../../src/core/questions/demo.js';
import { questionRow } from './support.js';
import { questionsYearReport } from '../../../src/core/questions/year-report.js';
import { text } from '../../support/said.js';

let h: Harness;
afterEach(async () => h?.close());

describe('questions demo data', () => {
  it('seeds one answered and rated question and one open offer the mentor can take', async () => {
    h = await createHarness();
    const curator = h.addPerson({ name: 'Анна Куратор', roles: ['curator'], userId: 'anna' });
    const mentor = h.addPerson({ name: 'Ольга Белова', roles: ['mentor'], offers: ['parents'], userId: 'olga' });
    const mentee = h.addPerson({ name: 'Мария Новикова', roles: ['mentee'], userId: 'masha' });
    seedDemo(h.app.deps, h.org.id, { curatorId: curator.id, mentorIds: [mentor.id], menteeIds: [mentee.id] }, h.clock.now());
    await h.flush();
    expect(questionRow(h, 1)).toMatchObject({ status: 'closed', rating: 5, mentor_id: mentor.id });
    expect(questionRow(h, 2)).toMatchObject({ status: 'offered', wave: 1 });
    expect(h.lastText('olga')).toContain('интерактивную доску');
    await h.press('olga', text('question-take'));
    expect(questionRow(h, 2)).toMatchObject({ status: 'taken', mentor_id: mentor.id });
    await h.say('anna', '/questions');
    expect(h.lastText('anna')).toContain(text('question-overview-mentor', { name: 'Ольга Белова', taken: 2, take: '4', answer: '3', rating: '5' }));
  });
});

describe('questions demo: who gets each question', () => {
  it('each question goes to a mentor who offers its topic; to the first mentor when nobody does', async () => {
    h = await createHarness();
    const curator = h.addPerson({ name: 'Анна Куратор', roles: ['curator'], userId: 'anna' });
    const speech = h.addPerson({ name: 'Ольга Белова', roles: ['mentor'], offers: ['parents'], userId: 'olga' });
    const digital = h.addPerson({ name: 'Артём Белов', roles: ['mentor'], offers: ['digital_tools'], userId: 'artem' });
    const mentee = h.addPerson({ name: 'Мария Новикова', roles: ['mentee'], userId: 'masha' });
    seedDemo(h.app.deps, h.org.id, { curatorId: curator.id, mentorIds: [speech.id, digital.id], menteeIds: [mentee.id] }, h.clock.now());
    await h.flush();
    expect(questionRow(h, 1)).toMatchObject({ status: 'closed', mentor_id: speech.id });
    expect(h.allText('artem')).toContain('интерактивную доску');
    expect(h.allText('olga')).not.toContain('интерактивную доску');
    await h.press('artem', text('question-take'));
    expect(questionRow(h, 2)).toMatchObject({ status: 'taken', mentor_id: digital.id });
  });
});

describe('questions in the year-end report', () => {
  it('gives per-mentor rows and the totals for the period', async () => {
    h = await createHarness();
    const curator = h.addPerson({ name: 'Анна Куратор', roles: ['curator'], userId: 'anna' });
    const mentor = h.addPerson({ name: 'Ольга Белова', roles: ['mentor'], offers: ['parents'], userId: 'olga' });
    const mentee = h.addPerson({ name: 'Мария Новикова', roles: ['mentee'], userId: 'masha' });
    seedDemo(h.app.deps, h.org.id, { curatorId: curator.id, mentorIds: [mentor.id], menteeIds: [mentee.id] }, h.clock.now());
    const [section] = questionsYearReport(h.app.deps, h.org.id, { from: 0, to: h.clock.now() + 1 }, 'ru');
    expect(section!.sheet).toBe(text('question-report-sheet'));
    expect(section!.rows).toEqual([['Ольга Белова', 1, 7, 3, 5]]);
    expect(section!.summary[0]).toBe(text('question-report-totals', { asked: 2, closed: 1, escalated: 0, rating: '5' }));
  });
});
