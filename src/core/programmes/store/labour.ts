import type { DB } from '../../../db/database.js';
import { statement } from '../../../db/statement-cache.js';
import type { MentoringForm } from '../mentoring-form.js';

/**
 * The programme store, the labour record (Labour Code art. 351.8): the mentor's consents
 * (`mentoring_consents`) and the notices of ending a programme early (`programme_notices`).
 */

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

interface ConsentRow {
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

const consentFromRow = (r: ConsentRow): Consent => ({
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

/** A mentor's consent with the programme's terms of that moment; a second one for the same programme is ignored. */
export function insertConsent(
  db: DB,
  c: { programmeId: number; personId: number; organisationId: number; agreedAt: number; startsOn: string; endsOn: string; kind: string; form: MentoringForm },
): void {
  statement(
    db,
    `INSERT INTO mentoring_consents (programme_id, person_id, organisation_id, agreed_at, starts_on, ends_on, kind, form)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
  ).run(c.programmeId, c.personId, c.organisationId, c.agreedAt, c.startsOn, c.endsOn, c.kind, c.form);
}

export function consentOf(db: DB, programmeId: number, personId: number): Consent | null {
  const r = statement(db, 'SELECT * FROM mentoring_consents WHERE programme_id = ? AND person_id = ?').get(programmeId, personId) as ConsentRow | undefined;
  return r ? consentFromRow(r) : null;
}

/** The pay basis of a consent, entered by `by`; false when there is no such consent. */
export function setConsentPayBasis(db: DB, programmeId: number, personId: number, basis: string, by: number, now: number): boolean {
  return (
    statement(db, 'UPDATE mentoring_consents SET pay_basis = ?, pay_entered_by = ?, pay_entered_at = ? WHERE programme_id = ? AND person_id = ?').run(
      basis,
      by,
      now,
      programmeId,
      personId,
    ).changes > 0
  );
}

export type NoticeSide = 'mentor' | 'mentee' | 'curator';

export interface Notice {
  id: number;
  organisationId: number;
  programmeId: number;
  givenBy: number | null;
  side: NoticeSide;
  reason: string | null;
  givenAt: number;
  endsOn: string;
  endsAt: number;
  status: 'running' | 'withdrawn' | 'done';
}

interface NoticeRow {
  id: number;
  organisation_id: number;
  programme_id: number;
  given_by: number | null;
  side: NoticeSide;
  reason: string | null;
  given_at: number;
  ends_on: string;
  ends_at: number;
  status: Notice['status'];
}

const noticeFromRow = (r: NoticeRow): Notice => ({
  id: r.id,
  organisationId: r.organisation_id,
  programmeId: r.programme_id,
  givenBy: r.given_by,
  side: r.side,
  reason: r.reason,
  givenAt: r.given_at,
  endsOn: r.ends_on,
  endsAt: r.ends_at,
  status: r.status,
});

export function getNotice(db: DB, id: number): Notice | null {
  const r = statement(db, 'SELECT * FROM programme_notices WHERE id = ?').get(id) as NoticeRow | undefined;
  return r ? noticeFromRow(r) : null;
}

export function runningNotice(db: DB, programmeId: number): Notice | null {
  const r = statement(db, `SELECT * FROM programme_notices WHERE programme_id = ? AND status = 'running'`).get(programmeId) as NoticeRow | undefined;
  return r ? noticeFromRow(r) : null;
}

/** A notice given, running; its id. */
export function insertNotice(
  db: DB,
  n: { organisationId: number; programmeId: number; givenBy: number; side: NoticeSide; reason: string | null; givenAt: number; endsOn: string; endsAt: number },
): number {
  return Number(
    statement(
      db,
      `INSERT INTO programme_notices (organisation_id, programme_id, given_by, side, reason, given_at, ends_on, ends_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(n.organisationId, n.programmeId, n.givenBy, n.side, n.reason, n.givenAt, n.endsOn, n.endsAt).lastInsertRowid,
  );
}

export function markNoticeWithdrawn(db: DB, noticeId: number, by: number, now: number): void {
  statement(db, `UPDATE programme_notices SET status = 'withdrawn', withdrawn_at = ?, withdrawn_by = ? WHERE id = ?`).run(now, by, noticeId);
}

/** The notice ran out. */
export function markNoticeDone(db: DB, noticeId: number): void {
  statement(db, `UPDATE programme_notices SET status = 'done' WHERE id = ?`).run(noticeId);
}

/** A person's consents, as /my_data shows them. */
export function consentsOfPerson(
  db: DB,
  personId: number,
): { programmeId: number; agreedAt: number; startsOn: string; endsOn: string; kind: string; form: string; payBasis: string | null }[] {
  return statement(
    db,
    'SELECT programme_id AS programmeId, agreed_at AS agreedAt, starts_on AS startsOn, ends_on AS endsOn, kind, form, pay_basis AS payBasis FROM mentoring_consents WHERE person_id = ? ORDER BY programme_id',
  ).all(personId) as { programmeId: number; agreedAt: number; startsOn: string; endsOn: string; kind: string; form: string; payBasis: string | null }[];
}

/** The notices a person gave, as /my_data shows them. */
export function noticesGivenBy(
  db: DB,
  personId: number,
): { programmeId: number; side: string; reason: string | null; givenAt: number; endsOn: string; status: string }[] {
  return statement(
    db,
    'SELECT programme_id AS programmeId, side, reason, given_at AS givenAt, ends_on AS endsOn, status FROM programme_notices WHERE given_by = ? ORDER BY id',
  ).all(personId) as { programmeId: number; side: string; reason: string | null; givenAt: number; endsOn: string; status: string }[];
}

/** The reasons a person wrote in their notices go (/forget); the notices stay. */
export function forgetNoticeReasons(db: DB, personId: number): void {
  statement(db, 'UPDATE programme_notices SET reason = NULL WHERE given_by = ?').run(personId);
}
