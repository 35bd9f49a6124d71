/**
 * A small fake of the MAX Bot API for tests, on 127.0.0.1 only. It speaks what
 * @maxhub/max-bot-api sends: JSON over `GET|POST|PUT|PATCH|DELETE /<path>?query` with the token
 * in the `Authorization` header, answered with JSON, errors as `{ code, message }` with an HTTP
 * status. There is no emulator of MAX on npm; this one follows dev.max.ru and the SDK's code.
 *
 * What it does:
 * - `GET /updates?marker&timeout&limit&types` holds the request until an update comes or the
 *   timeout passes (as MAX does), returns `{ updates, marker }`; a marker commits what came
 *   before it, and a request without one starts from the last committed marker.
 * - `POST /messages`, `PUT /messages`, `POST /answers`, `GET /me`, `PATCH /me/commands`,
 *   `GET|POST|DELETE /subscriptions`, `POST /uploads` + the upload URL, downloads of files.
 * - MAX's limits: keyboards ≤ 30 rows of ≤ 7, ≤ 210 buttons, button text 1–128, callback
 *   payload ≤ 1,024 bytes; text ≤ 4,000, blocked chats and, with `rules`, the rates (30
 *   requests a second, 2 messages a second into a dialog, 429 with Retry-After) as MaxRules
 *   decides them (platforms/max-rules.ts), the one model the simulated MAX uses too.
 * - A test can push messages, button presses, bot_started and raw updates; read what the bot
 *   sent (`messages`, `textsTo`), its answers to presses, its uploads; make calls fail
 *   (`failNext`), a chat refuse the bot (`block`), the token refused (`revoke`); and wait.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { firstFilePart } from './multipart.js';
import type { Clock } from '../../src/clock.js';
import { MAX_PUBLISHED, MaxRules, type MaxDecision } from './platforms/max-rules.js';

export interface FakeMaxCall {
  /** "POST /messages", "GET /updates"… */
  route: string;
  query: Record<string, string>;
  body: unknown;
}

export interface FakeMaxButton {
  type: string;
  text: string;
  payload?: string;
  url?: string;
  intent?: string;
}

export interface FakeMaxMessage {
  mid: string;
  chatId: number;
  text: string;
  format?: string;
  /** Media attachments (not the keyboard). */
  attachments: { type: string; payload: Record<string, unknown> }[];
  keyboard?: FakeMaxButton[][];
  link?: { type: string; mid: string };
  /** Later versions of this message, oldest first (PUT /messages). */
  edits: { text: string; format?: string; keyboard?: FakeMaxButton[][] }[];
}

export interface FakeMaxOptions {
  token?: string;
  botId?: number;
  username?: string;
  /** The longest a poll is held when nothing happens (default: what `timeout` asks, at most 30 s). */
  maxHoldMs?: number;
  /**
   * MAX's rates, as MaxRules models them (`new MaxRules()`: the published figures); without,
   * no rate limits, and only what a message may be (its length, a blocked chat) is checked.
   */
  rules?: MaxRules;
  /** The server's clock the rules decide by (real time by default). */
  clock?: Clock;
  /** Sends that answer `attachment.not.ready` after each upload before it is ready (default 0). */
  notReadySends?: number;
}

interface HeldPoll {
  res: ServerResponse;
  from: number;
  limit: number;
  types: Set<string> | null;
  timer: NodeJS.Timeout;
}

interface Failure {
  status: number;
  code: string;
  message: string;
  retryAfter?: number;
}

const MARKER_BASE = 1000;

/** A dialog's chat id for a user: different from the user id, as on MAX. */
export const dialogOf = (userId: number): number => 900_000_000 + userId;

export class FakeMaxServer {
  readonly token: string;
  readonly botId: number;
  readonly username: string;
  readonly calls: FakeMaxCall[] = [];
  readonly messages: FakeMaxMessage[] = [];
  readonly answers: { callbackId: string; body: Record<string, unknown> }[] = [];
  readonly uploads: { type: string; bytes: number; filename?: string; token: string }[] = [];
  readonly subscriptions: { url: string; secret?: string; update_types?: string[] }[] = [];
  commands: { name: string; description?: string }[] = [];
  /** What MAX accepts, and its counters. */
  readonly rules: MaxRules;

