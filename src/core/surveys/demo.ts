import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CoreDeps } from '../kernel/deps.js';
import { scheduleJob } from '../kernel/jobs/jobs.js';
import { DAY } from '../../clock.js';
import { surveyTemplates } from './templates.js';
import type { SurveyDefinition } from './definition.js';
import { addParticipant, createSurvey, getSurvey, submitResponse } from './store.js';

const DEMO_FILE = fileURLToPath(new URL('../../../data/demo/surveys.json', import.meta.url));

/**
 * The playground's surveys: the end-of-year questionnaire for mentees, anonymous, open for two
 * more weeks, answered by all mentees but one (the one left can still answer it; the curator sees
 * the response rate now and the results once it is closed, never live: anonymous answers must not
 * be traceable by comparing totals); and the mentors' questionnaire, named, launched yesterday
 * with results shown live, answered by all mentors but one.
 */
export function seedDemo(deps: CoreDeps, orgId: number, cast: { curatorId: number; mentorIds: number[]; menteeIds: number[] }, now: number): void {
  const { db } = deps;
  const templates = surveyTemplates();
  const mentees = templates.find((t) => t.id === 'year-end-mentees')!.definition;
  const mentors = templates.find((t) => t.id === 'year-end-mentors')!.definition;
  const common = { organisationId: orgId, maxReminders: 1, reminderEveryMs: 7 * DAY, createdBy: cast.curatorId, now: now - 3 * DAY };

  const menteeSurvey = createSurvey(db, {
    ...common,
    definition: mentees,
    anonymous: true,
    audience: { kind: 'roles', roles: ['mentee'] },
    opensAt: now - 3 * DAY,
    closesAt: now + 14 * DAY,
    liveResults: false,
  });
  const survey = getSurvey(db, orgId, menteeSurvey)!;
  const answering = cast.menteeIds.length > 5 ? cast.menteeIds.slice(0, -1) : cast.menteeIds;
  const wishes = (JSON.parse(readFileSync(DEMO_FILE, 'utf8')) as { wishes: string[] }).wishes;
  cast.menteeIds.forEach((id) => addParticipant(db, menteeSurvey, id, 'mentee'));
  answering.forEach((personId, i) => submitResponse(db, survey, personId, 'mentee', demoAnswers(mentees, i, wishes)));

  const mentorSurvey = createSurvey(db, {
    ...common,
    now: now - DAY,
    definition: mentors,
    anonymous: false,
    audience: { kind: 'roles', roles: ['mentor'] },
    opensAt: now - DAY,
    closesAt: now + 14 * DAY,
    liveResults: true,
  });
  const named = getSurvey(db, orgId, mentorSurvey)!;
  cast.mentorIds.forEach((id) => addParticipant(db, mentorSurvey, id, 'mentor'));
  cast.mentorIds.slice(0, -1).forEach((personId, i) => submitResponse(db, named, personId, 'mentor', demoAnswers(mentors, i, wishes)));
  for (const id of [menteeSurvey, mentorSurvey]) {
    scheduleJob(db, { organisationId: orgId, kind: 'surveys.close', key: `surveys.close:${id}`, dueAt: now + 14 * DAY, payload: { surveyId: id }, now });
  }
}

/** Plausible answers, varied by the respondent's index. */
function demoAnswers(definition: SurveyDefinition, i: number, wishes: string[]): Record<string, string> {
  const answers: Record<string, string> = {};
  for (const q of definition.questions) {
    if (q.type === 'scale') answers[q.id] = String(Math.min(q.max, q.max - (i % 3)));
    else if (q.type === 'single') answers[q.id] = String(i % 2);
    else if (q.type === 'multi') answers[q.id] = JSON.stringify(i % 2 ? [0, 1] : [1, 2]);
    else if (q.type === 'yesno') answers[q.id] = i % 4 === 3 ? '0' : '1';
    else answers[q.id] = wishes[i % wishes.length]!;
  }
  return answers;
}
