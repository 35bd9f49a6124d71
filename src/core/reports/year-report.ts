import { DateTime } from 'luxon';
import type { Feature, ReportSection, Turn } from '../kernel/feature.js';
import type { CoreDeps } from '../kernel/deps.js';
import type { Language } from '../../i18n/i18n.js';
import { requireRole } from '../kernel/access.js';
import { UserError } from '../kernel/errors.js';
import { textsFor } from '../kernel/contact/texts.js';
import { getOrganisation } from '../kernel/organisation/organisation.js';
import { mentorsAndMenteesBefore, roleCountsBefore } from '../kernel/persons/person.js';
import { fileBase64, registerFileKind, requestFile } from '../kernel/files/files.js';
import { reportDocAction } from './actions.js';
import { mentorRecordSection } from './mentor-record.js';
import { schoolYear, schoolYearOf } from '../kernel/calendar/school-year.js';

/**
 * The year-end report for the final pedagogical council: `/report [year]` gives a short summary
 * in the chat at once and an XLSX workbook a moment later, one sheet per section: participants
 * (for the state statistical form) and each feature's own part (questions, speed sessions,
 * programmes, surveys, mentor recognition). Sections are gathered inside the transaction; the
 * workbook is written outside it.
 */


/**
 * Participants by role, active during the period (the figure for the state statistical form),
 * then every mentor and mentee by name, those with no recorded activity too.
 */
export function participantsSection(deps: CoreDeps, orgId: number, period: { from: number; to: number }, lang: Language): ReportSection {
  const org = getOrganisation(deps.db, orgId);
  const tx = textsFor(deps.i18n, lang, org.timezone);
  const rows = roleCountsBefore(deps.db, orgId, period.to);
  const people = mentorsAndMenteesBefore(deps.db, orgId, period.to);
  const count = (role: string) => rows.find((r) => r.role === role)?.n ?? 0;
  const table: (string | number | null)[][] = ['mentor', 'mentee', 'staff', 'curator'].map((role) => [tx.t(`reports-role-${role}`), count(role)]);
  table.push([], [tx.t('reports-col-person'), tx.t('reports-col-roles'), tx.t('reports-col-position')]);
  for (const p of people) {
    const roles = ['mentor', 'mentee'].filter((r) => p.roles.split(',').includes(r)).map((r) => tx.t(`reports-one-${r}`)).join(', ');
    table.push([p.name ?? '—', p.status === 'deactivated' ? `${roles} (${tx.t('reports-left')})` : roles, p.position ?? '']);
  }
  return {
    sheet: tx.t('reports-participants-sheet').slice(0, 31),
    summary: [tx.t('reports-participants-line', { mentors: count('mentor'), mentees: count('mentee') })],
    columns: [tx.t('reports-col-role'), tx.t('reports-col-count')],
    rows: table,
  };
}

export function yearSections(deps: CoreDeps, features: readonly Feature[], orgId: number, period: { from: number; to: number }, lang: Language): ReportSection[] {
  const sections = [participantsSection(deps, orgId, period, lang)];
  for (const f of features) if (f.yearReport) sections.push(...f.yearReport(deps, orgId, period, lang));
  sections.push(mentorRecordSection(deps, features, orgId, period, lang));
  return sections;
}

export function reportCommand(turn: Turn, args: string): void {
  requireRole(turn.person, 'curator');
  const arg = args.trim();
  let year = schoolYearOf(turn.now, turn.org.timezone);
  if (arg) {
    if (!/^\d{4}$/.test(arg) || Number(arg) < 2000 || Number(arg) > year) throw new UserError('reports-bad-year', { year: String(year) });
    year = Number(arg);
  }
  const period = schoolYear(year, turn.org.timezone);
  const sections = yearSections(turn.deps, turn.features, turn.org.id, period, turn.tx.lang);
  const title = turn.t('reports-title', { from: String(year), to: String(year + 1), org: turn.org.name });
  const summary = [escapeHtml(title), '', ...sections.flatMap((s) => [`<b>${escapeHtml(s.sheet)}</b>`, ...s.summary.map((l) => `• ${escapeHtml(l)}`), ''])];
  // The same figures as the analytical report for the pedagogical council (DOCX), on request.
  turn.reply({ text: summary.join('\n').trim(), format: 'html', buttons: [[{ label: turn.t('reports-button-docx'), action: reportDocAction.encode(year) }]] });
  requestFile(turn.deps, {
    organisationId: turn.org.id,
    personId: turn.person.id,
    kind: 'year-report',
    params: { title, sections, fileName: `report-${year}-${year + 1}.xlsx`, caption: turn.t('reports-file-caption', { from: String(year), to: String(year + 1) }) },
    now: turn.now,
  });
}

function escapeHtml(s: string): string {
  return s.replace(/[<>&]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;' })[c]!);
}

function safe(v: string | number | null): string | number | null {
  return typeof v === 'string' && /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
}

export async function yearReportXlsx(title: string, sections: ReportSection[]): Promise<Buffer> {
  // exceljs is large: loaded on the first report, not with the bot.
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.title = title;
  const used = new Set<string>();
  for (const s of sections) {
    let name = s.sheet.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31) || 'Sheet';
    for (let n = 2; used.has(name); n++) name = `${s.sheet.slice(0, 28)} ${n}`;
    used.add(name);
    const ws = wb.addWorksheet(name);
    // Each sheet says whose report it is and for which year (a printed sheet stands alone).
    ws.addRow([safe(title)]).font = { bold: true, size: 13 };
    for (const line of s.heading ?? []) ws.addRow([safe(line)]);
    ws.addRow([]);
    ws.addRow(s.columns.map(safe)).font = { bold: true };
    for (const r of s.rows) ws.addRow(r.map(safe));
    ws.columns.forEach((c) => (c.width = 24));
  }
  return Buffer.from(await wb.xlsx.writeBuffer({ useSharedStrings: false }));
}

registerFileKind('year-report', async (raw) => {
  const p = raw as { title: string; sections: ReportSection[]; fileName: string; caption: string };
  const xlsx = await yearReportXlsx(p.title, p.sections);
  return [{ text: p.caption, file: { kind: 'document', name: p.fileName, mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', source: fileBase64(xlsx) } }];
});
