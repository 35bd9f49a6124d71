import type { DB } from '../../db/database.js';
import { UserError } from '../kernel/errors.js';
import { mentoringForm } from './mentoring-form.js';
import type { Programme } from './programme.js';
import { consentOf, insertConsent, setConsentPayBasis, type Consent } from './store/labour.js';

export { consentOf, type Consent } from './store/labour.js';

/**
 * The mentor's consent (Labour Code art. 351.8: mentoring is done with the employee's written
 * consent; its content, term, form and the extra pay go into the contract or an addendum):
 * recorded when the mentor agrees to a programme in the chat, with the programme's term, kind
 * and form as they were then; the school enters the pay basis afterwards. Kept with the
 * programme; the documents print it.
 */

export const MAX_PAY_BASIS = 300;

/** The mentor agreed in the chat: the consent with the programme's terms of that moment (once). */
export function recordConsent(db: DB, p: Programme, personId: number, now: number): void {
  insertConsent(db, {
    programmeId: p.id,
    personId,
    organisationId: p.organisationId,
    agreedAt: now,
    startsOn: p.startsOn,
    endsOn: p.endsOn,
    kind: p.kind,
    form: mentoringForm(p),
  });
}

/** The school enters (or corrects) the pay basis of a mentor's consent: "15% of the salary, order № 12 of 01.09.2026". */
export function setPayBasis(db: DB, programmeId: number, personId: number, text: string, by: number, now: number): Consent {
  const basis = text.trim();
  if (!basis) throw new UserError('labour-pay-empty');
  if (basis.length > MAX_PAY_BASIS) throw new UserError('labour-pay-long', { max: MAX_PAY_BASIS });
  if (!setConsentPayBasis(db, programmeId, personId, basis, by, now)) throw new UserError('labour-no-consent');
  return consentOf(db, programmeId, personId)!;
}
