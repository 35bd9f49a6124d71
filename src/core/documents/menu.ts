import type { Button } from '../../messaging/types.js';
import type { MemberTurn, Turn } from '../kernel/feature.js';
import { requireRole } from '../kernel/access.js';
import { StaleButton, UserError } from '../kernel/errors.js';
import { fileBase64, registerFileKind, requestFile } from '../kernel/files/files.js';
import { schoolYearOf } from '../kernel/calendar/school-year.js';
import { getProgrammeInOrg, listProgrammes, type Programme } from '../programmes/programme.js';
import { nameOf } from '../programmes/views.js';
import { consentOf } from '../programmes/labour-record.js';
import { chartsSvg, svgToPng } from '../surveys/chart.js';
import type { ReportChart } from '../kernel/feature.js';
import { shortLabel } from '../../messaging/labels.js';
import { consentDocAction, orderDocAction, programmeDocAction, reportDocAction } from './actions.js';
import { DOCX_MIME, docxOf } from './docx-file.js';
import type { DocModel } from './model.js';
import { consentDocument, orderDocument, programmeDocument, type ConsentLookup } from './programme-documents.js';
import { yearReportDocument } from './year-report-document.js';

/**
 * `/documents` (curators): a menu of the documents for signing; each press takes a snapshot of
 * the data and asks for the DOCX, which is written outside the transaction and sent as a file
 * through the outbox, like the XLSX report.
 */

const MENU_PROGRAMMES = 15;
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

export function documentsCommand(turn: Turn): void {
  requireRole(turn.person, 'curator');
  const year = schoolYearOf(turn.now, turn.org.timezone);
  const programmes = programmesOfYear(turn, year, ['proposed', 'active', 'ended']).reverse();
  const buttons: Button[][] = [
    [{ label: turn.t('documents-button-order'), action: orderDocAction.encode() }],
    [{ label: turn.t('documents-button-report', { from: String(year), to: String(year + 1) }), action: reportDocAction.encode(year) }],
  ];
  for (const p of programmes.slice(0, MENU_PROGRAMMES)) {
    buttons.push([
      { label: shortLabel(turn.t('documents-button-programme', { id: p.id, mentor: nameOf(turn.deps.db, p.mentorId) })), action: programmeDocAction.encode(p.id) },
      { label: turn.t('documents-button-consent'), action: consentDocAction.encode(p.id) },
    ]);
  }
  const lines = [turn.t('documents-menu')];
  if (!programmes.length) lines.push(turn.t('documents-menu-no-programmes'));
  else if (programmes.length > MENU_PROGRAMMES) lines.push(turn.t('documents-menu-more', { count: programmes.length - MENU_PROGRAMMES }));
  turn.reply({ text: lines.join('\n\n'), buttons });
}

function send(turn: MemberTurn, model: DocModel, fileName: string, note?: string): void {
  requestFile(turn.deps, {
    organisationId: turn.org.id,
    personId: turn.person.id,
    kind: 'documents.docx',
    params: { model, fileName, caption: model.title },
    now: turn.now,
  });
  turn.reply([note, turn.t('documents-preparing', { title: model.title })].filter(Boolean).join('\n\n'));
}

export function onOrderDoc(turn: MemberTurn): void {
  requireRole(turn.person, 'curator');
  const year = schoolYearOf(turn.now, turn.org.timezone);
  const programmes = programmesOfYear(turn, year, ['proposed', 'active']);
  if (!programmes.length) throw new UserError('documents-no-programmes');
  send(turn, orderDocument(turn.deps.db, turn.tx, turn.org, programmes, year, consentLookup), `order-${year}-${year + 1}.docx`);
}

export function onReportDoc(turn: MemberTurn, [year]: [number]): void {
  requireRole(turn.person, 'curator');
  const current = schoolYearOf(turn.now, turn.org.timezone);
  if (year < 2000 || year > current) throw new StaleButton();
  send(turn, yearReportDocument(turn.deps, turn.features, turn.tx, turn.org, year), `report-${year}-${year + 1}.docx`);
}

function programmeOf(turn: Turn, id: number): Programme {
  requireRole(turn.person, 'curator');
  const p = getProgrammeInOrg(turn.deps.db, turn.org.id, id);
  if (!p) throw new UserError('programmes-not-found');
  return p;
}

export function onProgrammeDoc(turn: MemberTurn, [id]: [number]): void {
  const p = programmeOf(turn, id);
  const { model, planEmpty } = programmeDocument(turn.deps.db, turn.tx, turn.org, p.id, turn.now);
  send(turn, model, `programme-${p.id}.docx`, planEmpty ? turn.t('documents-plan-empty-note', { id: p.id }) : undefined);
}

export function onConsentDoc(turn: MemberTurn, [id]: [number]): void {
  const p = programmeOf(turn, id);
  if (p.mentorId === null) throw new UserError('documents-no-mentor');
  send(turn, consentDocument(turn.deps.db, turn.tx, turn.org, p.id, consentLookup), `consent-${p.id}.docx`);
}

/** A chart as a picture for the DOCX (the surveys' bar chart, rendered with resvg). */
async function chartPicture(chart: ReportChart): Promise<{ png: Buffer; width: number; height: number } | null> {
  const svg = chartsSvg([chart]);
  const m = /width="(\d+)" height="(\d+)"/.exec(svg);
  return { png: await svgToPng(svg), width: Number(m?.[1] ?? 800), height: Number(m?.[2] ?? 400) };
}

registerFileKind('documents.docx', async (raw) => {
  const p = raw as { model: DocModel; fileName: string; caption: string };
  const bytes = await docxOf(p.model, chartPicture);
  return [{ text: p.caption, file: { kind: 'document', name: p.fileName, mime: DOCX_MIME, source: fileBase64(bytes) } }];
});
