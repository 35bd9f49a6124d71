import { z } from 'zod';
import type { DB } from '../../../db/database.js';
import { statement } from '../../../db/statement-cache.js';
import type { CoreSettings } from '../deps.js';
import type { Language } from '../../../i18n/i18n.js';
import { loadDefaultTopics } from './topics.js';

/**
 * The organisation (a school or kindergarten). One deployment serves one today; every row
 * carries organisation_id so a district can come later. Settings are JSON validated by zod;
 * each capability owns its section and its defaults.
 */

export const settingsSchema = z.object({
  questions: z
    .object({
      waveSize: z.number().int().min(1).max(50).default(3),
      waveTimeoutMinutes: z.number().int().min(1).max(1440).default(60),
      urgentWaveTimeoutMinutes: z.number().int().min(1).max(1440).default(10),
      maxWaves: z.number().int().min(1).max(20).default(3),
      openQuestionCap: z.number().int().min(1).max(50).default(3),
      idleNudgeDays: z.number().int().min(1).max(60).default(3),
      idleCloseDays: z.number().int().min(1).max(90).default(7),
    })
    .prefault({}),
  surveys: z.object({ minGroupSize: z.number().int().min(1).max(50).default(5) }).prefault({}),
  broadcasts: z
    .object({
      /** Recipients queued per transaction; the rest follow in durable jobs. */
      chunkSize: z.number().int().min(1).max(5000).default(500),
      /** How often the author's progress line is updated while a broadcast goes out. */
      progressSeconds: z.number().int().min(5).max(3600).default(30),
    })
    .prefault({}),
  programmes: z
    .object({
      /** Reminders this many days before a plan item's deadline (then on the day, then overdue). */
      remindDaysBefore: z.array(z.number().int().min(1).max(60)).max(5).default([3, 1]),
      /** Days after the deadline day before an overdue item is escalated to the mentor, then the curator. */
      mentorAfterDays: z.number().int().min(1).max(60).default(3),
      curatorAfterDays: z.number().int().min(1).max(90).default(7),
    })
    .prefault({}),
});
export type OrganisationSettings = z.infer<typeof settingsSchema>;

export interface Organisation {
  id: number;
  name: string;
  timezone: string;
  language: Language;
  settings: OrganisationSettings;
  bootstrapUsedAt: number | null;
}

interface OrganisationRow {
  id: number;
  name: string;
  timezone: string;
  language: string;
  settings: string;
  bootstrap_used_at: number | null;
}

function fromRow(row: OrganisationRow): Organisation {
  let raw: unknown = {};
  try {
    raw = JSON.parse(row.settings);
  } catch {
    raw = {};
  }
  const parsed = settingsSchema.safeParse(raw);
  return {
    id: row.id,
    name: row.name,
    timezone: row.timezone,
    language: row.language === 'en' ? 'en' : 'ru',
    settings: parsed.success ? parsed.data : settingsSchema.parse({}),
    bootstrapUsedAt: row.bootstrap_used_at,
  };
}

export function getOrganisation(db: DB, id: number): Organisation {
  const row = statement(db, 'SELECT * FROM organisations WHERE id = ?').get(id) as OrganisationRow | undefined;
  if (!row) throw new Error(`organisation ${id} does not exist`);
  return fromRow(row);
}

/** The deployment's organisation, created on first start with the default topic list. */
export function ensureOrganisation(db: DB, settings: CoreSettings, now: number): Organisation {
  const row = statement(db, 'SELECT * FROM organisations ORDER BY id LIMIT 1').get() as OrganisationRow | undefined;
  if (row) return fromRow(row);
  return db.transaction(() => {
    const info = statement(db, 'INSERT INTO organisations (name, timezone, language, created_at) VALUES (?, ?, ?, ?)').run(
      settings.organisationName,
      settings.defaultTimezone,
      settings.defaultLanguage,
      now,
    );
    const id = Number(info.lastInsertRowid);
    const insert = statement(db, 'INSERT INTO topics (organisation_id, code, title_ru, title_en, sort) VALUES (?, ?, ?, ?, ?)');
    loadDefaultTopics().forEach((t, i) => insert.run(id, t.code, t.ru, t.en, i * 10));
    return getOrganisation(db, id);
  })();
}

export function updateSettings(db: DB, orgId: number, patch: (s: OrganisationSettings) => OrganisationSettings): void {
  const org = getOrganisation(db, orgId);
  const next = settingsSchema.parse(patch(org.settings));
  statement(db, 'UPDATE organisations SET settings = ? WHERE id = ?').run(JSON.stringify(next), orgId);
}

/** Names the organisation and sets its time zone (the playground's demo school). */
export function renameOrganisation(db: DB, orgId: number, name: string, timezone: string): void {
  statement(db, 'UPDATE organisations SET name = ?, timezone = ? WHERE id = ?').run(name, timezone, orgId);
}

/** The bootstrap code opens the organisation once: true for the first person to use it. */
export function claimBootstrap(db: DB, orgId: number, now: number): boolean {
  return statement(db, 'UPDATE organisations SET bootstrap_used_at = ? WHERE id = ? AND bootstrap_used_at IS NULL').run(now, orgId).changes === 1;
}

