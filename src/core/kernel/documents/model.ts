/**
 * A document for signing as plain data: headings, paragraphs, tables, blank lines to fill in,
 * charts, page breaks, every text already in the reader's language. The handler builds it inside
 * the update's transaction (a snapshot of the data); the DOCX is written outside it
 * (docx-file.ts), so nothing slow holds the database.
 */

export interface ChartBar {
  label: string;
  count: number;
}

export type Block =
  | { kind: 'heading'; text: string; level: 1 | 2 | 3 }
  | { kind: 'paragraph'; text: string; bold?: boolean; align?: 'left' | 'center' | 'right' | 'justify'; italic?: boolean }
  /** A line to fill in by hand: a label, then a long underline. */
  | { kind: 'blank'; label: string; lines?: number }
  | { kind: 'table'; columns: string[]; rows: (string | number | null)[][] }
  | { kind: 'chart'; title: string; bars: ChartBar[]; respondents: number; footer: string }
  | { kind: 'page-break' };

export interface DocModel {
  /** The document's title (its properties, and the file's caption). */
  title: string;
  /** The organisation's name, printed at the top of each document. */
  organisation: string;
  blocks: Block[];
}

export const heading = (text: string, level: 1 | 2 | 3 = 2): Block => ({ kind: 'heading', text, level });
export const para = (text: string, opts: { bold?: boolean; align?: 'left' | 'center' | 'right' | 'justify'; italic?: boolean } = {}): Block => ({ kind: 'paragraph', text, ...opts });
export const blank = (label: string, lines = 1): Block => ({ kind: 'blank', label, lines });
export const table = (columns: string[], rows: (string | number | null)[][]): Block => ({ kind: 'table', columns, rows });
export const pageBreak: Block = { kind: 'page-break' };
