import type { MemberTurn, ReportChart } from '../feature.js';
import { chartsSvg, svgToPng } from '../charts/bar-chart.js';
import { fileBase64, registerFileKind, requestFile } from '../files/files.js';
import { DOCX_MIME, docxOf } from './docx-file.js';
import type { DocModel } from './model.js';

/**
 * A document for signing sent to the person who asked: the model is a snapshot taken inside the
 * update's transaction; the DOCX is written outside it and sent as a file through the outbox,
 * like the XLSX report. Any capability offering a document in /documents sends it this way.
 */
export function sendDocument(turn: MemberTurn, model: DocModel, fileName: string, note?: string): void {
  requestFile(turn.deps, {
    organisationId: turn.org.id,
    personId: turn.person.id,
    kind: 'documents.docx',
    params: { model, fileName, caption: model.title },
    now: turn.now,
  });
  turn.reply([note, turn.t('documents-preparing', { title: model.title })].filter(Boolean).join('\n\n'));
}

/** A chart as a picture for the DOCX (the bar chart the chat shows, rendered with resvg). */
async function chartPicture(chart: ReportChart): Promise<{ png: Buffer; width: number; height: number } | null> {
  const svg = chartsSvg([chart]);
  const m = /width="(\d+)" height="(\d+)"/.exec(svg);
  return { png: await svgToPng(svg), width: Number(m?.[1] ?? 800), height: Number(m?.[2] ?? 400) };
}

registerFileKind('documents.docx', async (raw) => {
  const p = raw as { model: DocModel; fileName: string; caption: string };
  const bytes = await docxOf(p.model, chartPicture);
  return [{ text: p.caption, file: { kind: 'document', name: p.fileName, mime: DOCX_MIME, source: fileBase64(bytes) } }];
});
