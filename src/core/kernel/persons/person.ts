import type { DB } from '../../../db/database.js';
import { statement } from '../../../db/statement-cache.js';
import type { Language } from '../../../i18n/i18n.js';
import type { Platform } from '../../../messaging/types.js';
import { genderFromName, isGender, type Gender } from './gender.js';

/** Persons of an organisation and the platform accounts that reach them. */

export const ROLES = ['admin', 'curator', 'mentor', 'mentee', 'staff'] as const;
export type Role = (typeof ROLES)[number];
export type PersonStatus = 'onboarding' | 'active' | 'deactivated' | 'forgotten';

export interface Person {
  id: number;
  organisationId: number;
  fullName: string;
  position: string;
  /** How texts about the person agree: from the patronymic, or as they answered in the profile. */
  gender: Gender;
  language: Language;
  /** The person's own zone, or null to follow the organisation's. */
  timezone: string | null;
  /** Bit 0 = Monday … bit 6 = Sunday. */
  contactDays: number;
  /** Minutes after local midnight. */
  contactFrom: number;
  contactTo: number;
  status: PersonStatus;
  consentAt: number | null;
  pausedUntil: number | null;
  preferredAccountId: number | null;
  roles: Role[];
}

export interface Account {
  id: number;
  organisationId: number;
  personId: number;
  platform: Platform;
  userId: string;
  chatId: string;
  reachable: boolean;
}

interface PersonRow {
  id: number;
  organisation_id: number;
  full_name: string;
  position: string;
  gender: string;
  language: string;
  timezone: string | null;
  contact_days: number;
  contact_from: number;
  contact_to: number;
  status: PersonStatus;
  consent_at: number | null;
  paused_until: number | null;
  preferred_account_id: number | null;
  roles: string | null;
}

interface AccountRow {
  id: number;
  organisation_id: number;
  person_id: number;
  platform: Platform;
  user_id: string;
  chat_id: string;
  reachable: number;
}

const PERSON_SELECT = `SELECT p.*, (SELECT group_concat(role) FROM person_roles r WHERE r.person_id = p.id) AS roles FROM persons p`;

function personFromRow(r: PersonRow): Person {
  return {
    id: r.id,
    organisationId: r.organisation_id,
    fullName: r.full_name,
    position: r.position,
    gender: isGender(r.gender) ? r.gender : 'unknown',
    language: r.language === 'en' ? 'en' : 'ru',
    timezone: r.timezone,
    contactDays: r.contact_days,
    contactFrom: r.contact_from,
    contactTo: r.contact_to,
    status: r.status,
    consentAt: r.consent_at,
    pausedUntil: r.paused_until,
    preferredAccountId: r.preferred_account_id,
    roles: (r.roles ? r.roles.split(',') : []) as Role[],
  };
}

function accountFromRow(r: AccountRow): Account {
  return {
    id: r.id,
    organisationId: r.organisation_id,
    personId: r.person_id,
    platform: r.platform,
    userId: r.user_id,
    chatId: r.chat_id,
    reachable: r.reachable === 1,
  };
}

export function getPerson(db: DB, id: number): Person | null {
  const row = statement(db, `${PERSON_SELECT} WHERE p.id = ?`).get(id) as PersonRow | undefined;
  return row ? personFromRow(row) : null;
}

/** Many active people at once (one query for a batch, e.g. a reminder sweep's recipients), by id. */
export function activePersons(db: DB, ids: number[]): Map<number, Person> {
  const rows = statement(db, `${PERSON_SELECT} WHERE p.id IN (SELECT value FROM json_each(?)) AND p.status = 'active'`).all(
    JSON.stringify(ids),
  ) as PersonRow[];
  return new Map(rows.map((r) => [r.id, personFromRow(r)]));
}

/** The person in this organisation, or null (a forged or foreign id gives null). */
export function getPersonInOrg(db: DB, orgId: number, id: number): Person | null {
  const p = getPerson(db, id);
  return p && p.organisationId === orgId ? p : null;
}

export function findAccount(db: DB, platform: Platform, userId: string): Account | null {
  const row = statement(db, 'SELECT * FROM accounts WHERE platform = ? AND user_id = ?').get(platform, userId) as
    | AccountRow
    | undefined;
  return row ? accountFromRow(row) : null;
}

