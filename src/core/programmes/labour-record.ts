import type { DB } from '../../db/database.js';
import { statement } from '../../db/statement-cache.js';
import { UserError } from '../kernel/errors.js';
import { mentoringForm, type MentoringForm } from './mentoring-form.js';
import type { Programme } from './programme.js';

/**
 * The mentor's consent (Labour Code art. 351.8: mentoring is done with the employee's written
 * consent; its content, term, form and the extra pay go into the contract or an addendum):
 * recorded when the mentor agrees to a programme in the chat, with the programme's term, kind
 * and form as they were then; the school enters the pay basis afterwards. Kept with the
 * programme; the documents print it.
 */

export const MAX_PAY_BASIS = 300;

export interface Consent {
  programmeId: number;
  personId: number;
  agreedAt: number;
  startsOn: string;
  endsOn: string;
  kind: string;
  form: MentoringForm;
  payBasis: string | null;
  payEnteredAt: number | null;
}

interface Row {
  programme_id: number;
  person_id: number;
  agreed_at: number;
  starts_on: string;
  ends_on: string;
  kind: string;
  form: MentoringForm;
  pay_basis: string | null;
  pay_entered_at: number | null;
}

const fromRow = (r: Row): Consent => ({
  programmeId: r.programme_id,
  personId: r.person_id,
  agreedAt: r.agreed_at,
  startsOn: r.starts_on,
  endsOn: r.ends_on,
  kind: r.kind,
  form: r.form,
  payBasis: r.pay_basis,
  payEnteredAt: r.pay_entered_at,
});

/** The mentor agreed in the chat: the consent with the programme's terms of that moment (once). */
export function recordConsent(db: DB, p: Programme, personId: number, now: number): void {
  statement(
    db,
    `INSERT INTO mentoring_consents (programme_id, person_id, organisation_id, agreed_at, starts_on, ends_on, kind, form)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
  ).run(p.id, personId, p.organisationId, now, p.startsOn, p.endsOn, p.kind, mentoringForm(p));
}

export function consentOf(db: DB, programmeId: number, personId: number): Consent | null {
  const r = statement(db, 'SELECT * FROM mentoring_consents WHERE programme_id = ? AND person_id = ?').get(programmeId, personId) as Row | undefined;
  return r ? fromRow(r) : null;
}

/** The school enters (or corrects) the pay basis of a mentor's consent: "15% of the salary, order № 12 of 01.09.2026". */
export function setPayBasis(db: DB, programmeId: number, personId: number, text: string, by: number, now: number): Consent {
  const basis = text.trim();
  if (!basis) throw new UserError('labour-pay-empty');
  if (basis.length > MAX_PAY_BASIS) throw new UserError('labour-pay-long', { max: MAX_PAY_BASIS });
  const changed = statement(db, 'UPDATE mentoring_consents SET pay_basis = ?, pay_entered_by = ?, pay_entered_at = ? WHERE programme_id = ? AND person_id = ?').run(
    basis,
    by,
    now,
    programmeId,
    personId,
  ).changes;
  if (!changed) throw new UserError('labour-no-consent');
  return consentOf(db, programmeId, personId)!;
}
