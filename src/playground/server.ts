import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import type { App } from '../app/app.js';
import type { LocalAdapter } from '../adapters/local/local-adapter.js';
import type { Logger } from '../log.js';
import { personsOnPlatform, type PersonOnPlatform } from '../core/kernel/persons/person.js';
import { getOrganisation } from '../core/kernel/organisation/organisation.js';
import { LANGUAGES, isLanguage, type Language } from '../i18n/i18n.js';
import { HOUR, DAY } from '../clock.js';
import type { PlaygroundClock } from './clock.js';
import type { Transcript } from './transcript.js';

/**
 * The playground's web server (node:http, no framework): a static page with no build step and a
 * small JSON API over the local adapter. People are the organisation's local accounts; a
 * stream of server-sent events tells the page about new and edited messages and the clock.
 * Bound to 127.0.0.1 by default; on a loopback address it answers only to a local Host header
 * (no DNS rebinding) and takes only JSON bodies (no cross-site form posts).
 */

export interface PlaygroundOptions {
  app: App;
  local: LocalAdapter;
  clock: PlaygroundClock;
  transcript: Transcript;
  log: Logger;
  host: string;
  port: number;
}

export interface Playground {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** The longest text a person may type in the playground (Telegram's limit for a message). */
export const MAX_TEXT = 4096;
/** The biggest file a person may send from the page. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
const MAX_JSON_BODY = Math.ceil((MAX_FILE_BYTES * 4) / 3) + 64 * 1024;
const MAX_CLOCK_STEP = 30 * DAY;

const PAGE_DIR = [fileURLToPath(new URL('./page/', import.meta.url)), join(process.cwd(), 'src/playground/page/')].find((d) =>
  existsSync(join(d, 'index.html')),
);
const STATIC: Record<string, string> = {
  '/': 'index.html',
  '/index.html': 'index.html',
  '/app.js': 'app.js',
  '/style.css': 'style.css',
};
const MIME: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
};

const textBody = z.object({ text: z.string() });
const pressBody = z.object({ messageId: z.string().min(1).max(32), action: z.string().min(1).max(256) });
const fileBody = z.object({
  name: z.string().min(1).max(200),
  mime: z.string().max(100).optional(),
  base64: z.string(),
  caption: z.string().max(1024).optional(),
});
const clockBody = z.union([z.object({ step: z.enum(['hour', 'day']) }), z.object({ minutes: z.number().int().min(1).max(MAX_CLOCK_STEP / 60_000) })]);

/** One part of an API path; a malformed %-escape is the caller's mistake (400), not ours. */
function decodePathPart(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    throw new HttpError(400, 'bad_path', 'the path has a malformed %-escape');
  }
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

type PersonRow = PersonOnPlatform;

function isLoopback(host: string): boolean {
  return host === '127.0.0.1' || host === '::1' || host === 'localhost';
}

export async function startPlaygroundServer(opts: PlaygroundOptions): Promise<Playground> {
  const { app, local, clock, transcript, log } = opts;
  const streams = new Set<ServerResponse>();
  const i18n = app.deps.i18n;

  const personOf = (handle: string): PersonRow => {
    const row = personsOnPlatform(app.deps.db, app.org.id, 'local').find((p) => p.handle === handle);
    if (!row) throw new HttpError(404, 'unknown_person', `no person "${handle}" in the playground`);
    return row;
  };
  const profileOf = (p: PersonRow) => ({ displayName: p.full_name, languageCode: p.language });
  const clockState = () => ({ now: clock.now(), offsetMs: clock.offset });
  const broadcast = (event: string, data: unknown) => {
    const chunk = `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
    for (const s of streams) s.write(chunk);
  };
  const unsubscribe = transcript.on((chatId, entry, change) => broadcast('entry', { chatId, change, entry }));

  async function api(req: IncomingMessage, res: ServerResponse, path: string[]): Promise<void> {
    const method = req.method ?? 'GET';
    const [first, handle, sub, id] = path;
    if (first === 'people' && path.length === 1 && method === 'GET') {
      const org = app.org.id;
      const { name, timezone } = getOrganisation(app.deps.db, org);
      return json(res, 200, {
        organisation: name,
        timezone,
        people: personsOnPlatform(app.deps.db, org, 'local').map((p) => ({
          handle: p.handle,
          name: p.full_name,
          position: p.position,
          language: p.language,
          status: p.status,
          roles: p.roles ? p.roles.split(',') : [],
        })),
      });
    }
    if (first === 'texts' && path.length === 1 && method === 'GET') {
      const asked = new URL(req.url ?? '/', 'http://x').searchParams.get('lang');
      const lang: Language = isLanguage(asked) ? asked : app.deps.settings.defaultLanguage;
      const texts: Record<string, string> = {};
      // Placeholders stay as {name}; the page fills them in.
      const slots = { hours: '{hours}', label: '{label}', message: '{message}' };
      for (const key of i18n.keys(lang)) if (key.startsWith('playground-')) texts[key.slice('playground-'.length)] = i18n.t(lang, key, slots);
      return json(res, 200, { lang, languages: LANGUAGES, texts });
    }
    if (first === 'clock' && path.length === 1) {
      if (method === 'GET') return json(res, 200, clockState());
      if (method === 'POST') {
        const body = parse(clockBody, await readJson(req));
        clock.advance('step' in body ? (body.step === 'hour' ? HOUR : DAY) : body.minutes * 60_000);
        log.info({ offsetMs: clock.offset }, 'playground clock moved');
        app.scheduler.tick();
        app.dispatcher.wake();
        broadcast('clock', clockState());
        return json(res, 200, clockState());
      }
    }
    if (first === 'events' && path.length === 1 && method === 'GET') {
      res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write(`event: clock\ndata: ${JSON.stringify(clockState())}\n\n`);
      streams.add(res);
      req.on('close', () => streams.delete(res));
      return;
    }
    if (first === 'people' && handle) {
      const person = personOf(handle);
      if (sub === 'messages' && path.length === 3) {
        if (method === 'GET') return json(res, 200, { handle, entries: transcript.entries(handle) });
        if (method === 'POST') {
          const { text } = parse(textBody, await readJson(req));
          if (!text.trim()) throw new HttpError(400, 'empty', 'the message is empty');
          if (text.length > MAX_TEXT) throw new HttpError(413, 'too_long', `a message may be at most ${MAX_TEXT} characters`);
          local.setProfile(handle, profileOf(person));
          const entry = transcript.recordPerson(handle, { text });
          await local.send(handle, text);
          return json(res, 202, { id: entry.id });
        }
      }
      if (sub === 'press' && path.length === 3 && method === 'POST') {
        const body = parse(pressBody, await readJson(req));
        const message = transcript.botMessage(handle, body.messageId);
        if (!message) throw new HttpError(404, 'unknown_message', 'no such message in this chat');
        const button = message.buttons.flat().find((b) => b.action === body.action);
        local.setProfile(handle, profileOf(person));
        const entry = transcript.recordPerson(handle, { pressed: button?.label ?? body.action.slice(0, 64) });
        const outcome = await local.pressAction(handle, body.action, message.id);
        return json(res, 202, { id: entry.id, ack: outcome.ackText ?? null });
      }
      if (sub === 'files' && path.length === 3 && method === 'POST') {
        const body = parse(fileBody, await readJson(req));
        if (!/^[A-Za-z0-9+/]*={0,2}$/.test(body.base64)) throw new HttpError(400, 'bad_file', 'the file must be base64');
        const bytes = Buffer.from(body.base64, 'base64');
        if (bytes.length === 0) throw new HttpError(400, 'bad_file', 'the file is empty');
        if (bytes.length > MAX_FILE_BYTES) throw new HttpError(413, 'file_too_big', `a file may be at most ${MAX_FILE_BYTES} bytes`);
        const name = body.name.replace(/[\\/\r\n]/g, '_');
        const kind = body.mime?.startsWith('image/') ? 'photo' : 'document';
        local.setProfile(handle, profileOf(person));
        let entryId = '';
        await local.sendFile(handle, { kind, name, mime: body.mime, bytes }, body.caption, {
          onStored: (blobId) => {
            entryId = transcript.recordPerson(handle, { text: body.caption, file: { blobId, name, mime: body.mime, size: bytes.length } }, bytes).id;
          },
        });
        return json(res, 202, { id: entryId });
      }
      if (sub === 'files' && id && path.length === 4 && method === 'GET') {
        const file = transcript.file(handle, id);
        if (!file) throw new HttpError(404, 'unknown_file', 'no such file in this chat');
        const download = new URL(req.url ?? '/', 'http://x').searchParams.has('download');
        const inline = !download && /^image\/(png|jpeg|gif|webp)$/.test(file.mime ?? '');
        res.writeHead(200, {
          'content-type': inline ? file.mime! : (file.mime ?? 'application/octet-stream'),
          'content-length': file.bytes.length,
          'content-disposition': `${inline ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(file.name)}`,
          'x-content-type-options': 'nosniff',
          'content-security-policy': "default-src 'none'; sandbox",
        });
        res.end(file.bytes);
        return;
      }
    }
    throw new HttpError(404, 'not_found', 'no such API');
  }

  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://playground');
      if (isLoopback(opts.host) && !isLocalHostHeader(req.headers.host)) {
        throw new HttpError(403, 'forbidden_host', 'the playground answers only on this machine');
      }
      if (url.pathname.startsWith('/api/')) {
        if (req.method === 'POST' && !/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
          throw new HttpError(415, 'not_json', 'send JSON (content-type: application/json)');
        }
        const path = url.pathname.slice(5).split('/').filter(Boolean).map(decodePathPart);
        return api(req, res, path);
      }
      const file = STATIC[url.pathname];
      if (!file || !PAGE_DIR || (req.method !== 'GET' && req.method !== 'HEAD')) throw new HttpError(404, 'not_found', 'not found');
      const body = readFileSync(join(PAGE_DIR, file));
      res.writeHead(200, {
        'content-type': MIME[file.split('.').pop()!]!,
        'cache-control': 'no-cache',
        'x-content-type-options': 'nosniff',
        'content-security-policy': "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'",
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    })().catch((err: unknown) => {
      if (res.headersSent) {
        res.end();
        return;
      }
      if (err instanceof HttpError) return json(res, err.status, { error: err.code, message: err.message });
      log.error({ err }, 'playground request failed');
      json(res, 500, { error: 'internal', message: 'something went wrong; see the log' });
    });
  });
  server.on('clientError', (_err, socket) => socket.destroy());

  await new Promise<void>((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) =>
      reject(
        err.code === 'EADDRINUSE' || err.code === 'EACCES'
          ? new Error(`the playground cannot listen on ${opts.host}:${opts.port} (${err.code}); set PLAYGROUND_PORT to a free port`)
          : err,
      ),
    );
    server.listen(opts.port, opts.host, () => {
      server.removeAllListeners('error');
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const heartbeat = setInterval(() => {
    for (const s of streams) s.write(': keep-alive\n\n');
  }, 25_000);
  heartbeat.unref();
  const shownHost = opts.host.includes(':') ? `[${opts.host}]` : opts.host;
  return {
    url: `http://${shownHost === '0.0.0.0' || shownHost === '[::]' ? 'localhost' : shownHost}:${port}/`,
    port,
    async stop() {
      clearInterval(heartbeat);
      unsubscribe();
      for (const s of streams) s.end();
      streams.clear();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

function isLocalHostHeader(host: string | undefined): boolean {
  if (!host) return false;
  const name = host.startsWith('[') ? host.slice(1, host.indexOf(']')) : host.split(':')[0]!;
  return isLoopback(name.toLowerCase());
}

function json(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(text);
}

function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const r = schema.safeParse(value);
  if (!r.success) {
    throw new HttpError(400, 'bad_request', r.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '));
  }
  return r.data;
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_JSON_BODY) {
    req.resume();
    throw new HttpError(413, 'body_too_big', 'the request is too big');
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_JSON_BODY) {
      req.resume();
      throw new HttpError(413, 'body_too_big', 'the request is too big');
    }
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new HttpError(400, 'bad_json', 'the body is not valid JSON');
  }
}
