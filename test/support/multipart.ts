/**
 * The first file part of a multipart/form-data body (what an upload carries): its file name and
 * bytes. Enough for the fakes of the messenger APIs, not a general parser.
 */
export function firstFilePart(body: Buffer, contentType: string): { filename?: string; bytes: Buffer } | null {
  const boundary = /boundary=("?)([^";]+)\1/.exec(contentType)?.[2];
  if (!boundary) return null;
  const delimiter = Buffer.from(`--${boundary}`);
  let at = body.indexOf(delimiter);
  while (at >= 0) {
    const headersStart = at + delimiter.length + 2;
    const headersEnd = body.indexOf('\r\n\r\n', headersStart);
    if (headersEnd < 0) return null;
    const next = body.indexOf(delimiter, headersEnd);
    if (next < 0) return null;
    const headers = body.subarray(headersStart, headersEnd).toString('utf8');
    const filename = /filename\*?=(?:UTF-8'')?"?([^";\r\n]*)"?/i.exec(headers)?.[1];
    if (filename !== undefined) {
      return { filename: decodeURIComponent(filename), bytes: body.subarray(headersEnd + 4, next - 2) };
    }
    at = next;
  }
  return null;
}
