import { existsSync } from 'node:fs';

/** One bar: an answer and how many chose it. */
export interface Bar {
  label: string;
  count: number;
}

/** A share in whole per cent of the people who answered (0 when nobody did). */
export function percentOf(count: number, respondents: number): number {
  return respondents > 0 ? Math.round((100 * count) / respondents) : 0;
}

/**
 * Bar charts (a survey's questions, in the chat and in documents): SVG, rendered to PNG with resvg. Slow: only outside a
 * transaction. Each chart says its question (wrapped, not cut), the survey's name, how many
 * answered it and the date; a bar's percentage is of the people who answered the question (in a
 * multiple-choice question the bars add up to more than 100 %). All charts of a survey are
 * stacked into one picture, so the curator gets them together.
 */

const WIDTH = 800;
const ROW = 36;
const TITLE_LINE = 24;
const TITLE_CHARS = 62;
const LABEL_CHARS = 34;

export interface ChartSpec {
  /** The question. */
  title: string;
  bars: Bar[];
  /** People who answered this question: the base of the percentages. */
  respondents: number;
  /** The line under the title: the survey's name, n and the date, in the reader's language. */
  footer: string;
}

function escapeXml(s: string): string {
  return s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** Splits a text into lines of at most `width` characters at spaces (a longer word is split). */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (let word of text.trim().split(/\s+/)) {
    while (word.length > width) {
      if (line) lines.push(line), (line = '');
      lines.push(word.slice(0, width));
      word = word.slice(width);
    }
    if (!word) continue;
    if (!line) line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else lines.push(line), (line = word);
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}


/** One chart as SVG elements starting at `top`; returns them and the height used. */
function chartBlock(c: ChartSpec, top: number): { svg: string; height: number } {
  const title = wrap(c.title, TITLE_CHARS);
  const labelW = 300;
  const barW = WIDTH - labelW - 110;
  let y = top + 30;
  let svg = title.map((l, i) => `<text x="20" y="${y + i * TITLE_LINE}" font-size="18" font-weight="bold">${escapeXml(l)}</text>`).join('');
  y += (title.length - 1) * TITLE_LINE + 24;
  svg += `<text x="20" y="${y}" font-size="14" fill="#555555">${escapeXml(c.footer)}</text>`;
  y += 16;
  for (const b of c.bars) {
    const label = wrap(b.label, LABEL_CHARS).slice(0, 2);
    const rowH = ROW + (label.length - 1) * 18;
    const w = Math.round((Math.min(b.count, Math.max(1, c.respondents)) / Math.max(1, c.respondents)) * barW);
    svg +=
      label.map((l, i) => `<text x="${labelW - 10}" y="${y + 22 + i * 18}" text-anchor="end" font-size="15">${escapeXml(l)}</text>`).join('') +
      `<rect x="${labelW}" y="${y + 6}" width="${w}" height="${ROW - 12}" fill="#3b82f6" rx="3"/>` +
      `<text x="${labelW + w + 8}" y="${y + 22}" font-size="14">${b.count} (${percentOf(b.count, c.respondents)}%)</text>`;
    y += rowH;
  }
  return { svg, height: y - top + 20 };
}

/** All charts, one under another, in one picture. */
export function chartsSvg(charts: ChartSpec[]): string {
  let y = 0;
  let body = '';
  for (const [i, c] of charts.entries()) {
    if (i > 0) body += `<line x1="20" x2="${WIDTH - 20}" y1="${y}" y2="${y}" stroke="#dddddd"/>`;
    const block = chartBlock(c, y);
    body += block.svg;
    y += block.height;
  }
  const height = Math.max(y, 40);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="DejaVu Sans, Arial, sans-serif">` +
    `<rect width="100%" height="100%" fill="#ffffff"/>` +
    body +
    `</svg>`
  );
}

const DEJAVU = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
const DEJAVU_BOLD = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf';

/** With DejaVu (Cyrillic) where it is installed, loaded alone (fast); else every system font. */
function fontOptions() {
  return existsSync(DEJAVU)
    ? { fontFiles: [DEJAVU, ...(existsSync(DEJAVU_BOLD) ? [DEJAVU_BOLD] : [])], loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' }
    : { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' };
}

/** resvg (a native renderer) is loaded on the first picture, not with the bot. */
export async function svgToPng(svg: string): Promise<Buffer> {
  const { Resvg } = await import('@resvg/resvg-js');
  const resvg = new Resvg(svg, { font: fontOptions(), background: '#ffffff' });
  return Buffer.from(resvg.render().asPng());
}
