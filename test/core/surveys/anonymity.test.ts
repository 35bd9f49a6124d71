import { afterEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../support/harness.js';
import { launchSurvey } from '../../../src/core/surveys/launch.js';
import { Notifier } from '../../../src/core/kernel/contact/notifier.js';
import { surveysFeature } from '../../../src/core/surveys/feature.js';
import { definitionSchema } from '../../../src/core/surveys/definition.js';
import { getPerson } from '../../../src/core/kernel/persons/person.js';
import { fileWorker } from '../../../src/core/kernel/files/files.js';
import { closeAction, exportAction, resultsAction } from '../../../src/core/surveys/manage.js';
import { said, text as rendered } from '../../support/said.js';

let h: Harness;
afterEach(async () => h?.close());
const titleOf = (id: number) => (h.db.prepare('SELECT title FROM surveys WHERE id = ?').get(id) as { title: string }).title;

const definition = definitionSchema.parse({
  title: 'Анонимная анкета',
  questions: [
    { id: 'sat', type: 'scale', text: 'Оценка', min: 1, max: 5 },
    { id: 'pick', type: 'multi', text: 'Что понравилось', options: ['А', 'Б', 'В'] },
    { id: 'wish', type: 'text', text: 'Пожелание' },
  ],
});

async function setUp(anonymous: boolean, mentees = 6, mentors = 2) {
  h = await createHarness();
  const curator = h.addPerson({ name: 'Куратор', userId: 'cur', roles: ['curator'] });
  for (let i = 1; i <= mentees; i++) h.addPerson({ name: `Наставляемый ${i}`, userId: `e${i}`, roles: ['mentee'] });
  for (let i = 1; i <= mentors; i++) h.addPerson({ name: `Наставник ${i}`, userId: `o${i}`, roles: ['mentor'] });
  const deps = h.app.deps;
  const survey = deps.db.transaction(() =>
    launchSurvey(
      { deps, org: h.org, features: [surveysFeature], now: h.clock.now(), person: getPerson(deps.db, curator.id), notifier: new Notifier(deps, h.org) },
      { definition, audience: { kind: 'roles', roles: ['mentee', 'mentor'] }, anonymous, closesAt: h.clock.now() + 7 * 86_400_000, maxReminders: 1 },
    ),
  )();
  await h.flush();
  return survey.id;
}

async function answer(u: string, score: string, wish: string) {
  await h.press(u, rendered('surveys-start-button'));
  await h.press(u, score);
  await h.press(u, 'Б');
  await h.press(u, rendered('surveys-multi-done'));
  await h.say(u, wish);
  // Time passes between people, as it would.
  h.clock.advance(7 * 60_000);
}

describe('anonymous surveys', () => {
  it('nothing in the database links an answer to a person', async () => {
    const id = await setUp(true);
    const order = ['e3', 'e1', 'o2', 'e6', 'e2', 'e5', 'e4'];
    for (const [i, u] of order.entries()) await answer(u, String((i % 5) + 1), `пожелание от ${u}`);
    await h.advance(60_000); // a minute after the last answer: its ticks are gone from the outbox
    const db = h.db;

    // Responses: no person, no time column at all; the id is random.
    const cols = (t: string) => (db.prepare(`PRAGMA table_info(${t})`).all() as { name: string }[]).map((c) => c.name);
    expect(cols('survey_responses').filter((c) => /_at$|time|date/.test(c))).toEqual([]);
    expect(cols('survey_answers').filter((c) => /_at$|time|date|person/.test(c))).toEqual([]);
    expect(db.prepare('SELECT COUNT(*) AS n FROM survey_responses WHERE person_id IS NOT NULL').get()).toEqual({ n: 0 });
    // Read in the table's own (physical) order.
    const responses = db.prepare('SELECT id, audience_group FROM survey_responses WHERE survey_id = ?').all(id) as { id: string }[];
    expect(responses).toHaveLength(7);
    for (const r of responses) expect(r.id).toMatch(/^[0-9a-f]{32}$/);
    // Participation: who finished, with no time and no response id.
    expect(cols('survey_participants').filter((c) => /_at$|time|response/.test(c))).toEqual([]);
    // The physical order of responses (rowid-less table) is not the order people finished in.
    const ids = responses.map((r) => r.id);
    expect(ids).toEqual([...ids].sort());
    // No draft left, no dialog, and the sent question messages (their edits show ticks) are blanked.
    expect(db.prepare('SELECT COUNT(*) AS n FROM survey_drafts').get()).toEqual({ n: 0 });
    const leaking = db.prepare(`SELECT COUNT(*) AS n FROM outbox WHERE source = ? AND payload LIKE '%✅%'`).get(`survey.${id}`) as { n: number };
    expect(leaking.n).toBe(0);
    // An attacker's join: a person's outbox rows vs. responses; nothing to join on.
    const anyPersonColumn = db
      .prepare(`SELECT COUNT(*) AS n FROM survey_answers a JOIN survey_responses r ON r.id = a.response_id WHERE r.person_id IS NOT NULL`)
      .get() as { n: number };
    expect(anyPersonColumn.n).toBe(0);
    // The free text is stored only in the answers table, nowhere near a person.
    const where = db.prepare(`SELECT COUNT(*) AS n FROM outbox WHERE payload LIKE '%пожелание от%'`).get() as { n: number };
    expect(where.n).toBe(0);
  });

  it('a group smaller than the minimum is not shown, in the chat nor in the export', async () => {
    const id = await setUp(true);
    for (const u of ['e1', 'e2', 'e3', 'e4', 'e5']) await answer(u, '4', 'ок');
    await answer('o1', '1', 'секрет наставника');
    // Anonymous: results only after closing.
    await h.pressAction('cur', closeAction.encode(id));
    await h.pressAction('cur', resultsAction.encode(id));
    const text = h.lastText('cur');
    expect(text).toContain(rendered('surveys-results-title', { title: titleOf(id), count: 5 }));
    expect(text).toContain(rendered('surveys-results-hidden-groups', { min: 5, groups: rendered('surveys-group-mentor') }));
    expect(text).not.toContain('секрет наставника');
    expect(text).toContain('  4: 5');
    await h.pressAction('cur', exportAction.encode(id));
    await fileWorker(h.app.deps).run();
    await h.flush();
    const csv = h.messages('cur').find((m) => m.file?.name.endsWith('.csv'))!.file!.bytes.toString('utf8');
    expect(csv).not.toContain('секрет');
    expect(csv.trim().split('\r\n')).toHaveLength(6);
  });

  it('fewer answers than the minimum in all: no results and no export', async () => {
    const id = await setUp(true);
    for (const u of ['e1', 'e2']) await answer(u, '4', 'ок');
    await h.pressAction('cur', closeAction.encode(id));
    await h.pressAction('cur', resultsAction.encode(id));
    expect(h.lastText('cur')).toContain(rendered('surveys-results-too-few', { min: 5 }));
    await h.pressAction('cur', exportAction.encode(id));
    expect(h.lastText('cur')).toBe(rendered('surveys-export-too-few', { min: 5 }));
    expect(h.db.prepare('SELECT COUNT(*) AS n FROM report_files').get()).toEqual({ n: 0 });
  });

  it('a named survey keeps who answered, and the export names them', async () => {
    const id = await setUp(false, 2, 0);
    await answer('e1', '5', 'да');
    const row = h.db.prepare('SELECT person_id FROM survey_responses WHERE survey_id = ?').get(id) as { person_id: number };
    expect(row.person_id).toBeGreaterThan(0);
    h.db.prepare(`UPDATE surveys SET live_results = 1 WHERE id = ?`).run(id);
    await h.pressAction('cur', exportAction.encode(id));
    await fileWorker(h.app.deps).run();
    await h.flush();
    const csv = h.messages('cur').find((m) => m.file?.name.endsWith('.csv'))!.file!.bytes.toString('utf8');
    expect(csv).toContain('Наставляемый 1');
    // /my_data shows the person's named answers; /forget unlinks them.
    await h.say('e1', '/my_data');
    const data = JSON.parse(h.last('e1').file!.bytes.toString('utf8'));
    expect(data.surveys.namedAnswers.length).toBe(3);
  });
});

describe('people leaving', () => {
  it('a deactivated person is no longer asked or reminded; /forget unlinks named answers', async () => {
    const id = await setUp(false, 3, 0);
    await answer('e1', '5', 'да');
    const e2 = h.db.prepare(`SELECT person_id AS id FROM accounts WHERE chat_id = 'e2'`).get() as { id: number };
    await h.press('e2', rendered('surveys-start-button'));
    await h.say('cur', '/people');
    await h.pressAction('cur', `ppl.off:${e2.id}`);
    expect(h.db.prepare('SELECT COUNT(*) AS n FROM survey_participants WHERE person_id = ?').get(e2.id)).toEqual({ n: 0 });
    expect(h.db.prepare('SELECT COUNT(*) AS n FROM survey_drafts WHERE person_id = ?').get(e2.id)).toEqual({ n: 0 });
    const before = h.messages('e2').length;
    await h.advance(8 * 86_400_000);
    expect(h.messages('e2').slice(before).some((m) => said('surveys-reminder').test(m.text))).toBe(false);
    // Forgetting the one who answered by name: the answers stay, without them.
    const e1 = h.db.prepare(`SELECT person_id AS id FROM accounts WHERE chat_id = 'e1'`).get() as { id: number };
    h.db.transaction(() => surveysFeature.privacy!.forget!(h.app.deps, e1.id, h.clock.now()))();
    expect(h.db.prepare('SELECT person_id FROM survey_responses WHERE survey_id = ?').all(id)).toEqual([{ person_id: null }]);
    expect(h.db.prepare('SELECT COUNT(*) AS n FROM survey_answers').get()).toEqual({ n: 3 });
  });
});