export function accountsOf(db: DB, personId: number): Account[] {
  return (statement(db, 'SELECT * FROM accounts WHERE person_id = ? ORDER BY id').all(personId) as AccountRow[]).map(
    accountFromRow,
  );
}

/** The account the bot writes to first: the preferred one if reachable, else any reachable one. */
export function primaryAccount(db: DB, person: Person): Account | null {
  const accounts = accountsOf(db, person.id).filter((a) => a.reachable);
  return accounts.find((a) => a.id === person.preferredAccountId) ?? accounts[0] ?? null;
}

/** primaryAccount for many people with one query (a reminder sweep, a broadcast); people without one are absent. */
export function primaryAccounts(db: DB, persons: Pick<Person, 'id' | 'preferredAccountId'>[]): Map<number, Account> {
  const reachable = new Map<number, Account[]>();
  const rows = statement(
    db,
    'SELECT * FROM accounts WHERE person_id IN (SELECT value FROM json_each(?)) AND reachable = 1 ORDER BY person_id, id',
  ).all(JSON.stringify(persons.map((p) => p.id))) as AccountRow[];
  for (const r of rows) {
    let list = reachable.get(r.person_id);
    if (!list) reachable.set(r.person_id, (list = []));
    list.push(accountFromRow(r));
  }
  const out = new Map<number, Account>();
  for (const p of persons) {
    const accounts = reachable.get(p.id);
    if (accounts) out.set(p.id, accounts.find((a) => a.id === p.preferredAccountId) ?? accounts[0]!);
  }
  return out;
}

export function hasRole(person: Person | null | undefined, ...roles: Role[]): boolean {
  if (!person || person.status !== 'active') return false;
  return roles.some((r) => person.roles.includes(r));
}

export function isCurator(person: Person | null | undefined): boolean {
  return hasRole(person, 'curator', 'admin');
}

export interface NewPerson {
  organisationId: number;
  language: Language;
  roles: Role[];
  consentAt: number;
  now: number;
  account: { platform: Platform; userId: string; chatId: string };
  fullName?: string;
}

export function createPerson(db: DB, p: NewPerson): { person: Person; account: Account } {
  const info = statement(
    db, 
      `INSERT INTO persons (organisation_id, full_name, gender, language, status, consent_at, created_at, updated_at)
       VALUES (?, ?, ?, ?, 'onboarding', ?, ?, ?)`,
    )
    .run(p.organisationId, p.fullName ?? '', genderFromName(p.fullName ?? ''), p.language, p.consentAt, p.now, p.now);
  const personId = Number(info.lastInsertRowid);
  const acc = statement(
    db, 
      'INSERT INTO accounts (organisation_id, person_id, platform, user_id, chat_id, created_at) VALUES (?, ?, ?, ?, ?, ?)',
    )
    .run(p.organisationId, personId, p.account.platform, p.account.userId, p.account.chatId, p.now);
  const accountId = Number(acc.lastInsertRowid);
  statement(db, 'UPDATE persons SET preferred_account_id = ? WHERE id = ?').run(accountId, personId);
  setRoles(db, personId, p.roles);
  return { person: getPerson(db, personId)!, account: findAccount(db, p.account.platform, p.account.userId)! };
}

export function setRoles(db: DB, personId: number, roles: Role[]): void {
  statement(db, 'DELETE FROM person_roles WHERE person_id = ?').run(personId);
  const ins = statement(db, 'INSERT OR IGNORE INTO person_roles (person_id, role) VALUES (?, ?)');
  for (const r of new Set(roles)) ins.run(personId, r);
}

export type PersonPatch = Partial<
  Pick<Person, 'fullName' | 'gender' | 'position' | 'language' | 'timezone' | 'contactDays' | 'contactFrom' | 'contactTo' | 'status' | 'pausedUntil' | 'preferredAccountId'>
>;

