/**
 * A tiny fake Telegram Bot API server on 127.0.0.1 for what telegram-test-api cannot do:
 * error answers (409, 429, 403, 400), file uploads and downloads, setMyCommands. Each method is
 * answered by a handler given by the test; every call is recorded.
 *
 * With the `rules` option (opt-in), Telegram's limits are applied first, by the one model the
 * simulated Telegram also uses (platforms/telegram-rules.ts), on the fake's clock (real time
 * unless a test gives another): a send or an edit (JSON body with a chat_id) refused by the
 * rules is answered with Telegram's error; one they let through goes to the method's handler
 * (sendMessage and editMessageText have a default one then).
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Clock } from '../../src/clock.js';
import type { TelegramRules } from './platforms/telegram-rules.js';

export interface FakeCall {
  method: string;
  contentType: string;
  /** The parsed JSON body, or {} for other bodies. */
  body: Record<string, unknown>;
  /** The raw body (multipart uploads are checked through it). */
  raw: Buffer;
}

export type FakeAnswer =
  | { ok: true; result: unknown }
  | { ok: false; error_code: number; description: string; parameters?: Record<string, unknown> };

export type FakeHandler = (call: FakeCall) => FakeAnswer | Promise<FakeAnswer>;

export interface FakeBotApi {
  apiRoot: string;
  token: string;
  calls: FakeCall[];
  callsOf(method: string): FakeCall[];
  /** Replace or add a method's handler. */
  on(method: string, handler: FakeHandler): void;
  /** Files served at /file/bot<token>/<path>. */
  files: Map<string, { bytes: Buffer; contentType?: string }>;
  fileRequests: string[];
  stop(): Promise<void>;
}

export const FAKE_BOT_TOKEN = '987654321:FAKEtokenForTheFakeBotApi_0000000';
export const FAKE_BOT = { id: 4242, is_bot: true, first_name: 'Fake', username: 'fake_bot' };

function readAll(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** A sent message as the Bot API answers it. */
export function sentMessage(messageId: number, chatId: number, extra: Record<string, unknown> = {}): FakeAnswer {
  return {
    ok: true,
    result: { message_id: messageId, date: 1, chat: { id: chatId, type: 'private', first_name: 'X' }, ...extra },
  };
}

export interface FakeBotApiOptions {
  /** Telegram's limits, applied before the handlers (e.g. `new TelegramRules()`: the published figures). */
  rules?: TelegramRules;
  /** The server's clock the rules decide by (real time by default). */
  clock?: Clock;
}

export async function startFakeBotApi(
  handlers: Record<string, FakeHandler> = {},
  token: string = FAKE_BOT_TOKEN,
  options: FakeBotApiOptions = {},
): Promise<FakeBotApi> {
  const { rules } = options;
  const clock = options.clock ?? { now: () => Date.now() };
  let nextMessageId = 1;
  const defaultsUnderRules: [string, FakeHandler][] = [
    ['sendMessage', (c) => sentMessage(nextMessageId++, Number(c.body.chat_id), { text: c.body.text })],
    ['editMessageText', () => ({ ok: true, result: true })],
  ];
  const table = new Map<string, FakeHandler>([
    ['getMe', () => ({ ok: true, result: FAKE_BOT })],
    ['deleteWebhook', () => ({ ok: true, result: true })],
    ['getUpdates', () => ({ ok: true, result: [] })],
    ['answerCallbackQuery', () => ({ ok: true, result: true })],
    ...(rules ? defaultsUnderRules : []),
    ...Object.entries(handlers),
  ]);
  /** What the rules say about a call, or null when they do not concern it. */
  const refusal = (call: FakeCall): FakeAnswer | null => {
    if (!rules || !rules.governs(call.method) || call.body.chat_id === undefined) return null;
    const text = typeof call.body.text === 'string' ? call.body.text : typeof call.body.caption === 'string' ? call.body.caption : '';
    const decision = rules.decide(clock.now(), { method: call.method, chatId: String(call.body.chat_id), textLength: text.length });
    return decision.ok ? null : decision;
  };
  const calls: FakeCall[] = [];
  const files = new Map<string, { bytes: Buffer; contentType?: string }>();
  const fileRequests: string[] = [];

  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const raw = await readAll(req);
      const filePrefix = `/file/bot${token}/`;
      if (url.pathname.startsWith(filePrefix)) {
        const path = decodeURIComponent(url.pathname.slice(filePrefix.length));
        fileRequests.push(path);
        const file = files.get(path);
        if (!file) {
          res.writeHead(404).end();
          return;
        }
        res.writeHead(200, { 'content-type': file.contentType ?? 'application/octet-stream', 'content-length': String(file.bytes.length) });
        res.end(file.bytes);
        return;
      }
      const m = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(url.pathname);
      if (!m || m[1] !== token) {
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ ok: false, error_code: 404, description: 'Not Found' }));
        return;
      }
      const method = m[2]!;
      const contentType = String(req.headers['content-type'] ?? '');
      let body: Record<string, unknown> = {};
      if (contentType.includes('application/json') && raw.length > 0) body = JSON.parse(raw.toString('utf8'));
      const call: FakeCall = { method, contentType, body, raw };
      calls.push(call);
      const handler = table.get(method);
      const answer: FakeAnswer =
        refusal(call) ??
        (handler ? await handler(call) : { ok: false, error_code: 404, description: `Not Found: method ${method} is not faked` });
      const status = answer.ok ? 200 : answer.error_code;
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(answer));
    })().catch(() => {
      res.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;

  return {
    apiRoot: `http://127.0.0.1:${port}`,
    token,
    calls,
    callsOf: (method) => calls.filter((c) => c.method === method),
    on: (method, handler) => void table.set(method, handler),
    files,
    fileRequests,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
