import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { HOUR, MINUTE } from '../../clock.js';
import type { CoreDeps } from '../kernel/deps.js';
import { listTopics } from '../kernel/organisation/topics.js';
import { getOrganisation } from '../kernel/organisation/organisation.js';
import { Notifier } from '../kernel/contact/notifier.js';
import { offerMessage } from './messages.js';
import {
  answerOffer,
  createQuestion,
  getQuestion,
  logEvent,
  markClosed,
  markFirstAnswer,
  markRated,
  markTaken,
  offerKey,
  recordMessage,
  recordOffer,
  recordRating,
  setStatus,
  setThanks,
  sourceOf,
  touchQuestion,
} from './question.js';
import { ROUTE_JOB, routeJobKey } from './routing.js';
import { scheduleJob } from '../kernel/jobs/jobs.js';
import { personTopicIds } from '../kernel/persons/person.js';

/**
 * Demo data for the playground: one question answered, talked through, closed and rated
 * yesterday, and one open question offered now (the offer has live buttons), each to a mentor
 * who offers the question's topic.
 */

interface DemoQuestions {
  answered: { topic: string; question: string; conversation: { from: 'mentor' | 'mentee'; text: string }[]; rating: number; thanks: string };
  open: { topic: string; question: string };
}

const DEMO_FILE = fileURLToPath(new URL('../../../data/demo/questions.json', import.meta.url));

export function seedDemo(deps: CoreDeps, orgId: number, cast: { curatorId: number; mentorIds: number[]; menteeIds: number[] }, now: number): void {
  const { db } = deps;
  const demo = JSON.parse(readFileSync(DEMO_FILE, 'utf8')) as DemoQuestions;
  const topics = listTopics(db, orgId);
  const topicId = (code: string) => (topics.find((t) => t.code === code) ?? topics[0])!.id;
  const mentee = cast.menteeIds[0];
  // Each question goes to a mentor who offers its topic; the first mentor when nobody does.
  const mentorFor = (topic: number) => cast.mentorIds.find((id) => id !== mentee && personTopicIds(db, id, 'offers').includes(topic)) ?? cast.mentorIds[0];
  if (mentee === undefined || !cast.mentorIds.length || !topics.length) return;
  const answeredTopic = topicId(demo.answered.topic);
  const openTopic = topicId(demo.open.topic);

  db.transaction(() => {
    // Answered yesterday: asked, offered, taken in 7 minutes, answered, closed, rated.
    const asked = now - 26 * HOUR;
    const mentor = mentorFor(answeredTopic)!;
    const a = createQuestion(db, { organisationId: orgId, askerId: mentee, topicId: answeredTopic, text: demo.answered.question, file: null, urgent: false, now: asked });
    setStatus(db, a.id, 'offered', 1);
    recordOffer(db, a.id, mentor, 1, asked);
    markTaken(db, a.id, mentor, asked + 7 * MINUTE);
    answerOffer(db, a.id, mentor, 'taken', asked + 7 * MINUTE);
    logEvent(db, a.id, asked + 7 * MINUTE, 'taken', mentor);
    demo.answered.conversation.forEach((m, i) => {
      const at = asked + (10 + i * 15) * MINUTE;
      recordMessage(db, a.id, m.from === 'mentor' ? mentor : mentee, at, m.text, null);
      if (m.from === 'mentor') markFirstAnswer(db, a.id, at);
      touchQuestion(db, a.id, at);
    });
    const closedAt = asked + 2 * HOUR;
    markClosed(db, a.id, 'closed', 'asker', closedAt);
    logEvent(db, a.id, closedAt, 'closed', null, 'asker');
    markRated(db, a.id, demo.answered.rating, 'closed');
    setThanks(db, a.id, demo.answered.thanks);
    recordRating(db, mentor, demo.answered.rating);
    logEvent(db, a.id, closedAt, 'rated', mentee, String(demo.answered.rating));

    // Open now: offered to a mentor of its topic, with live Take / Can't buttons.
    const offeredTo = mentorFor(openTopic)!;
    const o = createQuestion(db, { organisationId: orgId, askerId: mentee, topicId: openTopic, text: demo.open.question, file: null, urgent: false, now });
    setStatus(db, o.id, 'offered', 1);
    recordOffer(db, o.id, offeredTo, 1, now);
    const org = getOrganisation(db, orgId);
    const open = getQuestion(db, o.id)!;
    new Notifier(deps, org).toPerson(offeredTo, (tx) => offerMessage(db, open, tx), { urgency: 'reply', key: offerKey(o.id), source: sourceOf(o.id) });
    scheduleJob(db, { organisationId: orgId, kind: ROUTE_JOB, key: routeJobKey(o.id, 1), dueAt: now + org.settings.questions.waveTimeoutMinutes * MINUTE, payload: { questionId: o.id, wave: 1 }, now });
  })();
}