const COLUMNS: Record<keyof PersonPatch, string> = {
  fullName: 'full_name',
  gender: 'gender',
  position: 'position',
  language: 'language',
  timezone: 'timezone',
  contactDays: 'contact_days',
  contactFrom: 'contact_from',
  contactTo: 'contact_to',
  status: 'status',
  pausedUntil: 'paused_until',
  preferredAccountId: 'preferred_account_id',
};

/** A new full name brings the gender its patronymic says, unless the patch sets the gender itself. */
export function updatePerson(db: DB, personId: number, patch: PersonPatch, now: number): void {
  if (patch.fullName !== undefined && patch.gender === undefined) {
    const said = genderFromName(patch.fullName);
    if (said !== 'unknown') patch = { ...patch, gender: said };
  }
  const keys = Object.keys(patch) as (keyof PersonPatch)[];
  if (!keys.length) return;
  const sets = keys.map((k) => `${COLUMNS[k]} = @${k}`).join(', ');
  statement(db, `UPDATE persons SET ${sets}, updated_at = @now WHERE id = @id`).run({ ...patch, now, id: personId });
}

/**
 * A person forgotten: their accounts, roles and topics go, and of the row itself only what
 * others' figures rest on stays (the id, the organisation, when it was made), without a name.
 */
export function forgetIdentity(db: DB, personId: number, now: number): void {
  statement(db, 'DELETE FROM person_topics WHERE person_id = ?').run(personId);
  statement(db, 'DELETE FROM person_roles WHERE person_id = ?').run(personId);
  statement(db, 'UPDATE persons SET preferred_account_id = NULL WHERE id = ?').run(personId);
  statement(db, 'DELETE FROM accounts WHERE person_id = ?').run(personId);
  statement(
    db,
    `UPDATE persons SET full_name = '', position = '', gender = 'unknown', timezone = NULL, status = 'forgotten', consent_at = NULL, paused_until = NULL, updated_at = ? WHERE id = ?`,
  ).run(now, personId);
}

export function setAccountReachable(db: DB, platform: Platform, chatId: string, reachable: boolean): number {
  return statement(db, 'UPDATE accounts SET reachable = ? WHERE platform = ? AND chat_id = ?').run(reachable ? 1 : 0, platform, chatId)
    .changes;
}

/** Topic ids a person offers or wants. */
export function personTopicIds(db: DB, personId: number, kind: 'offers' | 'wants'): number[] {
  return (statement(db, 'SELECT topic_id FROM person_topics WHERE person_id = ? AND kind = ? ORDER BY topic_id').all(personId, kind) as {
    topic_id: number;
  }[]).map((r) => r.topic_id);
}

export function setPersonTopics(db: DB, personId: number, kind: 'offers' | 'wants', topicIds: number[]): void {
  statement(db, 'DELETE FROM person_topics WHERE person_id = ? AND kind = ?').run(personId, kind);
  const ins = statement(db, 'INSERT OR IGNORE INTO person_topics (person_id, topic_id, kind) VALUES (?, ?, ?)');
  for (const t of topicIds) ins.run(personId, t, kind);
}

/** Active persons of the organisation having any of the roles (all active persons when none given). */
export function listPersons(db: DB, orgId: number, opts: { roles?: Role[]; includeInactive?: boolean } = {}): Person[] {
  const rows = statement(
    db, 
      `${PERSON_SELECT} WHERE p.organisation_id = ? AND ${opts.includeInactive ? "p.status IN ('active','deactivated')" : "p.status = 'active'"} ORDER BY p.full_name COLLATE NOCASE, p.id`,
    )
    .all(orgId) as PersonRow[];
  const persons = rows.map(personFromRow);
  return opts.roles?.length ? persons.filter((p) => p.roles.some((r) => opts.roles!.includes(r))) : persons;
}

export function curatorsOf(db: DB, orgId: number): Person[] {
  return listPersons(db, orgId, { roles: ['curator', 'admin'] });
}

/** Active people of an organisation, by id (a whole audience). */
export function activeIds(db: DB, orgId: number): number[] {
  return statement(db, `SELECT id FROM persons WHERE organisation_id = ? AND status = 'active' ORDER BY id`).pluck().all(orgId) as number[];
}

