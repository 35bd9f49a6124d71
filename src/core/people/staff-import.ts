import { parse } from 'csv-parse/sync';
import type { Turn } from '../kernel/feature.js';
import { requireRole } from '../kernel/access.js';
import { listTopics } from '../kernel/organisation/topics.js';
import { createInvitation, pendingPrefillNames, setPrefill, type Prefill } from './invitations.js';
import { invitationLink } from './invite-flow.js';
import { lowerNamesOnBooks, ROLES, type Role } from '../kernel/persons/person.js';
import { csvCell } from '../kernel/files/csv-cell.js';

/**
 * Importing staff from a CSV file (often exported from Excel in cp1251 with ";" between
 * columns). Each accepted row becomes a personal invitation with the profile prefilled; the
 * curator gets back a file of names with their links and codes to hand out. Rows are checked
 * one by one and the report says which were rejected and why; nothing is half-imported.
 */

export const MAX_IMPORT_ROWS = 2000;
const INVITATION_DAYS = 30;

const HEADERS: Record<keyof Omit<Prefill, 'roles'> | 'roles', string[]> = {
  fullName: ['фио', 'name', 'full name', 'full_name', 'имя'], // words people type
  position: ['должность', 'position'], // words people type
  roles: ['роли', 'роль', 'roles', 'role'], // words people type
  offers: ['помогает', 'может помочь', 'offers', 'помогает в темах', 'темы (помогает)'], // words people type
  wants: ['нужна помощь', 'хочет помощь', 'wants', 'темы (нужна помощь)'], // words people type
};

const ROLE_WORDS: Record<string, Role> = {
  куратор: 'curator', // words people type
  наставник: 'mentor', // words people type
  наставляемый: 'mentee', // words people type
  наставляемая: 'mentee', // words people type
  сотрудник: 'staff', // words people type
  администратор: 'admin', // words people type
};

/** UTF-8 (with or without BOM) if it is valid UTF-8, else Windows-1251 (Excel's Russian default). */
export function decodeCsv(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    // Node's own decoder (ICU) knows Windows-1251: no library held in memory for a rare import.
    return new TextDecoder('windows-1251').decode(bytes);
  }
}

export interface ImportRow {
  line: number;
  prefill?: Prefill;
  problem?: string;
}

/** Parses and checks every row; throws a user-facing key for a file that is wrong as a whole. */
export function readStaffCsv(turn: Turn, bytes: Buffer): ImportRow[] {
  const text = decodeCsv(bytes);
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) >= (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  let records: string[][];
  try {
    records = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: true, trim: true, bom: true }) as string[][];
  } catch {
    throw new ImportProblem('import-bad-csv');
  }
  if (records.length < 2) throw new ImportProblem('import-empty');
  if (records.length - 1 > MAX_IMPORT_ROWS) throw new ImportProblem('import-too-many', { max: MAX_IMPORT_ROWS, count: records.length - 1 });
  const header = records[0]!.map((h) => h.toLocaleLowerCase('ru').trim());
  const col = (field: keyof typeof HEADERS) => header.findIndex((h) => HEADERS[field].includes(h));
  const idx = { fullName: col('fullName'), position: col('position'), roles: col('roles'), offers: col('offers'), wants: col('wants') };
  if (idx.fullName < 0) throw new ImportProblem('import-bad-columns');

  const topics = listTopics(turn.deps.db, turn.org.id);
  const topicByWord = new Map<string, number>();
  for (const t of topics) {
    topicByWord.set(t.code, t.id);
    topicByWord.set(t.titleRu.toLocaleLowerCase('ru'), t.id);
    topicByWord.set(t.titleEn.toLowerCase(), t.id);
  }
  const existing = new Set(lowerNamesOnBooks(turn.deps.db, turn.org.id));
  const pending = new Set(pendingPrefillNames(turn.deps.db, turn.org.id, turn.now));
  const seen = new Set<string>();

  return records.slice(1).map((cells, i): ImportRow => {
    const line = i + 2;
    const cell = (k: number) => (k >= 0 ? (cells[k] ?? '').trim() : '');
    const fullName = cell(idx.fullName).replace(/\s+/g, ' ');
    if (fullName.length < 2 || fullName.length > 120 || !/\p{L}/u.test(fullName)) return { line, problem: turn.t('import-row-bad-name') };
    const key = fullName.toLocaleLowerCase('ru');
    if (seen.has(key)) return { line, problem: turn.t('import-row-duplicate-file') };
    if (existing.has(key) || pending.has(key)) return { line, problem: turn.t('import-row-duplicate-existing') };
    seen.add(key);
    const position = cell(idx.position).slice(0, 80);
    const roles: Role[] = [];
    for (const word of splitList(cell(idx.roles))) {
      const role = (ROLES as readonly string[]).includes(word) ? (word as Role) : ROLE_WORDS[word];
      if (!role || role === 'admin') return { line, problem: turn.t('import-row-bad-role', { role: word }) };
      roles.push(role);
    }
    const topicIds = (field: 'offers' | 'wants'): number[] | string => {
      const ids: number[] = [];
      for (const word of splitList(cell(idx[field]))) {
        const id = topicByWord.get(word);
        if (id === undefined) return word;
        ids.push(id);
      }
      return ids;
    };
    const offers = topicIds('offers');
    if (typeof offers === 'string') return { line, problem: turn.t('import-row-bad-topic', { topic: offers }) };
    const wants = topicIds('wants');
    if (typeof wants === 'string') return { line, problem: turn.t('import-row-bad-topic', { topic: wants }) };
    return { line, prefill: { fullName, position, roles: roles.length ? [...new Set(roles)] : ['staff'], offers, wants } };
  });
}

