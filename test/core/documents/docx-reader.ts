import JSZip from 'jszip';

/** Opens a DOCX (a zip) and reads its main part: the paragraphs' text, the tables' cells, the pictures. */
export async function readDocx(bytes: Buffer): Promise<{ xml: string; paragraphs: string[]; text: string; images: string[]; core: string }> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  const core = (await zip.file('docProps/core.xml')?.async('string')) ?? '';
  const unescape = (s: string) =>
    s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => unescape(t[1]!)).join(''));
  const images = Object.keys(zip.files).filter((f) => f.startsWith('word/media/'));
  return { xml, paragraphs, text: paragraphs.join('\n'), images, core };
}
