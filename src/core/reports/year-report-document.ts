import type { CoreDeps } from '../kernel/deps.js';
import type { DocumentsOffer, Feature, MemberTurn } from '../kernel/feature.js';
import { requireRole } from '../kernel/access.js';
import { StaleButton } from '../kernel/errors.js';
import { sendDocument } from '../kernel/documents/document-file.js';
import { reportDocAction } from './actions.js';
import type { Texts } from '../kernel/contact/texts.js';
import type { Organisation } from '../kernel/organisation/organisation.js';
import { yearSections } from './year-report.js';
import { schoolYear, schoolYearOf } from '../kernel/calendar/school-year.js';
import { blank, heading, para, table, type Block, type DocModel } from '../kernel/documents/model.js';

/**
 * The analytical report for the final pedagogical council: the participants, every capability's
 * figures of the year (the same sections as the XLSX report), the survey results with charts,
 * and the conclusions and proposals left blank for the curator to write.
 */

/** Rows of one table in the document; a longer list is in the XLSX. */
const MAX_ROWS = 300;

export function yearReportDocument(deps: CoreDeps, features: readonly Feature[], tx: Texts, org: Organisation, year: number): DocModel {
  const sections = yearSections(deps, features, org.id, schoolYear(year, org.timezone), tx.lang);
  const years = { from: String(year), to: String(year + 1) };
  const blocks: Block[] = [heading(tx.t('documents-report-heading', years), 1), para(tx.t('documents-report-intro', { org: org.name, ...years }), { align: 'justify' })];
  sections.forEach((s, i) => {
    blocks.push(heading(`${i + 1}. ${s.sheet}`, 2));
    for (const line of s.summary) blocks.push(para(line));
    if (s.rows.length) {
      blocks.push(table(s.columns, s.rows.slice(0, MAX_ROWS)));
      if (s.rows.length > MAX_ROWS) blocks.push(para(tx.t('documents-report-more-rows', { count: s.rows.length - MAX_ROWS }), { italic: true }));
    }
    for (const c of s.charts ?? []) blocks.push({ kind: 'chart', ...c });
  });
  const n = sections.length;
  blocks.push(heading(`${n + 1}. ${tx.t('documents-report-conclusions')}`, 2), blank('', 6));
  blocks.push(heading(`${n + 2}. ${tx.t('documents-report-proposals')}`, 2), blank('', 4));
  blocks.push(blank(tx.t('documents-sign-curator')), blank(tx.t('documents-sign-date')));
  return { title: tx.t('documents-report-title', years), organisation: org.name, blocks };
}

/** Reports' part of /documents: the analytical report of the school year. */
export function reportDocuments(turn: MemberTurn, year: number): DocumentsOffer {
  return { yearWide: [{ label: turn.t('documents-button-report', { from: String(year), to: String(year + 1) }), action: reportDocAction.encode(year) }] };
}

export function onReportDoc(turn: MemberTurn, [year]: [number]): void {
  requireRole(turn.person, 'curator');
  const current = schoolYearOf(turn.now, turn.org.timezone);
  if (year < 2000 || year > current) throw new StaleButton();
  sendDocument(turn, yearReportDocument(turn.deps, turn.features, turn.tx, turn.org, year), `report-${year}-${year + 1}.docx`);
}
