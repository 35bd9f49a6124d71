import { csvCell } from '../people/csv-cell.js';
import type { SurveyDefinition } from './definition.js';
import type { SurveyResults } from './results.js';

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
  const lines = [table.columns, ...table.rows].map((r) => r.map((c) => csvCell(c)).join(','));
  // A BOM so Excel opens the Cyrillic right.
  return Buffer.from(`\ufeff${lines.join('\r\n')}\r\n`, 'utf8');
}

export interface SummaryLabels {
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
  summary.columns = [
    { header: labels.question, width: 50 },
    { header: labels.option, width: 40 },
    { header: labels.count, width: 12 },
    { header: labels.mean, width: 12 },
    { header: labels.median, width: 12 },
  ];
  for (const q of results.questions) {
    if (q.type === 'text') {
      for (const t of q.texts ?? []) summary.addRow([safe(q.text), safe(t), null, null, null]);
      continue;
    }
    q.bars.forEach((b, i) => summary.addRow([safe(q.text), safe(b.label), b.count, i === 0 ? (q.mean ?? null) : null, i === 0 ? (q.median ?? null) : null]));
  }
  summary.getRow(1).font = { bold: true };
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
