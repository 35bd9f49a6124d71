import type { Statement } from 'better-sqlite3';
import type { DB } from '../../db/database.js';
import type { Person, PersonStatus, Role } from '../people/person.js';

/**
 * The people a reminder sweep writes to, loaded many at once (one query per batch of due items
 * instead of one per person). The same shape as people/person.ts gives; only active people.
 */

interface Row {
  id: number;
  organisation_id: number;
  full_name: string;
  position: string;
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

const cache = new WeakMap<DB, Statement>();

export function loadActivePersons(db: DB, ids: number[]): Map<number, Person> {
  let stmt = cache.get(db);
  if (!stmt) {
    stmt = db.prepare(
      `SELECT p.*, (SELECT group_concat(role) FROM person_roles r WHERE r.person_id = p.id) AS roles
       FROM persons p WHERE p.id IN (SELECT value FROM json_each(?)) AND p.status = 'active'`,
    );
    cache.set(db, stmt);
  }
  const out = new Map<number, Person>();
  for (const r of stmt.all(JSON.stringify(ids)) as Row[]) {
    out.set(r.id, {
      id: r.id,
      organisationId: r.organisation_id,
      fullName: r.full_name,
      position: r.position,
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
    });
  }
  return out;
}
