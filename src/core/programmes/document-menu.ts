import type { Button } from '../../messaging/types.js';
import { shortLabel } from '../../messaging/labels.js';
import type { DocumentsOffer, MemberTurn, Turn } from '../kernel/feature.js';
import { requireRole } from '../kernel/access.js';
import { UserError } from '../kernel/errors.js';
import { schoolYearOf } from '../kernel/calendar/school-year.js';
import { sendDocument } from '../kernel/documents/document-file.js';
import { getProgrammeInOrg, listProgrammes, type Programme } from './programme.js';
import { nameOf } from './views.js';
import { consentOf } from './labour-record.js';
import { consentDocAction, orderDocAction, programmeDocAction } from './actions.js';
import { consentDocument, orderDocument, programmeDocument, type ConsentLookup } from './documents.js';

/**
 * Programmes' part of /documents: the order assigning mentors for the school year, and for each
 * programme of the year its own document and the mentor's consent. Each press takes a snapshot
 * and asks for the DOCX (written outside the transaction).
 */

/** What the labour-law record knows of a mentor's consent: when they agreed in the chat, the pay basis the school entered. */
const consentLookup: ConsentLookup = (db, programmeId, mentorId) => {
  const c = consentOf(db, programmeId, mentorId);
  return c ? { agreedAt: c.agreedAt, payBasis: c.payBasis } : null;
};

/** Programmes of a school year (proposed, active or ended within it), newest first. */
function programmesOfYear(turn: Turn, year: number, statuses: Programme['status'][]): Programme[] {
  const from = `${year}-09-01`;
  const to = `${year + 1}-08-31`;
  return listProgrammes(turn.deps.db, turn.org.id, statuses).filter((p) => p.startsOn <= to && p.endsOn >= from);
}

export function programmeDocuments(turn: MemberTurn, year: number): DocumentsOffer {
  const programmes = programmesOfYear(turn, year, ['proposed', 'active', 'ended']).reverse();
  const rows: Button[][] = programmes.map((p) => [
    { label: shortLabel(turn.t('documents-button-programme', { id: p.id, mentor: nameOf(turn.deps.db, p.mentorId) })), action: programmeDocAction.encode(p.id) },
    { label: turn.t('documents-button-consent'), action: consentDocAction.encode(p.id) },
  ]);
  const lines = programmes.length ? [] : [turn.t('documents-menu-no-programmes')];
  return { yearWide: [{ label: turn.t('documents-button-order'), action: orderDocAction.encode() }], rows, lines };
}

export function onOrderDoc(turn: MemberTurn): void {
  requireRole(turn.person, 'curator');
  const year = schoolYearOf(turn.now, turn.org.timezone);
  const programmes = programmesOfYear(turn, year, ['proposed', 'active']);
  if (!programmes.length) throw new UserError('documents-no-programmes');
  sendDocument(turn, orderDocument(turn.deps.db, turn.tx, turn.org, programmes, year, consentLookup), `order-${year}-${year + 1}.docx`);
}

function programmeOf(turn: MemberTurn, id: number): Programme {
  requireRole(turn.person, 'curator');
  const p = getProgrammeInOrg(turn.deps.db, turn.org.id, id);
  if (!p) throw new UserError('programmes-not-found');
  return p;
}

export function onProgrammeDoc(turn: MemberTurn, [id]: [number]): void {
  const p = programmeOf(turn, id);
  const { model, planEmpty } = programmeDocument(turn.deps.db, turn.tx, turn.org, p.id, turn.now);
  sendDocument(turn, model, `programme-${p.id}.docx`, planEmpty ? turn.t('documents-plan-empty-note', { id: p.id }) : undefined);
}

export function onConsentDoc(turn: MemberTurn, [id]: [number]): void {
  const p = programmeOf(turn, id);
  if (p.mentorId === null) throw new UserError('documents-no-mentor');
  sendDocument(turn, consentDocument(turn.deps.db, turn.tx, turn.org, p.id, consentLookup), `consent-${p.id}.docx`);
}
