import { inSentence } from '../kernel/dates/spoken.js';
import type { Turn } from '../kernel/feature.js';
import { listTopics, topicTitle } from '../kernel/organisation/topics.js';

/**
 * The directory ("market of competencies"): who can help with what. `/find word` matches topic
 * titles (both languages) and people's names and positions, case-insensitively in Cyrillic too.
 */

const MAX_RESULTS = 20;

export interface DirectoryEntry {
  personId: number;
  fullName: string;
  position: string;
  topics: string[];
}

const WORD = /[\p{L}\p{N}]+/gu;
/** Russian words change their endings ("родители" → "родителями"): a long word matches by its first letters. */
const STEM_LENGTH = 5;
const stemOf = (word: string) => (word.length >= STEM_LENGTH + 1 ? word.slice(0, STEM_LENGTH) : word);

/** A topic title matches a lower-cased query when it contains it, or when every query word starts one of its words (by stem). */
function topicMatches(title: string, query: string): boolean {
  const lower = title.toLocaleLowerCase('ru');
  if (lower.includes(query)) return true;
  const words = query.match(WORD) ?? [];
  const titleWords = lower.match(WORD) ?? [];
  return words.length > 0 && words.every((w) => titleWords.some((t) => t.startsWith(stemOf(w))));
}

export function findPeople(turn: Turn, query: string): DirectoryEntry[] {
  const { db } = turn.deps;
  const q = query.trim().toLocaleLowerCase('ru');
  const topics = listTopics(db, turn.org.id);
  const matchedTopics = topics.filter((t) => topicMatches(`${t.titleRu} ${t.titleEn}`, q));
  const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const rows = db
    .prepare(
      `SELECT DISTINCT p.id, p.full_name, p.position FROM persons p
       WHERE p.organisation_id = @org AND p.status = 'active' AND (
         ulower(p.full_name) LIKE @like ESCAPE '\\' OR ulower(p.position) LIKE @like ESCAPE '\\'
         OR p.id IN (SELECT person_id FROM person_topics WHERE kind = 'offers' AND topic_id IN (SELECT value FROM json_each(@topics)))
       )
       ORDER BY p.full_name COLLATE NOCASE LIMIT @limit`,
    )
    .all({ org: turn.org.id, like, topics: JSON.stringify(matchedTopics.map((t) => t.id)), limit: MAX_RESULTS }) as {
    id: number;
    full_name: string;
    position: string;
  }[];
  const offersOf = db.prepare(`SELECT topic_id FROM person_topics WHERE person_id = ? AND kind = 'offers'`);
  const byId = new Map(topics.map((t) => [t.id, t]));
  return rows.map((r) => ({
    personId: r.id,
    fullName: r.full_name,
    position: r.position,
    topics: (offersOf.all(r.id) as { topic_id: number }[])
      .map((x) => byId.get(x.topic_id))
      .filter((t) => t !== undefined)
      .map((t) => topicTitle(t, turn.tx.lang)),
  }));
}

export function find(turn: Turn, args: string): void {
  const query = args.trim();
  if (query.length < 2) {
    turn.reply(turn.t('find-usage'));
    return;
  }
  if (query.length > 100) {
    turn.reply(turn.t('find-too-long'));
    return;
  }
  const found = findPeople(turn, query);
  if (!found.length) {
    turn.reply(turn.t('find-nothing', { query }));
    return;
  }
  const lines = found.map((e) =>
    turn.t('find-entry', { name: e.fullName, position: e.position ? inSentence(e.position) : 'none', topics: e.topics.join(', ') || 'none' }),
  );
  turn.reply(`${turn.t('find-title', { query, count: found.length })}\n\n${lines.join('\n')}`);
}
