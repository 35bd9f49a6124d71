import type { CoreDeps } from '../kernel/deps.js';

/**
 * The labour-law record in /my_data and /forget: a person sees their consents and the notices
 * they gave; forgetting removes the reasons they wrote. The consent's dates and terms stay: they
 * are the school's labour record (what the signed consent and addendum rest on), not the
 * person's own words.
 */

export function exportLabour(deps: CoreDeps, personId: number): Record<string, unknown> {
  const { db } = deps;
  const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
  const consents = (
    db.prepare('SELECT programme_id, agreed_at, starts_on, ends_on, kind, form, pay_basis FROM mentoring_consents WHERE person_id = ? ORDER BY programme_id').all(personId) as {
      programme_id: number;
      agreed_at: number;
      starts_on: string;
      ends_on: string;
      kind: string;
      form: string;
      pay_basis: string | null;
    }[]
  ).map((c) => ({ programme: c.programme_id, agreedAt: iso(c.agreed_at), term: `${c.starts_on}/${c.ends_on}`, kind: c.kind, form: c.form, payBasis: c.pay_basis }));
  const notices = (
    db.prepare('SELECT programme_id, side, reason, given_at, ends_on, status FROM programme_notices WHERE given_by = ? ORDER BY id').all(personId) as {
      programme_id: number;
      side: string;
      reason: string | null;
      given_at: number;
      ends_on: string;
      status: string;
    }[]
  ).map((n) => ({ programme: n.programme_id, side: n.side, reason: n.reason, givenAt: iso(n.given_at), endsOn: n.ends_on, status: n.status }));
  return { consents, notices };
}

export function forgetLabour(deps: CoreDeps, personId: number): void {
  deps.db.prepare('UPDATE programme_notices SET reason = NULL WHERE given_by = ?').run(personId);
}