/** Active people with a role; curators include administrators (they have every curator right). */
export function activeIdsWithRole(db: DB, orgId: number, role: Role): number[] {
  return statement(
    db,
    `SELECT DISTINCT p.id FROM persons p JOIN person_roles r ON r.person_id = p.id
     WHERE p.organisation_id = ? AND p.status = 'active' AND (r.role = ? OR (? = 'curator' AND r.role = 'admin')) ORDER BY p.id`,
  ).pluck().all(orgId, role, role) as number[];
}

/** Active people with a topic (offered or wanted). */
export function activeIdsWithTopic(db: DB, orgId: number, topicId: number): number[] {
  return statement(
    db,
    `SELECT DISTINCT p.id FROM persons p JOIN person_topics t ON t.person_id = p.id WHERE p.organisation_id = ? AND p.status = 'active' AND t.topic_id = ? ORDER BY p.id`,
  ).pluck().all(orgId, topicId) as number[];
}

export function activeIdsAtPosition(db: DB, orgId: number, position: string): number[] {
  return statement(db, `SELECT id FROM persons WHERE organisation_id = ? AND status = 'active' AND position = ? ORDER BY id`).pluck().all(orgId, position) as number[];
}

/** The positions active people hold, most common first (at most 20). */
export function positionCounts(db: DB, orgId: number): { position: string; count: number }[] {
  return (
    statement(
      db,
      `SELECT position, COUNT(*) AS n FROM persons WHERE organisation_id = ? AND status = 'active' AND position != '' GROUP BY position ORDER BY n DESC, position LIMIT 20`,
    ).all(orgId) as { position: string; n: number }[]
  ).map((r) => ({ position: r.position, count: r.n }));
}

export function isActiveIn(db: DB, orgId: number, personId: number): boolean {
  return Boolean(statement(db, `SELECT 1 FROM persons WHERE id = ? AND organisation_id = ? AND status = 'active'`).get(personId, orgId));
}

/** The platform the bot would write to: the preferred account if reachable, else the first reachable one. */
export function primaryPlatformOf(db: DB, personId: number): Platform | null {
  return (
    (statement(
      db,
      `SELECT a.platform FROM accounts a JOIN persons p ON p.id = a.person_id WHERE a.person_id = ? AND a.reachable = 1 ORDER BY (a.id = p.preferred_account_id) DESC, a.id LIMIT 1`,
    ).pluck().get(personId) as Platform | undefined) ?? null
  );
}

/** Up to three active people whose full name matches a LIKE pattern (lower-cased, escaped with a backslash). */
export function activeIdsByName(db: DB, orgId: number, like: string): number[] {
  return statement(db, `SELECT id FROM persons WHERE organisation_id = ? AND status = 'active' AND ulower(full_name) LIKE ? ESCAPE '\\' ORDER BY id LIMIT 3`).pluck().all(orgId, like) as number[];
}

/** Who offers or wants a topic (any status: callers filter the people they hold). */
export function personIdsWithTopic(db: DB, topicId: number, kind: 'offers' | 'wants'): number[] {
  return statement(db, `SELECT person_id FROM person_topics WHERE topic_id = ? AND kind = ?`).pluck().all(topicId, kind) as number[];
}


/** Active people of the organisation who offer the topic, but one, by name (at most `limit`). */
export function activeIdsOfferingTopic(db: DB, orgId: number, topicId: number, exceptId: number, limit: number): number[] {
  return (
    statement(
      db,
      `SELECT p.id FROM person_topics pt JOIN persons p ON p.id = pt.person_id
WHERE pt.topic_id = @topic AND pt.kind = 'offers' AND p.organisation_id = @org AND p.status = 'active' AND p.id != @asker
ORDER BY p.full_name COLLATE NOCASE, p.id LIMIT @limit`,
    ).all({ topic: topicId, org: orgId, asker: exceptId, limit }) as { id: number }[]
  ).map((r) => r.id);
}

/** People on the books before `before` (active or since left), counted by role. */
export function roleCountsBefore(db: DB, orgId: number, before: number): { role: Role; n: number }[] {
  return statement(
    db,
    `SELECT r.role AS role, COUNT(*) AS n FROM persons p JOIN person_roles r ON r.person_id = p.id
       WHERE p.organisation_id = ? AND p.status IN ('active', 'deactivated') AND p.created_at < ? GROUP BY r.role ORDER BY r.role`,
  ).all(orgId, before) as { role: Role; n: number }[];
}