function splitList(cell: string): string[] {
  return cell
    .split(/[,;/]+/)
    .map((w) => w.trim().toLocaleLowerCase('ru'))
    .filter(Boolean);
}

export class ImportProblem extends Error {
  constructor(
    readonly key: string,
    readonly args: Record<string, number> = {},
  ) {
    super(key);
  }
}

/** Imports the file: invitations for the accepted rows, a report, and the file of links. */
export function importStaff(turn: Turn, bytes: Buffer): void {
  requireRole(turn.person, 'curator');
  let rows: ImportRow[];
  try {
    rows = readStaffCsv(turn, bytes);
  } catch (err) {
    if (err instanceof ImportProblem) {
      turn.reply(turn.t(err.key, err.args));
      return;
    }
    throw err;
  }
  const accepted = rows.filter((r) => r.prefill);
  const rejected = rows.filter((r) => r.problem);
  const out: string[][] = [[turn.t('import-col-name'), turn.t('import-col-role'), turn.t('import-col-code'), turn.t('import-col-link')]];
  for (const row of accepted) {
    const p = row.prefill!;
    const primary = p.roles.find((r) => r !== 'admin') ?? 'staff';
    const inv = createInvitation(turn.deps.db, {
      organisationId: turn.org.id,
      role: primary as 'curator' | 'mentor' | 'mentee' | 'staff',
      createdBy: turn.person.id,
      maxUses: 1,
      days: INVITATION_DAYS,
      now: turn.now,
    });
    setPrefill(turn.deps.db, inv.id, p);
    out.push([p.fullName, p.roles.map((r) => turn.t(`role-${r}`)).join(', '), `/start ${inv.code}`, invitationLink(turn, inv.code) ?? '']);
  }
  const lines = rejected.slice(0, 30).map((r) => turn.t('import-rejected-line', { line: r.line, problem: r.problem! }));
  const more = rejected.length > 30 ? `\n${turn.t('import-rejected-more', { count: rejected.length - 30 })}` : '';
  turn.reply(
    `${turn.t('import-report', { accepted: accepted.length, rejected: rejected.length, days: INVITATION_DAYS })}${lines.length ? `\n\n${lines.join('\n')}${more}` : ''}`,
  );
  if (accepted.length) {
    const csv = `\uFEFF${out.map((r) => r.map(csvCell).join(';')).join('\r\n')}\r\n`;
    turn.reply({
      text: turn.t('import-links-file'),
      file: { kind: 'document', name: 'invitations.csv', mime: 'text/csv', source: { type: 'bytes', base64: Buffer.from(csv, 'utf8').toString('base64') } },
    });
  }
}
