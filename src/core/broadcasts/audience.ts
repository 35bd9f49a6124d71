import type { Statement } from 'better-sqlite3';
import type { DB } from '../../db/database.js';
import type { CoreDeps } from '../kernel/deps.js';
import type { AudienceSource, Feature } from '../kernel/feature.js';
import type { Texts } from '../kernel/contact/texts.js';
import { getTopic, topicTitle } from '../kernel/organisation/topics.js';

/**
 * Who a broadcast goes to: everyone, a role, people with a topic, people of a position, or a
 * group another capability knows (Feature.audiences: a session's participants, a programme's
 * group, those who have not answered a survey). Always active members only, each person once.
 */

export const SEGMENT_ROLES = ['mentor', 'mentee', 'curator'] as const;
export type SegmentRole = (typeof SEGMENT_ROLES)[number];

export type Audience =
  | { kind: 'all' }
  | { kind: 'role'; role: SegmentRole }
  | { kind: 'topic'; topicId: number }
  | { kind: 'position'; position: string }
  | { kind: 'source'; source: string; choiceId: number; label: string }
  | { kind: 'people'; personIds: number[] };

/** How many people a curator may name by hand in one broadcast. */
export const MAX_CHOSEN = 50;

class AudienceQueries {
  private static readonly byDb = new WeakMap<DB, AudienceQueries>();
  static of(db: DB): AudienceQueries {
    let q = AudienceQueries.byDb.get(db);
    if (!q) AudienceQueries.byDb.set(db, (q = new AudienceQueries(db)));
    return q;
  }

  readonly all: Statement;
  readonly role: Statement;
  readonly topic: Statement;
  readonly position: Statement;
  readonly positions: Statement;
  readonly active: Statement;
  readonly primaryPlatform: Statement;
  readonly byName: Statement;

  private constructor(db: DB) {
    this.all = db.prepare(`SELECT id FROM persons WHERE organisation_id = ? AND status = 'active' ORDER BY id`);
    // A curator segment includes administrators (they have every curator right).
    this.role = db.prepare(
      `SELECT DISTINCT p.id FROM persons p JOIN person_roles r ON r.person_id = p.id
       WHERE p.organisation_id = ? AND p.status = 'active' AND (r.role = ? OR (? = 'curator' AND r.role = 'admin')) ORDER BY p.id`,
    );
    this.topic = db.prepare(
      `SELECT DISTINCT p.id FROM persons p JOIN person_topics t ON t.person_id = p.id
       WHERE p.organisation_id = ? AND p.status = 'active' AND t.topic_id = ? ORDER BY p.id`,
    );
    this.position = db.prepare(`SELECT id FROM persons WHERE organisation_id = ? AND status = 'active' AND position = ? ORDER BY id`);
    this.positions = db.prepare(
      `SELECT position, COUNT(*) AS n FROM persons WHERE organisation_id = ? AND status = 'active' AND position != '' GROUP BY position ORDER BY n DESC, position LIMIT 20`,
    );
    this.active = db.prepare(`SELECT 1 FROM persons WHERE id = ? AND organisation_id = ? AND status = 'active'`);
    // The platform the bot would write to: the preferred account if reachable, else the first reachable one.
    this.primaryPlatform = db.prepare(
      `SELECT a.platform FROM accounts a JOIN persons p ON p.id = a.person_id
       WHERE a.person_id = ? AND a.reachable = 1 ORDER BY (a.id = p.preferred_account_id) DESC, a.id LIMIT 1`,
    );
    this.byName = db.prepare(
      `SELECT id FROM persons WHERE organisation_id = ? AND status = 'active' AND ulower(full_name) LIKE ? ESCAPE '\\' ORDER BY id LIMIT 3`,
    );
  }
}

/** Audience sources other capabilities offer, collected from the features. */
export function audienceSources(features: readonly Feature[]): AudienceSource[] {
  return features.flatMap((f) => f.audiences ?? []);
}

