import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { DB } from '../../../db/database.js';
import { statement } from '../../../db/statement-cache.js';
import type { Language } from '../../../i18n/i18n.js';

/** The organisation's topic list: what people can help with and want help with. */

export interface Topic {
  id: number;
  code: string;
  titleRu: string;
  titleEn: string;
  archived: boolean;
}

const defaultTopicsSchema = z.array(
  z.object({ code: z.string().regex(/^[a-z0-9_]+$/), ru: z.string().min(1).max(40), en: z.string().min(1).max(40) }),
);

export const DEFAULT_TOPICS_FILE = fileURLToPath(new URL('../../../../data/topics.json', import.meta.url));

export function loadDefaultTopics(file: string = DEFAULT_TOPICS_FILE) {
  return defaultTopicsSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

interface TopicRow {
  id: number;
  code: string;
  title_ru: string;
  title_en: string;
  archived: number;
}
const fromRow = (r: TopicRow): Topic => ({
  id: r.id,
  code: r.code,
  titleRu: r.title_ru,
  titleEn: r.title_en,
  archived: r.archived === 1,
});

export function listTopics(db: DB, orgId: number, includeArchived = false): Topic[] {
  const rows = statement(
    db,
    `SELECT id, code, title_ru, title_en, archived FROM topics WHERE organisation_id = ? ${includeArchived ? '' : 'AND archived = 0'} ORDER BY sort, id`,
  ).all(orgId) as TopicRow[];
  return rows.map(fromRow);
}

export function getTopic(db: DB, orgId: number, id: number): Topic | null {
  const row = statement(db, 'SELECT id, code, title_ru, title_en, archived FROM topics WHERE organisation_id = ? AND id = ?').get(orgId, id) as
    | TopicRow
    | undefined;
  return row ? fromRow(row) : null;
}

export function topicTitle(topic: Topic, lang: Language): string {
  return lang === 'en' ? topic.titleEn : topic.titleRu;
}

/** Adds a topic (the curator's /topics); returns null when the title exists already. */
export function addTopic(db: DB, orgId: number, title: string): Topic | null {
  const clean = title.trim().slice(0, 40);
  const exists = statement(db, 'SELECT 1 FROM topics WHERE organisation_id = ? AND (lower(title_ru) = lower(?) OR lower(title_en) = lower(?))').get(
    orgId,
    clean,
    clean,
  );
  if (exists || !clean) return null;
  const sort = (statement(db, 'SELECT COALESCE(MAX(sort), 0) + 10 AS s FROM topics WHERE organisation_id = ?').get(orgId) as { s: number }).s;
  const info = statement(db, 'INSERT INTO topics (organisation_id, code, title_ru, title_en, sort) VALUES (?, ?, ?, ?, ?)').run(
    orgId,
    `custom_${Date.now().toString(36)}_${sort}`,
    clean,
    clean,
    sort,
  );
  return getTopic(db, orgId, Number(info.lastInsertRowid));
}

export function archiveTopic(db: DB, orgId: number, id: number): boolean {
  return statement(db, 'UPDATE topics SET archived = 1 WHERE organisation_id = ? AND id = ? AND archived = 0').run(orgId, id).changes === 1;
}
