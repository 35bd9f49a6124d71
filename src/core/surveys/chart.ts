import { existsSync } from 'node:fs';
import type { Bar } from './results.js';

/** A horizontal bar chart of one question's distribution: SVG, rendered to PNG with resvg. Slow: only outside a transaction. */

const WIDTH = 800;
const ROW = 36;

function escapeXml(s: string): string {
  return s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

function clip(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

export function barChartSvg(title: string, bars: Bar[]): string {
  const top = 60;
  const height = top + bars.length * ROW + 20;
  const max = Math.max(1, ...bars.map((b) => b.count));
  const total = bars.reduce((a, b) => a + b.count, 0) || 1;
  const labelW = 300;
  const barW = WIDTH - labelW - 90;
  const rows = bars
    .map((b, i) => {
      const y = top + i * ROW;
      const w = Math.round((b.count / max) * barW);
      const pct = Math.round((100 * b.count) / total);
      return (
        `<text x="${labelW - 10}" y="${y + 22}" text-anchor="end" font-size="15">${escapeXml(clip(b.label, 36))}</text>` +
        `<rect x="${labelW}" y="${y + 6}" width="${w}" height="${ROW - 12}" fill="#3b82f6" rx="3"/>` +
        `<text x="${labelW + w + 8}" y="${y + 22}" font-size="14">${b.count} (${pct}%)</text>`
      );
    })
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="DejaVu Sans, Arial, sans-serif">` +
    `<rect width="100%" height="100%" fill="#ffffff"/>` +
    `<text x="20" y="34" font-size="18" font-weight="bold">${escapeXml(clip(title, 70))}</text>` +
    rows +
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
