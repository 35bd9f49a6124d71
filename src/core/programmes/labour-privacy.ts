import type { CoreDeps } from '../kernel/deps.js';
import { consentsOfPerson, forgetNoticeReasons, noticesGivenBy } from './store/labour.js';

/**
 * The labour-law record in /my_data and /forget: a person sees their consents and the notices
 * they gave; forgetting removes the reasons they wrote. The consent's dates and terms stay: they
 * are the school's labour record (what the signed consent and addendum rest on), not the
 * person's own words.
 */

export function exportLabour(deps: CoreDeps, personId: number): Record<string, unknown> {
  const { db } = deps;
  const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
  const consents = consentsOfPerson(db, personId).map((c) => ({
    programme: c.programmeId,
    agreedAt: iso(c.agreedAt),
    term: `${c.startsOn}/${c.endsOn}`,
    kind: c.kind,
    form: c.form,
    payBasis: c.payBasis,
  }));
  const notices = noticesGivenBy(db, personId).map((n) => ({
    programme: n.programmeId,
    side: n.side,
    reason: n.reason,
    givenAt: iso(n.givenAt),
    endsOn: n.endsOn,
    status: n.status,
  }));
  return { consents, notices };
}

export function forgetLabour(deps: CoreDeps, personId: number): void {
  forgetNoticeReasons(deps.db, personId);
}