  private server!: Server;
  private port = 0;
  private readonly updates: Record<string, unknown>[] = [];
  private committed = 0;
  private held: HeldPoll[] = [];
  private revoked = false;
  private readonly failures = new Map<string, Failure[]>();
  private readonly tokens = new Map<string, { type: string; notReady: number; url: string }>();
  private readonly files = new Map<string, { bytes: Buffer; mime: string }>();
  private readonly uploadSlots = new Map<string, { type: string; token?: string }>();
  private readonly clock: Clock;
  private readonly maxHoldMs: number;
  private readonly notReadySends: number;
  private readonly waiters = new Set<() => void>();
  private nextMid = 1;
  private nextSeq = 1;
  private nextId = 1;
  private nextMidUser = 1;

  private constructor(options: FakeMaxOptions) {
    this.token = options.token ?? 'max-test-token';
    this.botId = options.botId ?? 4242;
    this.username = options.username ?? 'nastavnik_max_bot';
    this.maxHoldMs = options.maxHoldMs ?? 30_000;
    this.rules = options.rules ?? MaxRules.withoutRates();
    this.clock = options.clock ?? { now: () => Date.now() };
    this.notReadySends = options.notReadySends ?? 0;
  }

  static async start(options: FakeMaxOptions = {}): Promise<FakeMaxServer> {
    const fake = new FakeMaxServer(options);
    fake.server = createServer((req, res) => {
      fake.route(req, res).catch((err: unknown) => {
        if (!res.headersSent) res.writeHead(500).end(JSON.stringify({ code: 'internal', message: String(err) }));
      });
    });
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    fake.port = (fake.server.address() as AddressInfo).port;
    return fake;
  }

