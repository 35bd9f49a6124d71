import type { ReportChart } from '../feature.js';
import type { Block, DocModel } from './model.js';

/**
 * Writes a DocModel as a DOCX with the `docx` library (built in code: the documents are made of
 * the bot's data, tables of any length and charts; no template to keep in step with the code).
 * Async and slow-ish: only outside a transaction. Texts are inserted as text runs, so quotes,
 * apostrophes and angle brackets in names are escaped by the library, never spliced into XML.
 */

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export async function docxOf(model: DocModel, renderChart?: (chart: ReportChart) => Promise<{ png: Buffer; width: number; height: number } | null>): Promise<Buffer> {
  // docx is large: loaded on the first document, not with the bot.
  const d = await import('docx');
  const children: (InstanceType<typeof d.Paragraph> | InstanceType<typeof d.Table>)[] = [];
  const run = (text: string, opts: { bold?: boolean; italics?: boolean; size?: number } = {}) => new d.TextRun({ text, ...opts });
  const align = (a?: string) =>
    a === 'center' ? d.AlignmentType.CENTER : a === 'right' ? d.AlignmentType.RIGHT : a === 'justify' ? d.AlignmentType.JUSTIFIED : d.AlignmentType.LEFT;

  children.push(new d.Paragraph({ alignment: d.AlignmentType.CENTER, children: [run(model.organisation, { bold: true })] }));
  for (const b of model.blocks) children.push(...(await blockOf(b)));

  async function blockOf(b: Block): Promise<(InstanceType<typeof d.Paragraph> | InstanceType<typeof d.Table>)[]> {
    switch (b.kind) {
      case 'heading':
        return [
          new d.Paragraph({
            heading: b.level === 1 ? d.HeadingLevel.HEADING_1 : b.level === 2 ? d.HeadingLevel.HEADING_2 : d.HeadingLevel.HEADING_3,
            alignment: b.level === 1 ? d.AlignmentType.CENTER : d.AlignmentType.LEFT,
            spacing: { before: 240, after: 120 },
            children: [run(b.text, { bold: true })],
          }),
        ];
      case 'paragraph':
        return b.text.split('\n').map((line) => new d.Paragraph({ alignment: align(b.align), spacing: { after: 80 }, children: [run(line, { bold: b.bold, italics: b.italic })] }));
      case 'blank': {
        const out = [new d.Paragraph({ spacing: { before: 120 }, children: [run(`${b.label} ${'_'.repeat(Math.max(10, 60 - b.label.length))}`)] })];
        for (let i = 1; i < (b.lines ?? 1); i++) out.push(new d.Paragraph({ children: [run('_'.repeat(75))] }));
        return out;
      }
      case 'table': {
        const cell = (v: string | number | null, header: boolean) =>
          new d.TableCell({ children: [new d.Paragraph({ children: [run(v === null ? '' : String(v), { bold: header, size: 20 })] })] });
        const rows = [
          new d.TableRow({ tableHeader: true, children: b.columns.map((c) => cell(c, true)) }),
          ...b.rows.map((r) => new d.TableRow({ children: b.columns.map((_, i) => cell(r[i] ?? null, false)) })),
        ];
        return [new d.Table({ width: { size: 100, type: d.WidthType.PERCENTAGE }, rows }), new d.Paragraph({ children: [] })];
      }
      case 'chart': {
        const picture = renderChart ? await renderChart(b) : null;
        if (!picture) return [new d.Paragraph({ children: [run(`${b.title}: ${b.bars.map((x) => `${x.label} — ${x.count}`).join('; ')}`)] })];
        const width = 600;
        return [
          new d.Paragraph({
            alignment: d.AlignmentType.CENTER,
            children: [new d.ImageRun({ type: 'png', data: picture.png, transformation: { width, height: Math.round((picture.height / picture.width) * width) }, altText: { name: b.title, description: b.title, title: b.title } })],
          }),
        ];
      }
      case 'page-break':
        return [new d.Paragraph({ children: [new d.PageBreak()] })];
    }
  }

  const doc = new d.Document({
    title: model.title,
    creator: model.organisation,
    styles: { default: { document: { run: { font: 'Times New Roman', size: 24 } } } },
    sections: [{ properties: { page: { margin: { top: 1134, bottom: 1134, left: 1701, right: 850 } } }, children }],
  });
  return d.Packer.toBuffer(doc);
}
