import type { DB } from '../../db/database.js';
import type { CoreDeps } from '../kernel/deps.js';
import type { AudienceSource, Feature } from '../kernel/feature.js';
import type { Texts } from '../kernel/contact/texts.js';
import { getTopic, topicTitle } from '../kernel/organisation/topics.js';
import {
  activeIds,
  activeIdsAtPosition,
  activeIdsByName,
  activeIdsWithRole,
  activeIdsWithTopic,
  isActiveIn,
  positionCounts,
  primaryPlatformOf,
} from '../kernel/persons/person.js';

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

/** Audience sources other capabilities offer, collected from the features. */
export function audienceSources(features: readonly Feature[]): AudienceSource[] {
  return features.flatMap((f) => f.audiences ?? []);
}

/** The person ids of an audience, now: active members of the organisation, each once. */
export function membersOf(deps: CoreDeps, orgId: number, audience: Audience, features: readonly Feature[]): number[] {
  const { db } = deps;
  switch (audience.kind) {
    case 'all':
      return activeIds(db, orgId);
    case 'role':
      return activeIdsWithRole(db, orgId, audience.role);
    case 'topic':
      return activeIdsWithTopic(db, orgId, audience.topicId);
    case 'position':
      return activeIdsAtPosition(db, orgId, audience.position);
    case 'people':
      return [...new Set(audience.personIds)].filter((id) => isActiveIn(db, orgId, id));
    case 'source': {
      const source = audienceSources(features).find((s) => s.id === audience.source);
      if (!source) return [];
      const seen = new Set<number>();
      return source.members(deps, orgId, audience.choiceId).filter((id) => {
        if (seen.has(id) || !isActiveIn(db, orgId, id)) return false;
        seen.add(id);
        return true;
      });
    }
  }
}

/** The positions people hold (for the "by position" choice), most common first. */
export function positionsOf(db: DB, orgId: number): { position: string; count: number }[] {
  return positionCounts(db, orgId);
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
  const ids: number[] = [];
  const unknown: string[] = [];
  const ambiguous: string[] = [];
  const names = text.split(/[,;\n]+/).map((n) => n.trim().replace(/\s+/g, ' ')).filter((n) => n.length > 0);
  for (const name of names) {
    const like = `%${name.toLocaleLowerCase('ru').replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const found = name.length < 2 ? [] : activeIdsByName(db, orgId, like);
    if (found.length === 1) {
      if (!ids.includes(found[0]!)) ids.push(found[0]!);
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
  const c: PlatformCounts = { telegram: 0, vk: 0, max: 0, local: 0, none: 0 };
  for (const id of personIds) {
    const platform = primaryPlatformOf(db, id);
    if (platform && platform in c) c[platform]++;
    else c.none++;
  }
  return c;
}
