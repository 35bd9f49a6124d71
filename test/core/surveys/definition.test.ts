import { afterEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../support/harness.js';
import { parseDefinition } from '../../../src/core/surveys/definition.js';
import { surveyTemplates } from '../../../src/core/surveys/templates.js';
import { said, text } from '../../support/said.js';

let h: Harness;
afterEach(async () => h?.close());

const valid = {
  title: 'Опрос',
  questions: [
    { id: 'a', type: 'scale', text: 'Оценка' },
    { id: 'b', type: 'single', text: 'Выбор', options: ['x', 'y'] },
  ],
};

describe('survey definitions', () => {
  it('every shipped template is valid and the year-end ones exist for mentees and mentors', () => {
    const ids = surveyTemplates().map((t) => t.id);
    expect(ids).toEqual(expect.arrayContaining(['year-end-mentees', 'year-end-mentors', 'speed-session', 'programme-end']));
    const types = new Set(surveyTemplates().flatMap((t) => t.definition.questions.map((q) => q.type)));
    expect([...types].sort()).toEqual(['multi', 'scale', 'single', 'text', 'yesno']);
  });

  it('problems name their line', () => {
    const text = JSON.stringify(
      {
        title: 'Опрос',
        questions: [
          { id: 'a', type: 'scale', text: 'Оценка' },
          { id: 'b', type: 'single', text: 'Выбор', options: ['x', 'y'] },
          { id: 'c', type: 'rating', text: 'Неизвестный тип' },
          { id: 'd', type: 'multi', text: 'Пустые', options: [] },
        ],
      },
      null,
      2,
    );
    const parsed = parseDefinition(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const lines = text.split('\n');
    const byPath = new Map(parsed.problems.map((p) => [p.path, p]));
    expect(lines[byPath.get('questions.2.type')!.line - 1]).toContain('"rating"');
    expect(lines[byPath.get('questions.3.options')!.line - 1]).toContain('"options"');

    const dup = JSON.stringify({ title: 'x', questions: [{ id: 'a', type: 'yesno', text: 't' }, { id: 'a', type: 'yesno', text: 't' }] }, null, 2);
    const d = parseDefinition(dup);
    expect(d.ok).toBe(false);
    if (d.ok) return;
    expect(d.problems[0]!.message).toContain('duplicate');
    expect(d.problems[0]!.line).toBe(dup.split('\n').findLastIndex((l) => l.includes('"id": "a"')) + 1);
  });

  it('broken JSON, 500 questions, empty files are refused', () => {
    const broken = parseDefinition('{\n  "title": "x",\n  "questions": [\n    { "id": "a", }\n  ]\n}');
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.problems[0]!.line).toBe(4);
    const many = { title: 'x', questions: Array.from({ length: 500 }, (_, i) => ({ id: `q${i}`, type: 'yesno', text: 'Да?' })) };
    const tooMany = parseDefinition(JSON.stringify(many));
    expect(tooMany.ok).toBe(false);
    if (!tooMany.ok) expect(tooMany.problems[0]!.path).toBe('questions');
    expect(parseDefinition('').ok).toBe(false);
    expect(parseDefinition(JSON.stringify(valid)).ok).toBe(true);
  });

  it('a curator sending a bad file gets the lines and nothing is created; a good one goes on', async () => {
    h = await createHarness();
    h.addPerson({ name: 'Куратор', userId: 'cur', roles: ['curator'] });
    await h.say('cur', '/survey_new');
    const bad = JSON.stringify({ title: 'x', questions: [{ id: 'a', type: 'rating', text: 't' }] }, null, 2);
    await h.local.sendFile('cur', { kind: 'document', name: 'bad.json', bytes: Buffer.from(bad) });
    await h.flush();
    expect(h.lastText('cur')).toMatch(said('surveys-file-invalid'));
    // The problem's line and path, whatever the validator's message after them.
    expect(h.lastText('cur')).toContain(text('surveys-file-problem', { line: 6, path: 'questions.0.type', message: '' }));
    expect(h.db.prepare('SELECT COUNT(*) AS n FROM surveys').get()).toEqual({ n: 0 });
    await h.say('cur', 'просто текст');
    expect(h.lastText('cur')).toContain(text('surveys-new-template-or-file'));
    await h.local.sendFile('cur', { kind: 'document', name: 'ok.json', bytes: Buffer.from(JSON.stringify(valid)) });
    await h.flush();
    await h.press('cur', text('surveys-builder-next'));
    expect(h.lastText('cur')).toMatch(said('surveys-new-audience'));
    // Nobody in the audience: a clear answer at once, another audience can be chosen, nothing created.
    await h.press('cur', text('surveys-audience-mentor'));
    expect(h.lastText('cur')).toContain(text('surveys-audience-empty'));
    h.addPerson({ name: 'Наставник', userId: 'men', roles: ['mentor'] });
    await h.press('cur', text('surveys-audience-mentor'));
    await h.press('cur', text('surveys-mode-anonymous'));
    await h.say('cur', '31.02');
    expect(h.lastText('cur')).toContain(text('surveys-date-impossible'));
    await h.press('cur', text('surveys-opens-now'));
    await h.say('cur', '25.12 18:00');
    await h.press('cur', '1');
    expect(h.db.prepare('SELECT COUNT(*) AS n FROM surveys').get()).toEqual({ n: 0 });
    await h.press('cur', text('surveys-builder-launch'));
    expect(h.db.prepare('SELECT COUNT(*) AS n FROM surveys').get()).toEqual({ n: 1 });
  });

  it('a non-curator cannot start a survey', async () => {
    h = await createHarness();
    h.addPerson({ name: 'Сотрудник', userId: 'st', roles: ['mentee'] });
    await h.say('st', '/survey_new');
    expect(h.lastText('st')).toBe(text('common-not-allowed'));
  });
});
