/**
 * One CSV cell, quoted when needed, with spreadsheet formula injection neutralised: a cell
 * starting with =, +, -, @ (or a tab or carriage return) gets a leading apostrophe.
 */
export function csvCell(value: string | number | null | undefined): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[";\r\n,]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
