import { z } from 'zod';
import type { Button } from '../../messaging/types.js';
import { defineAction } from '../../messaging/actions.js';
import { shortLabelIn } from '../../messaging/labels.js';
import type { MemberTurn, Turn } from '../kernel/feature.js';
import { UserError } from '../kernel/errors.js';
import { inSentence } from '../kernel/dates/spoken.js';
import { listTopics, topicTitle } from '../kernel/organisation/topics.js';
import { matchesWords } from '../kernel/word-forms.js';
import { getPersonInOrg, listPersons, personTopicIds, searchActive, type Person } from '../kernel/persons/person.js';

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

/** A topic title matches the way every typed word matches (Russian word forms too). */
const topicMatches = (title: string, query: string) => matchesWords(title, query);

export function findPeople(turn: Turn, query: string): DirectoryEntry[] {
  const { db } = turn.deps;
  const q = query.trim().toLocaleLowerCase('ru');
  const topics = listTopics(db, turn.org.id);
  const matchedTopics = topics.filter((t) => topicMatches(`${t.titleRu} ${t.titleEn}`, q));
  // Names in other word forms («Соколовой» → «Соколова»).
  const namedIds = listPersons(db, turn.org.id).filter((p) => matchesWords(p.fullName, q)).map((p) => p.id);
  const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const rows = searchActive(db, turn.org.id, { like, namedIds, topicIds: matchedTopics.map((t) => t.id), limit: MAX_RESULTS });
  const byId = new Map(topics.map((t) => [t.id, t]));
  return rows.map((r) => ({
    personId: r.id,
    fullName: r.fullName,
    position: r.position,
    topics: personTopicIds(db, r.id, 'offers')
      .map((id) => byId.get(id))
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
  // Each colleague found (up to eight): write to her, and what other capabilities offer (ask her a question).
  const buttons: Button[][] = found
    .filter((e) => e.personId !== turn.person?.id)
    .slice(0, MAX_BUTTON_ROWS)
    .map((e) => [
      { label: shortLabelIn((name) => turn.t('directory-write', { name }), e.fullName), action: writeAction.encode(e.personId) },
      ...turn.features.flatMap((f) => f.personButtons?.(turn, e.personId) ?? []),
    ]);
  turn.reply({ text: `${turn.t('find-title', { query, count: found.length })}\n\n${lines.join('\n')}`, buttons });
}

const MAX_BUTTON_ROWS = 8;
const MAX_MESSAGE = 1000;
export const writeAction = defineAction('ppl.write', ['int']);
export const WRITE_DIALOG = 'people-write';
export const writeSchema = z.looseObject({ to: z.number().int() });

function colleague(turn: Turn, id: number): Person {
  const p = getPersonInOrg(turn.deps.db, turn.org.id, id);
  if (!p || p.status !== 'active') throw new UserError('directory-person-gone');
  if (p.id === turn.person?.id) throw new UserError('directory-write-self');
  return p;
}

/** «Написать»: the next message goes to that colleague, with a button to answer. */
export function onWrite(turn: Turn, [id]: [number]): void {
  const p = colleague(turn, id);
  turn.setDialog(WRITE_DIALOG, 'text', { to: p.id });
  turn.reply(turn.t('directory-write-text', { name: p.fullName, max: MAX_MESSAGE }));
}

export function onWriteText(turn: MemberTurn, data: { to: number }, text: string): void {
  const clean = text.trim();
  if (!clean) throw new UserError('directory-write-empty');
  if (clean.length > MAX_MESSAGE) throw new UserError('directory-write-too-long', { max: MAX_MESSAGE });
  const p = colleague(turn, data.to);
  turn.clearDialog();
  const me = turn.person;
  const queued = turn.notifier.toPerson(
    p,
    (tx) => ({
      text: tx.t('directory-message', { name: me.fullName, position: me.position || '—', text: clean }),
      buttons: [[{ label: tx.t('directory-answer'), action: writeAction.encode(me.id) }]],
    }),
    { urgency: 'ping', source: `directory:${me.id}` },
  );
  if (!queued) throw new UserError('directory-person-unreachable', { name: p.fullName });
  turn.reply(turn.t(queued.notBefore > turn.now ? 'directory-message-later' : 'directory-message-sent', { name: p.fullName, when: turn.tx.when(queued.notBefore, turn.now) }));
}