/** The person ids of an audience, now: active members of the organisation, each once. */
export function membersOf(deps: CoreDeps, orgId: number, audience: Audience, features: readonly Feature[]): number[] {
  const q = AudienceQueries.of(deps.db);
  const ids = (rows: unknown[]) => (rows as { id: number }[]).map((r) => r.id);
  switch (audience.kind) {
    case 'all':
      return ids(q.all.all(orgId));
    case 'role':
      return ids(q.role.all(orgId, audience.role, audience.role));
    case 'topic':
      return ids(q.topic.all(orgId, audience.topicId));
    case 'position':
      return ids(q.position.all(orgId, audience.position));
    case 'people':
      return [...new Set(audience.personIds)].filter((id) => q.active.get(id, orgId));
    case 'source': {
      const source = audienceSources(features).find((s) => s.id === audience.source);
      if (!source) return [];
      const seen = new Set<number>();
      return source.members(deps, orgId, audience.choiceId).filter((id) => {
        if (seen.has(id) || !q.active.get(id, orgId)) return false;
        seen.add(id);
        return true;
      });
    }
  }
}

/** The positions people hold (for the "by position" choice), most common first. */
export function positionsOf(db: DB, orgId: number): { position: string; count: number }[] {
  return (AudienceQueries.of(db).positions.all(orgId) as { position: string; n: number }[]).map((r) => ({ position: r.position, count: r.n }));
}

/** How the audience reads in a text. */
export function audienceLabel(deps: CoreDeps, orgId: number, audience: Audience, tx: Texts): string {
  switch (audience.kind) {
    case 'all':
      return tx.t('broadcast-aud-all');
    case 'role':
      return tx.t(`broadcast-aud-${audience.role}`);
    case 'topic': {
      const topic = getTopic(deps.db, orgId, audience.topicId);
      return tx.t('broadcast-aud-topic-named', { topic: topic ? topicTitle(topic, tx.lang) : '—' });
    }
    case 'position':
      return tx.t('broadcast-aud-position-named', { position: audience.position });
    case 'source':
      return audience.label;
    case 'people':
      return tx.t('broadcast-aud-people-named', { count: audience.personIds.length });
  }
}

/**
 * People named by hand ("Иванова, Петров"; commas, semicolons or lines): each name must match
 * exactly one active member, case-insensitively, in part.
 */
export function matchNames(db: DB, orgId: number, text: string): { ids: number[]; unknown: string[]; ambiguous: string[] } {
  const q = AudienceQueries.of(db);
  const ids: number[] = [];
  const unknown: string[] = [];
  const ambiguous: string[] = [];
  const names = text.split(/[,;\n]+/).map((n) => n.trim().replace(/\s+/g, ' ')).filter((n) => n.length > 0);
  for (const name of names) {
    const like = `%${name.toLocaleLowerCase('ru').replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const found = name.length < 2 ? [] : (q.byName.all(orgId, like) as { id: number }[]);
    if (found.length === 1) {
      if (!ids.includes(found[0]!.id)) ids.push(found[0]!.id);
    } else (found.length ? ambiguous : unknown).push(name.slice(0, 60));
  }
  return { ids, unknown, ambiguous };
}

export interface PlatformCounts {
  telegram: number;
  vk: number;
  max: number;
  local: number;
  /** Members with no reachable account. */
  none: number;
}

/** Where each member would be written to (their primary reachable account), counted per platform. */
export function countByPlatform(db: DB, personIds: number[]): PlatformCounts {
  const q = AudienceQueries.of(db);
  const c: PlatformCounts = { telegram: 0, vk: 0, max: 0, local: 0, none: 0 };
  for (const id of personIds) {
    const row = q.primaryPlatform.get(id) as { platform: keyof PlatformCounts } | undefined;
    if (row && row.platform in c) c[row.platform]++;
    else c.none++;
  }
  return c;
}
