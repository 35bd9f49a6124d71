import { csvCell } from '../kernel/files/csv-cell.js';
import type { SurveyDefinition } from './definition.js';
import type { SurveyResults } from './results.js';
import { percentOf } from '../kernel/charts/bar-chart.js';

/**
 * A survey's results as files: CSV (one response a row; formula injection neutralised) and an
 * XLSX workbook (a summary sheet and the responses). Both take rows already filtered by the
 * anonymity rule; an anonymous survey's rows carry no name.
 */

export interface ExportTable {
  columns: string[];
  rows: (string | number)[][];
}

export function surveyCsv(table: ExportTable): Buffer {
  // Semicolons and a BOM: Russian Excel splits on `;` (its list separator) and reads the BOM as UTF-8.
  const lines = [table.columns, ...table.rows].map((r) => r.map((c) => csvCell(c)).join(';'));
  return Buffer.from(`\ufeff${lines.join('\r\n')}\r\n`, 'utf8');
}

export interface SummaryLabels {
  /** Lines above the table: the survey's name, its dates, the respondents. */
  heading: string[];
  percent: string;
  summarySheet: string;
  responsesSheet: string;
  question: string;
  option: string;
  count: string;
  mean: string;
  median: string;
}

/** Neutralises a text cell a spreadsheet would take for a formula. */
function safe(v: string | number): string | number {
  return typeof v === 'string' && /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
}

export async function surveyXlsx(results: SurveyResults, table: ExportTable, labels: SummaryLabels): Promise<Buffer> {
  // exceljs is large: loaded on the first export, not with the bot.
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  const summary = wb.addWorksheet(labels.summarySheet.slice(0, 31));
  for (const [i, line] of labels.heading.entries()) {
    summary.addRow([safe(line)]);
    if (i === 0) summary.getRow(1).font = { bold: true, size: 14 };
  }
  summary.addRow([]);
  const header = summary.addRow([labels.question, labels.option, labels.count, labels.percent, labels.mean, labels.median]);
  header.font = { bold: true };
  summary.views = [{ state: 'frozen', ySplit: header.number }];
  [50, 40, 12, 12, 12, 12].forEach((w, i) => (summary.getColumn(i + 1).width = w));
  for (const q of results.questions) {
    if (q.type === 'text') {
      for (const t of q.texts ?? []) summary.addRow([safe(q.text), safe(t), null, null, null, null]);
      continue;
    }
    // Percentages of the people who answered the question (a multiple choice adds up to more than 100).
    q.bars.forEach((b, i) =>
      summary.addRow([safe(q.text), safe(b.label), b.count, percentOf(b.count, q.answered), i === 0 ? (q.mean ?? null) : null, i === 0 ? (q.median ?? null) : null]),
    );
  }
  const responses = wb.addWorksheet(labels.responsesSheet.slice(0, 31));
  responses.addRow(table.columns.map(safe));
  for (const [i, r] of table.rows.entries()) {
    responses.addRow(r.map(safe));
    // Let the bot take updates while a long sheet is built.
    if (i % 500 === 499) await new Promise((resolve) => setImmediate(resolve));
  }
  responses.getRow(1).font = { bold: true };
  return Buffer.from(await wb.xlsx.writeBuffer({ useSharedStrings: false }));
}

export function columnsOf(definition: SurveyDefinition): string[] {
  return definition.questions.map((q) => q.text);
}
