import { performance } from 'node:perf_hooks';
import type { BenchResult, BenchScenario, BenchFile } from '../types.js';
import { createHarness } from '../../test/support/harness.js';
import { launchSurvey } from '../../src/core/surveys/launch.js';
import { surveyTemplates } from '../../src/core/surveys/templates.js';
import { surveysFeature } from '../../src/core/surveys/feature.js';
import { Notifier } from '../../src/core/kernel/contact/notifier.js';
import { getPerson } from '../../src/core/kernel/persons/person.js';
import { responsesOf, submitResponse } from '../../src/core/surveys/store.js';
import { computeResults } from '../../src/core/surveys/results.js';
import { surveyExportParams } from '../../src/core/surveys/manage.js';
import { textsFor } from '../../src/core/kernel/contact/texts.js';
import { fileWorker, requestFile } from '../../src/core/kernel/files/files.js';

/**
 * Surveys: how long one answer (a button press through the router, its transaction and the
 * next question queued) takes, and how long an export of 3,000 responses holds the database
 * (the snapshot inside the transaction) against how long the rendering runs outside it.
 */
export const surveysBench: BenchScenario = {
  name: 'surveys',
  async run(): Promise<BenchResult[]> {
    const h = await createHarness();
    const curator = h.addPerson({ name: 'Куратор', userId: 'cur', roles: ['curator'] });
    const people = Array.from({ length: 200 }, (_, i) => h.addPerson({ name: `Сотрудник ${i}`, userId: `p${i}`, roles: ['mentee'] }));
    const deps = h.app.deps;
    const definition = surveyTemplates().find((t) => t.id === 'year-end-mentees')!.definition;
    const survey = deps.db.transaction(() =>
      launchSurvey(
        { deps, org: h.org, features: [surveysFeature], now: h.clock.now(), person: getPerson(deps.db, curator.id), notifier: new Notifier(deps, h.org) },
        { definition, audience: { kind: 'roles', roles: ['mentee'] }, anonymous: true, closesAt: h.clock.now() + 14 * 86_400_000, maxReminders: 1 },
      ),
    )();
    await h.flush();

    // One answer = one router update (its transaction, the draft, the next question queued).
    const times: number[] = [];
    for (const p of people.slice(0, 100)) {
      const userId = `p${p.id - people[0]!.id}`;
      await h.press(userId, 'Начать');
      const t0 = performance.now();
      await h.local.press(userId, '4');
      times.push(performance.now() - t0);
      await h.flush();
    }
    times.sort((a, b) => a - b);
    const p50 = times[Math.floor(times.length / 2)]!;
    const p99 = times[Math.floor(times.length * 0.99)]!;

    // 3,000 responses, then an export: the snapshot in the transaction vs. the rendering after it.
    deps.db.transaction(() => {
      for (let i = 0; i < 3000; i++) {
        submitResponse(deps.db, survey, people[i % people.length]!.id, 'mentee', {
          satisfaction: String((i % 5) + 1),
          gaps_closed: String((i % 3) + 2),
          help_form: JSON.stringify([i % 5]),
          colleagues: String(i % 3),
          stay: String(i % 2),
          mentor_ready: '1',
          own_works: '2',
          wishes: `пожелание ${i}`,
        });
      }
    })();
    const tx = textsFor(deps.i18n, 'ru', 'Europe/Moscow');
    const s0 = performance.now();
    deps.db.transaction(() => {
      const results = computeResults(survey, responsesOf(deps.db, survey.id), 5, tx);
      requestFile(deps, { organisationId: h.org.id, personId: curator.id, kind: 'survey-results', params: surveyExportParams(tx, survey, results) as unknown as Record<string, unknown>, now: h.clock.now() });
    })();
    const snapshotMs = performance.now() - s0;
    const r0 = performance.now();
    await fileWorker(deps).run();
    const renderMs = performance.now() - r0;
    await h.close();

    return [
      { id: 'SV1', name: 'one survey answer through the router (p50)', figure: round(p50), unit: 'ms', goal: '≤ 20', met: p50 <= 20, p99: round(p99), answers: times.length },
      { id: 'SV2', name: 'export of 3,000 responses: time holding the database', figure: round(snapshotMs), unit: 'ms', goal: '≤ 500', met: snapshotMs <= 500, renderOutsideMs: round(renderMs) },
    ];
  },
};

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** This file's part of `npm run bench` (found by scenarios/index.ts), and where it runs in the order. */
export const bench: BenchFile = { order: 80, scenarios: [surveysBench] };