/** Mentors and mentees on the books before `before` (active or since left), by name, with their roles (comma-separated). */
export function mentorsAndMenteesBefore(
  db: DB,
  orgId: number,
  before: number,
): { name: string | null; position: string | null; status: PersonStatus; roles: string }[] {
  return statement(
    db,
    `SELECT p.full_name AS name, p.position AS position, p.status AS status, GROUP_CONCAT(r.role) AS roles FROM persons p JOIN person_roles r ON r.person_id = p.id
       WHERE p.organisation_id = ? AND p.status IN ('active', 'deactivated') AND p.created_at < ? AND r.role IN ('mentor', 'mentee')
       GROUP BY p.id ORDER BY p.full_name COLLATE NOCASE, p.id`,
  ).all(orgId, before) as { name: string | null; position: string | null; status: PersonStatus; roles: string }[];
}

/**
 * The directory's search: active people whose name or position matches a LIKE pattern
 * (lower-cased, escaped with a backslash), or who are among `namedIds`, or who offer one of
 * `topicIds`; by name, at most `limit`.
 */
export function searchActive(
  db: DB,
  orgId: number,
  q: { like: string; namedIds: readonly number[]; topicIds: readonly number[]; limit: number },
): { id: number; fullName: string; position: string }[] {
  return statement(
    db,
    `SELECT DISTINCT p.id, p.full_name AS fullName, p.position FROM persons p
       WHERE p.organisation_id = @org AND p.status = 'active' AND (
         ulower(p.full_name) LIKE @like ESCAPE '\\' OR ulower(p.position) LIKE @like ESCAPE '\\'
         OR p.id IN (SELECT value FROM json_each(@names))
         OR p.id IN (SELECT person_id FROM person_topics WHERE kind = 'offers' AND topic_id IN (SELECT value FROM json_each(@topics)))
       )
       ORDER BY p.full_name COLLATE NOCASE LIMIT @limit`,
  ).all({ org: orgId, like: q.like, names: JSON.stringify(q.namedIds), topics: JSON.stringify(q.topicIds), limit: q.limit }) as {
    id: number;
    fullName: string;
    position: string;
  }[];
}

/** The full names (lower-cased) of everyone on the books: active, still onboarding, or since left. */
export function lowerNamesOnBooks(db: DB, orgId: number): string[] {
  return (
    statement(db, `SELECT ulower(full_name) AS n FROM persons WHERE organisation_id = ? AND status IN ('active','onboarding','deactivated')`).all(orgId) as {
      n: string;
    }[]
  ).map((r) => r.n);
}

/** Whether anyone at all is in the database: a fresh one has nobody. */
export function hasAnyPerson(db: DB): boolean {
  return !!statement(db, 'SELECT 1 FROM persons LIMIT 1').get();
}

/** Whether the organisation has anyone on the books yet. */
export function hasPersonsIn(db: DB, orgId: number): boolean {
  return !!statement(db, 'SELECT 1 FROM persons WHERE organisation_id = ? LIMIT 1').get(orgId);
}

/** A person with an account on one platform, as a list of who is there shows her (the playground's people). */
export interface PersonOnPlatform {
  handle: string;
  person_id: number;
  full_name: string;
  position: string;
  language: string;
  status: string;
  roles: string | null;
}

/** Everyone with an account on this platform in the organisation (onboarding too), in the order they came. */
export function personsOnPlatform(db: DB, orgId: number, platform: string): PersonOnPlatform[] {
  return statement(
    db,
    `SELECT a.user_id AS handle, p.id AS person_id, p.full_name, p.position, p.language, p.status,
            (SELECT group_concat(role) FROM person_roles r WHERE r.person_id = p.id) AS roles
     FROM accounts a JOIN persons p ON p.id = a.person_id
     WHERE a.platform = ? AND a.organisation_id = ? AND p.status IN ('active', 'deactivated', 'onboarding')
     ORDER BY a.id`,
  ).all(platform, orgId) as PersonOnPlatform[];
}
