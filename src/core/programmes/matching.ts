import type { DB } from '../../db/database.js';
import type { Language } from '../../i18n/i18n.js';
import { listPersons, personTopicIds, type Person } from '../kernel/persons/person.js';
import { listTopics, topicTitle } from '../kernel/organisation/topics.js';
import { mentorLoadOf } from './store/figures.js';

/**
 * Choosing a mentor: the bot suggests candidates and explains each: topics the mentees want ∩
 * topics the mentor offers, the overlap of contact hours and days, and the mentor's current load
 * (active and proposed programmes). The curator decides; a mentor without a shared topic is
 * allowed, with a warning.
 */

export interface Candidate {
  person: Person;
  sharedTopics: string[];
  /** Minutes a week both may be contacted (same zone assumed when zones differ: a hint, not a promise). */
  overlapMinutes: number;
  load: number;
  score: number;
}

function weeklyOverlap(a: Person, b: Person): number {
  let days = 0;
  for (let d = 0; d < 7; d++) if (a.contactDays & b.contactDays & (1 << d)) days++;
  const from = Math.max(a.contactFrom, b.contactFrom);
  const to = Math.min(a.contactTo, b.contactTo);
  return days * Math.max(0, to - from);
}

export function mentorCandidates(db: DB, orgId: number, mentees: Person[], lang: Language, limit = 5): Candidate[] {
  const wanted = new Set(mentees.flatMap((m) => personTopicIds(db, m.id, 'wants')));
  const titles = new Map(listTopics(db, orgId, true).map((t) => [t.id, topicTitle(t, lang)]));
  const excluded = new Set(mentees.map((m) => m.id));
  const candidates = listPersons(db, orgId, { roles: ['mentor'] })
    .filter((p) => !excluded.has(p.id))
    .map((person) => {
      const shared = personTopicIds(db, person.id, 'offers').filter((t) => wanted.has(t));
      const overlapMinutes = Math.min(...mentees.map((m) => weeklyOverlap(person, m)));
      const load = mentorLoadOf(db, person.id);
      const score = shared.length * 100 + Math.min(overlapMinutes, 2400) / 60 - load * 15;
      return { person, sharedTopics: shared.map((t) => titles.get(t) ?? '?'), overlapMinutes, load, score };
    });
  candidates.sort((a, b) => b.score - a.score || a.person.fullName.localeCompare(b.person.fullName, 'ru'));
  return candidates.slice(0, limit);
}