  /** Requests answered 429 by the rate limits. */
  get tooMany(): number {
    return this.rules.tooMany;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** What MAX_API_BASE_URL / the SDK's baseUrl should be. */
  get apiBaseUrl(): string {
    return `${this.url}/`;
  }

  async close(): Promise<void> {
    for (const h of this.held.splice(0)) {
      clearTimeout(h.timer);
      if (!h.res.writableEnded) h.res.end();
    }
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // ---- what a test reads ----

  callsOf(route: string): FakeMaxCall[] {
    return this.calls.filter((c) => c.route === route);
  }

  messagesTo(chatId: number): FakeMaxMessage[] {
    return this.messages.filter((m) => m.chatId === chatId);
  }

  /** The bot's messages to a chat as the person reads them (edits applied). */
  textsTo(chatId: number): string[] {
    return this.messagesTo(chatId).map((m) => (m.edits.length ? m.edits[m.edits.length - 1]!.text : m.text));
  }

  keyboardOf(m: FakeMaxMessage): FakeMaxButton[][] | undefined {
    return m.edits.length ? m.edits[m.edits.length - 1]!.keyboard : m.keyboard;
  }

  /** Resolves once `check` returns a value other than undefined/false (re-checked after every request and every few ms). */
  async waitFor<T>(check: () => T | undefined | false, what = 'condition', timeoutMs = 10_000): Promise<T> {
    const first = check();
    if (first !== undefined && first !== false) return first;
    return new Promise<T>((resolve, reject) => {
      const done = () => {
        clearTimeout(timer);
        clearInterval(tick);
        this.waiters.delete(test);
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`fake MAX: timed out waiting for ${what}`));
      }, timeoutMs);
      const test = () => {
        const v = check();
        if (v !== undefined && v !== false) {
          done();
          resolve(v);
        }
      };
      const tick = setInterval(test, 5);
      this.waiters.add(test);
    });
  }

  /** How many updates no poll has taken yet (not committed by a marker). */
  get uncommitted(): number {
    return this.updates.length - this.committed;
  }

  // ---- what a test makes happen ----

  user(userId: number, name = `Person${userId}`): Record<string, unknown> {
    return { user_id: userId, first_name: name, last_name: '', name, username: null, is_bot: false, last_activity_time: Date.now() };
  }

  /** Any update (the shape MAX sends), into the long poll. */
  pushRaw(update: Record<string, unknown>): void {
    this.updates.push({ timestamp: Date.now(), ...update });
    this.releaseHeld();
  }

  /** A person writes to the bot in their dialog (or in `chatId`). */
  pushMessage(m: {
    userId: number;
    text?: string;
    chatId?: number;
    chatType?: 'dialog' | 'chat';
    name?: string;
    attachments?: unknown[];
    markup?: unknown[];
    replyTo?: string;
    locale?: string;
  }): { mid: string; updateId: string } {
    const mid = `mid.user.${this.nextMidUser++}`;
    const chatId = m.chatId ?? dialogOf(m.userId);
    this.pushRaw({
      update_type: 'message_created',
      message: {
        sender: this.user(m.userId, m.name),
        recipient: { chat_id: chatId, chat_type: m.chatType ?? 'dialog', user_id: m.chatType === 'chat' ? null : this.botId },
        timestamp: Date.now(),
        body: { mid, seq: this.nextSeq++, text: m.text ?? '', attachments: m.attachments ?? [], ...(m.markup ? { markup: m.markup } : {}) },
        ...(m.replyTo ? { link: { type: 'reply', message: { mid: m.replyTo, seq: 0, text: '' } } } : {}),
      },
      ...(m.locale ? { user_locale: m.locale } : {}),
    });
    return { mid, updateId: `message_created:${mid}` };
  }

  /** A person presses a callback button carrying `payload` under the message `mid`. */
  pushCallback(c: { userId: number; payload: string; mid: string; chatId?: number }): string {
    const callbackId = `cb${this.nextId++}.${Date.now().toString(36)}`;
    const message = this.messages.find((x) => x.mid === c.mid);
    this.pushRaw({
      update_type: 'message_callback',
      callback: { timestamp: Date.now(), callback_id: callbackId, payload: c.payload, user: this.user(c.userId) },
      message: {
        sender: { user_id: this.botId, is_bot: true, first_name: 'Bot', name: 'Bot', username: this.username, last_activity_time: 0 },
        recipient: { chat_id: c.chatId ?? message?.chatId ?? dialogOf(c.userId), chat_type: 'dialog', user_id: c.userId },
        timestamp: Date.now(),
        body: { mid: c.mid, seq: 0, text: message?.text ?? '' },
      },
    });
    return callbackId;
  }

  /** A person opens the bot (the "Start" button, or a max.ru/<bot>?start=<payload> link). */
  pushBotStarted(s: { userId: number; payload?: string; name?: string }): string {
    const timestamp = Date.now() + this.nextId++;
    this.pushRaw({
      update_type: 'bot_started',
      timestamp,
      chat_id: dialogOf(s.userId),
      user: this.user(s.userId, s.name),
      ...(s.payload !== undefined ? { payload: s.payload } : {}),
    });
    return `bot_started:${dialogOf(s.userId)}:${timestamp}`;
  }

  /**
   * Presses the button labelled `label` (exactly, else the first label containing it) under the
   * newest message to the user's dialog that has one; a `message` button sends its label.
   */
  pressButton(userId: number, label: string): { callbackId?: string; mid?: string } {
    const chatId = dialogOf(userId);
    for (const exact of [true, false]) {
      for (const m of [...this.messagesTo(chatId)].reverse()) {
        for (const row of this.keyboardOf(m) ?? []) {
          for (const b of row) {
            if (!(exact ? b.text === label : b.text.includes(label))) continue;
            if (b.type === 'callback') return { callbackId: this.pushCallback({ userId, payload: b.payload ?? '', mid: m.mid }) };
            if (b.type === 'message') return { mid: this.pushMessage({ userId, text: b.text }).mid };
          }
        }
      }
    }
    throw new Error(`fake MAX: no button "${label}" in messages to ${userId}`);
  }

  /** The next `times` calls of `route` ("POST /messages") answer `status` with MAX's `code`. */
  failNext(route: string, status: number, code: string, times = 1, retryAfterSeconds?: number): void {
    const list = this.failures.get(route) ?? [];
    for (let i = 0; i < times; i++) {
      list.push({ status, code, message: `${code}: made to fail by the test`, ...(retryAfterSeconds !== undefined ? { retryAfter: retryAfterSeconds } : {}) });
    }
    this.failures.set(route, list);
  }

  /** The person blocked the bot (403 chat.denied on every send to their dialog), or unblocked it. */
  block(userId: number, on = true): void {
    if (on) this.rules.blocked.add(String(dialogOf(userId)));
    else this.rules.blocked.delete(String(dialogOf(userId)));
  }

  /** The token is refused from now on (401 verify.token), as when it is revoked in the platform. */
  revoke(): void {
    this.revoked = true;
    for (const h of this.held.splice(0)) this.answerPoll(h);
  }

  /** A file a person "sent": served for download, with a token MAX would give; returns its attachment. */
  addFile(name: string, bytes: Buffer, type: 'file' | 'image' | 'audio' | 'video' = 'file', mime = 'application/octet-stream'): Record<string, unknown> {
    const token = `ftok${this.nextId++}`;
    this.files.set(token, { bytes, mime });
    const url = `${this.url}/files/${token}`;
    this.tokens.set(token, { type, notReady: 0, url });
    const payload: Record<string, unknown> = { url, token };
    if (type === 'image') payload.photo_id = this.nextId++;
    return type === 'file' ? { type, payload, filename: name, size: bytes.length } : { type, payload };
  }

  /** What the bot uploaded under a token. */
  fileBytes(token: string): Buffer | undefined {
    return this.files.get(token)?.bytes;
  }

  // ---- the server ----

  private notify(): void {
    setImmediate(() => {
      for (const w of [...this.waiters]) w();
    });
  }

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const path = url.pathname.replace(/\/+$/, '') || '/';
    try {
      if (path.startsWith('/upload/') && req.method === 'POST') {
        await this.receiveUpload(path.slice('/upload/'.length), req, res);
        return;
      }
      if (path.startsWith('/files/') && req.method === 'GET') {
        const file = this.files.get(decodeURIComponent(path.slice('/files/'.length)));
        if (!file) res.writeHead(404).end();
        else res.writeHead(200, { 'content-type': file.mime, 'content-length': file.bytes.length }).end(file.bytes);
        return;
      }
      const raw = (await readBody(req)).toString('utf8');
      let body: unknown = undefined;
      if (raw) {
        try {
          body = JSON.parse(raw);
        } catch {
          return send(res, 400, { code: 'proto.payload', message: 'Invalid JSON' });
        }
      }
      const route = `${req.method} ${path}`;
      const query = Object.fromEntries(url.searchParams);
      this.calls.push({ route, query, body });
      if (req.headers.authorization !== this.token || this.revoked) {
        return send(res, 401, { code: 'verify.token', message: 'Invalid access_token' });
      }
      if (route !== 'GET /updates') {
        const admitted = this.rules.request(this.clock.now());
        if (!admitted.ok) return refuse(res, admitted);
      }
      const failure = this.failures.get(route)?.shift();
      if (failure) {
        return send(res, failure.status, { code: failure.code, message: failure.message }, failure.retryAfter !== undefined ? { 'retry-after': String(failure.retryAfter) } : {});
      }
      await this.answer(route, query, body as Record<string, unknown> | undefined, req, res);
    } finally {
      this.notify();
    }
  }

  private async answer(route: string, q: Record<string, string>, body: Record<string, unknown> | undefined, req: IncomingMessage, res: ServerResponse): Promise<void> {
    switch (route) {
      case 'GET /me':
        return send(res, 200, { user_id: this.botId, first_name: 'Наставник', name: 'Наставник', username: this.username, is_bot: true, last_activity_time: Date.now() });
      case 'PATCH /me/commands':
        this.commands = Array.isArray(body?.commands) ? (body!.commands as { name: string; description?: string }[]) : [];
        return send(res, 200, { commands: this.commands });
      case 'GET /subscriptions':
        return send(res, 200, { subscriptions: this.subscriptions.map((s) => ({ url: s.url, time: Date.now(), update_types: s.update_types ?? [] })) });
      case 'POST /subscriptions': {
        const url = String(body?.url ?? '');
        const secret = body?.secret === undefined ? undefined : String(body.secret);
        if (!/^https:\/\//.test(url)) return send(res, 400, { code: 'proto.payload', message: 'url must be https' });
        if (secret !== undefined && !/^[A-Za-z0-9_-]{5,256}$/.test(secret)) return send(res, 400, { code: 'proto.payload', message: 'bad secret' });
        const i = this.subscriptions.findIndex((s) => s.url === url);
        if (i >= 0) this.subscriptions.splice(i, 1);
        this.subscriptions.push({ url, ...(secret ? { secret } : {}), ...(Array.isArray(body?.update_types) ? { update_types: body!.update_types as string[] } : {}) });
        return send(res, 200, { success: true });
      }
      case 'DELETE /subscriptions': {
        const i = this.subscriptions.findIndex((s) => s.url === q.url);
        if (i >= 0) this.subscriptions.splice(i, 1);
        return send(res, 200, { success: true });
      }
      case 'GET /updates':
        return this.poll(q, req, res);
      case 'POST /messages':
        return this.sendMessage(q, body ?? {}, res);
      case 'PUT /messages':
        return this.editMessage(q, body ?? {}, res);
      case 'POST /answers':
        this.answers.push({ callbackId: q.callback_id ?? '', body: body ?? {} });
        return send(res, 200, { success: true });
      case 'POST /uploads': {
        const type = q.type ?? '';
        if (!['image', 'video', 'audio', 'file'].includes(type)) return send(res, 400, { code: 'proto.payload', message: 'bad upload type' });
        const slot = `u${this.nextId++}`;
        // MAX gives the token of a video or audio at once; of a file or image, after the upload.
        const token = type === 'video' || type === 'audio' ? `tok${this.nextId++}` : undefined;
        this.uploadSlots.set(slot, { type, ...(token ? { token } : {}) });
        return send(res, 200, { url: `${this.url}/upload/${slot}`, ...(token ? { token } : {}) });
      }
      default:
        return send(res, 404, { code: 'not.found', message: `no route ${route}` });
    }
  }

  private poll(q: Record<string, string>, req: IncomingMessage, res: ServerResponse): void {
    const marker = q.marker !== undefined ? Number(q.marker) - MARKER_BASE : this.committed;
    const from = Math.max(0, Math.min(Number.isFinite(marker) ? marker : this.committed, this.updates.length));
    this.committed = Math.max(this.committed, from);
    const limit = Math.min(Math.max(Number(q.limit ?? 100) || 100, 1), 1000);
    const types = q.types ? new Set(q.types.split(',').filter(Boolean)) : null;
    const timeoutMs = Math.min(Math.max(Number(q.timeout ?? 30) || 0, 0) * 1000, 90_000, this.maxHoldMs);
    const held: HeldPoll = { res, from, limit, types, timer: setTimeout(() => this.answerHeld(held), timeoutMs) };
    if (this.pending(held).length > 0 || timeoutMs === 0) {
      clearTimeout(held.timer);
      this.answerPoll(held);
      return;
    }
    this.held.push(held);
    req.on('close', () => {
      clearTimeout(held.timer);
      this.held = this.held.filter((h) => h !== held);
    });
  }

  private pending(h: HeldPoll): Record<string, unknown>[] {
    return this.updates.slice(h.from).filter((u) => !h.types || h.types.has(String(u.update_type)));
  }

  private answerHeld(h: HeldPoll): void {
    this.held = this.held.filter((x) => x !== h);
    this.answerPoll(h);
  }

  private answerPoll(h: HeldPoll): void {
    clearTimeout(h.timer);
    if (h.res.writableEnded) return;
    if (this.revoked) {
      send(h.res, 401, { code: 'verify.token', message: 'Invalid access_token' });
      return;
    }
    // Up to `limit` updates from the position; the marker points past the last one given.
    let end = h.from;
    const out: Record<string, unknown>[] = [];
    while (end < this.updates.length && out.length < h.limit) {
      const u = this.updates[end++]!;
      if (!h.types || h.types.has(String(u.update_type))) out.push(u);
    }
    send(h.res, 200, { updates: out, marker: MARKER_BASE + end });
    this.notify();
  }

  private releaseHeld(): void {
    for (const h of [...this.held]) {
      if (this.pending(h).length > 0) this.answerHeld(h);
    }
  }

  private validateKeyboard(buttons: unknown): string | null {
    if (!Array.isArray(buttons)) return 'buttons must be rows';
    if (buttons.length > 30) return 'too many rows (30 at most)';
    let total = 0;
    for (const row of buttons) {
      if (!Array.isArray(row) || row.length === 0) return 'a row must have buttons';
      if (row.length > 7) return 'too many buttons in a row (7 at most)';
      for (const b of row as Record<string, unknown>[]) {
        total++;
        const text = typeof b.text === 'string' ? b.text : '';
        if (text.length < 1 || text.length > 128) return 'button text must be 1–128 characters';
        if (!['callback', 'link', 'message', 'request_contact', 'request_geo_location', 'open_app', 'clipboard'].includes(String(b.type))) return 'unknown button type';
        if (b.type === 'callback' && (typeof b.payload !== 'string' || Buffer.byteLength(b.payload) > 1024)) return 'callback payload must be at most 1024 bytes';
        if (b.type === 'link' && (typeof b.url !== 'string' || b.url.length > 2048)) return 'link url missing';
      }
    }
    if (total > 210) return 'too many buttons (210 at most)';
    return null;
  }

  /** A message body's attachments → media and keyboard, or why MAX refuses them. */
  private readAttachments(list: unknown): { media: FakeMaxMessage['attachments']; keyboard?: FakeMaxButton[][]; error?: { status: number; code: string; message: string } } {
    const media: FakeMaxMessage['attachments'] = [];
    let keyboard: FakeMaxButton[][] | undefined;
    if (list === undefined || list === null) return { media };
    if (!Array.isArray(list)) return { media, error: { status: 400, code: 'proto.payload', message: 'attachments must be a list' } };
    for (const a of list as Record<string, unknown>[]) {
      const payload = (a.payload ?? {}) as Record<string, unknown>;
      if (a.type === 'inline_keyboard') {
        const problem = this.validateKeyboard(payload.buttons);
        if (problem) return { media, error: { status: 400, code: 'proto.payload', message: problem } };
        keyboard = payload.buttons as FakeMaxButton[][];
        continue;
      }
      let token = typeof payload.token === 'string' ? payload.token : undefined;
      if (!token && a.type === 'image' && payload.photos && typeof payload.photos === 'object') {
        token = (Object.values(payload.photos as Record<string, { token?: string }>)[0] ?? {}).token;
      }
      const known = token ? this.tokens.get(token) : undefined;
      if (!known) return { media, error: { status: 400, code: 'attachment.invalid', message: `unknown ${String(a.type)} token` } };
      if (known.notReady > 0) {
        known.notReady--;
        return { media, error: { status: 400, code: 'attachment.not.ready', message: 'Key: errors.process.attachment.file.not.processed' } };
      }
      media.push({ type: String(a.type), payload: { token: token!, url: known.url } });
    }
    return { media, ...(keyboard ? { keyboard } : {}) };
  }

  private sendMessage(q: Record<string, string>, body: Record<string, unknown>, res: ServerResponse): void {
    const chatId = q.chat_id !== undefined ? Number(q.chat_id) : q.user_id !== undefined ? dialogOf(Number(q.user_id)) : NaN;
    if (!Number.isFinite(chatId)) return send(res, 400, { code: 'proto.payload', message: 'chat_id or user_id is required' });
    const text = typeof body.text === 'string' ? body.text : '';
    if (body.format !== undefined && body.format !== null && body.format !== 'html' && body.format !== 'markdown') {
      return send(res, 400, { code: 'proto.payload', message: 'bad format' });
    }
    const { media, keyboard, error } = this.readAttachments(body.attachments);
    if (error) return send(res, error.status, { code: error.code, message: error.message });
    if (!text && media.length === 0) return send(res, 400, { code: 'proto.payload', message: 'text or attachments required' });
    const link = body.link as { type: string; mid: string } | undefined;
    if (link && !this.messages.some((m) => m.mid === link.mid) && !/^mid\.user\./.test(link.mid)) {
      return send(res, 400, { code: 'proto.payload', message: 'link: message not found' });
    }
    // What the message looks like is checked above; whether MAX takes it now, by the rules.
    const decision = this.rules.message(this.clock.now(), { chatId: String(chatId), textLength: text.length });
    if (!decision.ok) return refuse(res, decision);
    const mid = `mid.bot.${this.nextMid++}`;
    const message: FakeMaxMessage = {
      mid,
      chatId,
      text,
      ...(typeof body.format === 'string' ? { format: body.format } : {}),
      attachments: media,
      ...(keyboard ? { keyboard } : {}),
      ...(link ? { link } : {}),
      edits: [],
    };
    this.messages.push(message);
    send(res, 200, {
      message: {
        sender: { user_id: this.botId, first_name: 'Наставник', name: 'Наставник', username: this.username, is_bot: true, last_activity_time: Date.now() },
        recipient: { chat_id: chatId, chat_type: 'dialog', user_id: null },
        timestamp: Date.now(),
        body: { mid, seq: this.nextSeq++, text, attachments: [...media, ...(keyboard ? [{ type: 'inline_keyboard', payload: { buttons: keyboard } }] : [])] },
      },
    });
  }

  private editMessage(q: Record<string, string>, body: Record<string, unknown>, res: ServerResponse): void {
    const m = this.messages.find((x) => x.mid === q.message_id);
    if (!m) return send(res, 404, { code: 'not.found', message: 'message not found' });
    const text = typeof body.text === 'string' ? body.text : m.text;
    if (text.length > MAX_PUBLISHED.maxTextLength) return send(res, 400, { code: 'proto.payload', message: `text: size must be between 0 and ${MAX_PUBLISHED.maxTextLength}` });
    const { keyboard, error } = this.readAttachments(body.attachments);
    if (error) return send(res, error.status, { code: error.code, message: error.message });
    // Attachments left out keep the message's; an empty list removes them.
    const previous = this.keyboardOf(m);
    const kept = body.attachments === undefined || body.attachments === null ? previous : keyboard;
    m.edits.push({ text, ...(typeof body.format === 'string' ? { format: body.format } : {}), ...(kept ? { keyboard: kept } : {}) });
    send(res, 200, { success: true });
  }

  private async receiveUpload(slotId: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const slot = this.uploadSlots.get(slotId);
    const bytes = await readBody(req);
    if (!slot) return send(res, 404, { code: 'not.found', message: 'no such upload' });
    const part = firstFilePart(bytes, req.headers['content-type'] ?? '');
    let filename = part?.filename;
    const content = part?.bytes ?? bytes;
    if (!part) {
      const x = req.headers['x-file-name'];
      if (typeof x === 'string') filename = x;
    }
    const token = slot.token ?? `tok${this.nextId++}`;
    this.uploads.push({ type: slot.type, bytes: content.length, ...(filename ? { filename } : {}), token });
    this.files.set(token, { bytes: content, mime: 'application/octet-stream' });
    this.tokens.set(token, { type: slot.type, notReady: this.notReadySends, url: `${this.url}/files/${token}` });
    if (slot.type === 'video' || slot.type === 'audio') {
      res.writeHead(200, { 'content-type': 'text/xml' }).end('<retval>1</retval>');
      return;
    }
    if (slot.type === 'image') return send(res, 200, { photos: { [`p${this.nextId++}`]: { token } } });
    send(res, 200, { fileId: this.nextId++, token });
  }
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.writableEnded) return;
  res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
}

/** A refusal of the rules, as MAX answers it. */
function refuse(res: ServerResponse, refused: Exclude<MaxDecision, { ok: true }>): void {
  const headers: Record<string, string> = refused.retryAfterSeconds !== undefined ? { 'retry-after': String(refused.retryAfterSeconds) } : {};
  send(res, refused.status, { code: refused.code, message: refused.message }, headers);
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
