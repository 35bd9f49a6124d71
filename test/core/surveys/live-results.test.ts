/**
 * Live results and anonymity: an anonymous survey never shows results before it closes (the
 * curator sees who has finished, so totals compared before and after one person finishes would
 * tell what that person answered); a named survey can still go live.
 */
import { textsFor } from '../../../src/core/kernel/contact/texts.js';
import { plainDate } from '../../../src/core/kernel/dates/spoken.js';
import { afterEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../support/harness.js';
import { launchSurvey } from '../../../src/core/surveys/launch.js';
import { Notifier } from '../../../src/core/kernel/contact/notifier.js';
import { surveysFeature, surveysYearReport } from '../../../src/core/surveys/feature.js';
import { definitionSchema } from '../../../src/core/surveys/definition.js';
import { getPerson } from '../../../src/core/kernel/persons/person.js';
import { exportAction, liveAction, resultsAction } from '../../../src/core/surveys/manage.js';
import { schoolYear } from '../../../src/core/kernel/calendar/school-year.js';
import { said, text } from '../../support/said.js';

let h: Harness;
afterEach(async () => h?.close());

const definition = definitionSchema.parse({
  title: 'Анкета',
  questions: [
    { id: 'sat', type: 'scale', text: 'Насколько вы довольны?', min: 1, max: 5 },
    { id: 'ok', type: 'yesno', text: 'Всё понятно?' },
  ],
});

const MENTEES = ['e1', 'e2', 'e3', 'e4', 'e5', 'e6'];

/** Launches a survey for six mentees (asking for live results) and lets five of them answer. */
async function setUp(anonymous: boolean) {
  h = await createHarness();
  const curator = h.addPerson({ name: 'Куратор', userId: 'cur', roles: ['curator'] });
  MENTEES.forEach((u, i) => h.addPerson({ name: `Наставляемый ${i + 1}`, userId: u, roles: ['mentee'] }));
  const deps = h.app.deps;
  const survey = deps.db.transaction(() =>
    launchSurvey(
      { deps, org: h.org, features: [surveysFeature], now: h.clock.now(), person: getPerson(deps.db, curator.id), notifier: new Notifier(deps, h.org) },
      { definition, audience: { kind: 'roles', roles: ['mentee'] }, anonymous, closesAt: h.clock.now() + 7 * 86_400_000, maxReminders: 1, liveResults: true },
    ),
  )();
  await h.flush();
  for (const u of MENTEES.slice(0, 5)) {
    await h.press(u, text('surveys-start-button'));
    await h.press(u, '4');
    await h.press(u, text('surveys-yes'));
  }
  return survey.id;
}

function stored(id: number) {
  return h.db.prepare('SELECT status, live_results FROM surveys WHERE id = ?').get(id) as { status: string; live_results: number };
}

async function card(id: number) {
  await h.say('cur', '/surveys');
  return [...h.messages('cur')].reverse().find((m) => m.text.includes(`№${id} `))!;
}

describe('live results of an anonymous survey', () => {
  it('launching cannot make an anonymous survey live', async () => {
    const id = await setUp(true);
    expect(stored(id)).toEqual({ status: 'open', live_results: 0 });
  });

  it('the card has no live button; results and export say they come after closing', async () => {
    const id = await setUp(true);
    const c = await card(id);
    const labels = c.buttons.flat().map((b) => b.label);
    expect(labels).toEqual([text('surveys-results-button'), text('surveys-export-button'), text('surveys-close-button')]);
    expect(c.buttons.flat().some((b) => b.action?.startsWith('svm.live'))).toBe(false);
    await h.press('cur', text('surveys-results-button'), c.id);
    const shown = h.lastText('cur');
    expect(shown).toContain(text('surveys-anonymous-results-after-close', { title: 'Анкета' }));
    expect(shown).toContain(text('surveys-rate-total', { finished: 5, asked: 6, percent: 83 }));
    expect(shown).not.toMatch(said('surveys-results-title'));
    expect(shown).not.toMatch(said('surveys-results-after-close'));
    expect(h.last('cur').buttons.flat()).toEqual([]);
    await h.press('cur', text('surveys-export-button'), c.id);
    expect(h.lastText('cur')).toContain(text('surveys-anonymous-export-after-close'));
    expect(h.db.prepare('SELECT COUNT(*) AS n FROM report_files').get()).toEqual({ n: 0 });
  });

  it('a forged or stale live button changes nothing and answers clearly', async () => {
    const id = await setUp(true);
    await h.pressAction('cur', liveAction.encode(id));
    expect(h.lastText('cur')).toContain(text('surveys-anonymous-no-live', { title: 'Анкета' }));
    expect(h.lastText('cur')).toMatch(said('surveys-anonymous-no-live'));
    expect(stored(id)).toEqual({ status: 'open', live_results: 0 });
    // Pressed again (a toggle would turn it "off" and then "on"): still nothing.
    await h.pressAction('cur', liveAction.encode(id));
    expect(stored(id)).toEqual({ status: 'open', live_results: 0 });
    await h.pressAction('cur', resultsAction.encode(id));
    expect(h.lastText('cur')).not.toMatch(said('surveys-results-title'));
    // The sixth person finishing does not let anyone compare totals.
    await h.press('e6', text('surveys-start-button'));
    await h.press('e6', '1');
    await h.press('e6', text('surveys-no'));
    await h.pressAction('cur', resultsAction.encode(id));
    expect(h.lastText('cur')).not.toMatch(said('surveys-results-title'));
    expect(h.lastText('cur')).toContain(text('surveys-rate-total', { finished: 6, asked: 6, percent: 100 }));
  });

  it('a row marked live before this rule is still not shown live', async () => {
    const id = await setUp(true);
    h.db.prepare('UPDATE surveys SET live_results = 1 WHERE id = ?').run(id);
    await h.pressAction('cur', resultsAction.encode(id));
    expect(h.lastText('cur')).toContain(text('surveys-anonymous-results-after-close', { title: 'Анкета' }));
    expect(h.lastText('cur')).not.toMatch(said('surveys-results-title'));
    await h.pressAction('cur', exportAction.encode(id));
    expect(h.lastText('cur')).toContain(text('surveys-anonymous-export-after-close'));
    const c = await card(id);
    expect(c.buttons.flat().some((b) => b.action?.startsWith('svm.live'))).toBe(false);
  });

  it('the year report shows an open anonymous survey\'s response rate, not its results; after closing, its results', async () => {
    const id = await setUp(true);
    const period = schoolYear(2026, 'Europe/Moscow');
    const open = surveysYearReport(h.app.deps, h.org.id, period, 'ru')[0]!;
    const survey = h.db.prepare('SELECT opens_at AS opens, closes_at AS closes FROM surveys WHERE id = ?').get(id) as { opens: number; closes: number };
    const tx = textsFor(h.app.deps.i18n, 'ru', 'Europe/Moscow');
    // Told apart by number and dates (two surveys may share a title).
    expect(open.summary).toContain(tx.t('surveys-report-line-numbered', { id, title: 'Анкета', opens: plainDate('ru', survey.opens, survey.opens, tx.zone), until: plainDate('ru', survey.closes, survey.opens, tx.zone), finished: 5, asked: 6 }));
    expect(open.rows).toEqual([[`№${id} Анкета`, 6, 5, null, null, tx.t('surveys-report-after-close')]]);
    await h.pressAction('cur', `svm.close:${id}`);
    const closed = surveysYearReport(h.app.deps, h.org.id, period, 'ru')[0]!;
    expect(closed.rows.find((r) => r[3] === 'Насколько вы довольны?')?.[4]).toBe(4);
  });
});

describe('live results of a named survey', () => {
  it('launched live, and the curator can turn it off and on from the card', async () => {
    const id = await setUp(false);
    expect(stored(id)).toEqual({ status: 'open', live_results: 1 });
    await h.pressAction('cur', resultsAction.encode(id));
    expect(h.lastText('cur')).toContain(text('surveys-results-title', { title: 'Анкета', count: 5 }));
    let c = await card(id);
    await h.press('cur', text('surveys-live-off'), c.id);
    expect(h.lastText('cur')).toContain(text('surveys-live-is-off', { title: 'Анкета' }));
    expect(stored(id).live_results).toBe(0);
    await h.pressAction('cur', resultsAction.encode(id));
    expect(h.lastText('cur')).toContain(text('surveys-results-after-close', { title: 'Анкета' }));
    c = await card(id);
    await h.press('cur', text('surveys-live-on'), c.id);
    expect(h.lastText('cur')).toContain(text('surveys-live-is-on', { title: 'Анкета' }));
    expect(stored(id).live_results).toBe(1);
    await h.pressAction('cur', resultsAction.encode(id));
    expect(h.lastText('cur')).toContain(text('surveys-results-title', { title: 'Анкета', count: 5 }));
    // The year report shows a live named survey's results.
    const section = surveysYearReport(h.app.deps, h.org.id, schoolYear(2026, 'Europe/Moscow'), 'ru')[0]!;
    expect(section.rows.find((r) => r[3] === 'Насколько вы довольны?')?.[4]).toBe(4);
  });
});
