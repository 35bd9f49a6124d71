/**
 * A small fake of the VK API for tests, on 127.0.0.1 only. It speaks what vk-io sends:
 * urlencoded `POST /method/<name>` answered with `{ response }` or `{ error }`, a Bots Long Poll
 * endpoint (`GET /lp?act=a_check&key&ts&wait`), upload servers and downloadable files.
 *
 * A test can: read every call (`calls`, `callsOf`), read the messages the "community" sent
 * (`messages`, deduplicated by random_id like VK), push `message_new` / `message_event` /
 * any update into the long poll, make the next calls of a method fail with a VK error
 * (`failNext`), make sends to one chat fail (`failPeer`), make the long poll answer
 * `failed: 1|2|3` (`failPoll`), and wait for something to happen (`waitFor`).
 *
 * What VK accepts is decided by VkRules (platforms/vk-rules.ts), the one model the simulated VK
 * uses too: always the 100 peer_ids and 4,096 characters of a send; with `rules`, also its rates
 * (error 6 beyond 20 requests a second, error 9 flood control for one peer), on the fake's clock.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Clock } from '../../src/clock.js';
import { VK_PUBLISHED, VkRules, type VkDecision } from './platforms/vk-rules.js';

export interface FakeVkCall {
  method: string;
  params: Record<string, string>;
}

export interface FakeVkMessage {
  peerId: number;
  messageId: number;
  conversationMessageId: number;
  randomId: number;
  text: string;
  keyboard?: FakeKeyboard;
  attachment?: string;
  forward?: unknown;
  /** Later texts of this message, oldest first (messages.edit). */
  edits: { text: string; keyboard?: FakeKeyboard }[];
}

export interface FakeKeyboard {
  inline?: boolean;
  one_time?: boolean;
  buttons: { action: { type: string; label: string; payload?: string; link?: string }; color?: string }[][];
}

export interface FakeVkOptions {
  groupId?: number;
  token?: string;
  /** The longest a long-poll request is held when nothing happens (default: what `wait` asks, at most 25 s). */
  maxHoldMs?: number;
  /** VK's rates, as VkRules models them (`new VkRules()`: the published figures); without, no rate limits. */
  rules?: VkRules;
  /** The server's clock the rules decide by (real time by default). */
  clock?: Clock;
}

interface HeldPoll {
  res: ServerResponse;
  ts: number;
  timer: NodeJS.Timeout;
}

const ERROR_TEXTS: Record<number, string> = {
  1: 'Unknown error occurred',
  3: 'Unknown method passed',
  5: 'User authorization failed: invalid access_token',
  6: 'Too many requests per second',
  9: 'Flood control',
  10: 'Internal server error',
  100: 'One of the parameters specified was missing or invalid',
  901: "Can't send messages for users without permission",
  902: "Can't send messages to this user due to their privacy settings",
  914: 'Message is too long',
};

export class FakeVkServer {
  readonly groupId: number;
  readonly token: string;
  readonly calls: FakeVkCall[] = [];
  readonly messages: FakeVkMessage[] = [];
  /** Bytes posted to the upload servers, in order. */
  readonly uploads: { kind: 'photo' | 'doc'; bytes: number; filename?: string; raw: Buffer; contentType: string }[] = [];
  /** How many long-poll requests were answered with `failed`. */
  failedPolls = 0;
  /** What VK accepts, and its counters. */
  readonly rules: VkRules;
  private readonly clock: Clock;

  private server!: Server;
  private port = 0;
  private readonly updates: unknown[] = [];
  private held: HeldPoll[] = [];
  private key = 'key1';
  private keyVersion = 1;
  private readonly pollFailures: (1 | 2 | 3)[] = [];
  private readonly methodFailures = new Map<string, { code: number; when?: (p: Record<string, string>) => boolean }[]>();
  private readonly peerFailures = new Map<number, number>();
  private readonly byRandomId = new Map<number, FakeVkMessage[]>();
  private readonly files = new Map<string, { bytes: Buffer; mime: string }>();
  private readonly cmidByPeer = new Map<number, number>();
  private nextMessageId = 1000;
  private nextUserMessageId = 500_000;
  private nextEventId = 1;
  private nextMediaId = 1;
  private docUploadType = new Map<string, string>();
  private readonly waiters = new Set<() => void>();
  private readonly maxHoldMs: number;

  private constructor(options: FakeVkOptions) {
    this.groupId = options.groupId ?? 777;
    this.token = options.token ?? 'vk-test-token';
    this.maxHoldMs = options.maxHoldMs ?? 25_000;
    this.rules = options.rules ?? VkRules.withoutRates();
    this.clock = options.clock ?? { now: () => Date.now() };
  }

  static async start(options: FakeVkOptions = {}): Promise<FakeVkServer> {
    const fake = new FakeVkServer(options);
    fake.server = createServer((req, res) => {
      fake.route(req, res).catch((err: unknown) => {
        if (!res.headersSent) res.writeHead(500).end(String(err));
      });
    });
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    fake.port = (fake.server.address() as AddressInfo).port;
    return fake;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** What vk-io's `apiBaseUrl` should be. */
  get apiBaseUrl(): string {
    return `${this.url}/method`;
  }

  async close(): Promise<void> {
    for (const h of this.held.splice(0)) this.answerPoll(h, { ts: String(this.updates.length + 1), updates: [] });
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // ---- what a test reads ----

  callsOf(method: string): FakeVkCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  messagesTo(peerId: number): FakeVkMessage[] {
    return this.messages.filter((m) => m.peerId === peerId);
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
        reject(new Error(`fake VK: timed out waiting for ${what}`));
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

  /** Something changed (a request was answered): let waiters look again. */
  private notify(): void {
    setImmediate(() => {
      for (const w of [...this.waiters]) w();
    });
  }

  // ---- what a test makes happen ----

  /** Any update into the long poll (the shape VK's Bots Long Poll sends). */
  pushUpdate(type: string, object: unknown): string {
    const eventId = `ev${this.nextEventId++}`;
    this.updates.push({ type, object, group_id: this.groupId, event_id: eventId, v: '5.199' });
    this.releaseHeld();
    return eventId;
  }

  /** A person writes to the community. Returns the message's ids. */
  pushMessageNew(m: {
    fromId: number;
    peerId?: number;
    text?: string;
    payload?: unknown;
    attachments?: unknown[];
    ref?: string;
    replyToCmid?: number;
    extra?: Record<string, unknown>;
  }): { id: number; conversationMessageId: number; updateId: string } {
    const peerId = m.peerId ?? m.fromId;
    const cmid = this.nextCmid(peerId);
    const id = peerId >= 2_000_000_000 ? 0 : this.nextUserMessageId++;
    const message: Record<string, unknown> = {
      id,
      conversation_message_id: cmid,
      date: Math.floor(Date.now() / 1000),
      peer_id: peerId,
      from_id: m.fromId,
      text: m.text ?? '',
      attachments: m.attachments ?? [],
      fwd_messages: [],
      out: 0,
      ...(m.payload !== undefined ? { payload: typeof m.payload === 'string' ? m.payload : JSON.stringify(m.payload) } : {}),
      ...(m.ref ? { ref: m.ref } : {}),
      ...(m.replyToCmid ? { reply_message: { conversation_message_id: m.replyToCmid, peer_id: peerId, from_id: -this.groupId, text: '' } } : {}),
      ...m.extra,
    };
    this.pushUpdate('message_new', {
      message,
      client_info: { button_actions: ['text', 'vkpay', 'open_app', 'location', 'open_link', 'callback'], keyboard: true, inline_keyboard: true, carousel: true, lang_id: 0 },
    });
    // The adapter's update id: the message id, or peer and conversation id where VK gives no id (chats).
    return { id, conversationMessageId: cmid, updateId: id > 0 ? `message_new:${id}` : `message_new:${peerId}_${cmid}` };
  }

  /** A person presses a callback button. `payload` is what the button carried (an object or a JSON string). */
  pushMessageEvent(e: { userId: number; peerId?: number; payload: unknown; conversationMessageId: number }): string {
    const eventId = `cb${this.nextEventId}x${Date.now().toString(36)}`;
    this.pushUpdate('message_event', {
      user_id: e.userId,
      peer_id: e.peerId ?? e.userId,
      event_id: eventId,
      payload: typeof e.payload === 'string' ? JSON.parse(e.payload) : e.payload,
      conversation_message_id: e.conversationMessageId,
    });
    return eventId;
  }

  /**
   * Presses the callback button labelled `label` (exactly, else the first label containing it)
   * under the newest message to `peerId` that has one.
   */
  pressButton(peerId: number, label: string): string {
    for (const exact of [true, false]) {
      for (const m of [...this.messagesTo(peerId)].reverse()) {
        const keyboard = m.edits.length ? m.edits[m.edits.length - 1]!.keyboard : m.keyboard;
        for (const row of keyboard?.buttons ?? []) {
          for (const b of row) {
            if (b.action.type !== 'callback') continue;
            if (exact ? b.action.label === label : b.action.label.includes(label)) {
              return this.pushMessageEvent({ userId: peerId, payload: b.action.payload ?? '{}', conversationMessageId: m.conversationMessageId });
            }
          }
        }
      }
    }
    throw new Error(`fake VK: no button "${label}" in messages to ${peerId}`);
  }

  /** The community's messages to `peerId` as the person reads them (edits applied). */
  textsTo(peerId: number): string[] {
    return this.messagesTo(peerId).map((m) => (m.edits.length ? m.edits[m.edits.length - 1]!.text : m.text));
  }

  /** The next `times` calls of `method` (those `when` picks, if given) answer VK error `code`. */
  failNext(method: string, code: number, times = 1, when?: (params: Record<string, string>) => boolean): void {
    const list = this.methodFailures.get(method) ?? [];
    for (let i = 0; i < times; i++) list.push({ code, ...(when ? { when } : {}) });
    this.methodFailures.set(method, list);
  }

  /** Every send to `peerId` fails with `code` (901: not allowed; 902: privacy) until cleared with null. */
  failPeer(peerId: number, code: number | null): void {
    if (code === null) this.peerFailures.delete(peerId);
    else this.peerFailures.set(peerId, code);
  }

  /** The next long-poll answer is `{ failed: n }` (2 and 3 also expire the key, as VK does). */
  failPoll(n: 1 | 2 | 3): void {
    this.pollFailures.push(n);
    const h = this.held.shift();
    if (h) this.answerHeld(h);
  }

  /** A file the fake serves for download; returns its URL. */
  addFile(name: string, bytes: Buffer, mime = 'application/octet-stream'): string {
    this.files.set(name, { bytes, mime });
    return `${this.url}/files/${encodeURIComponent(name)}`;
  }

  // ---- the server ----

  private nextCmid(peerId: number): number {
    const n = (this.cmidByPeer.get(peerId) ?? 0) + 1;
    this.cmidByPeer.set(peerId, n);
    return n;
  }

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    try {
      if (url.pathname.startsWith('/method/') && req.method === 'POST') {
        const body = (await readBody(req)).toString('utf8');
        const params = Object.fromEntries(new URLSearchParams(body));
        const method = url.pathname.slice('/method/'.length);
        const { access_token: token, ...rest } = params;
        this.calls.push({ method, params: rest });
        json(res, this.answer(method, rest, token));
        return;
      }
      if (url.pathname === '/lp' && req.method === 'GET') {
        this.poll(url, res);
        return;
      }
      if (url.pathname.startsWith('/upload/') && req.method === 'POST') {
        const body = await readBody(req);
        const kind = url.pathname.endsWith('/photo') ? 'photo' : 'doc';
        const filename = /filename="([^"]*)"/.exec(body.toString('latin1'))?.[1];
        this.uploads.push({ kind, bytes: body.length, ...(filename ? { filename } : {}), raw: body, contentType: String(req.headers['content-type'] ?? '') });
        const token = `up${this.nextMediaId++}`;
        if (kind === 'doc') this.docUploadType.set(token, url.searchParams.get('type') ?? 'doc');
        json(res, kind === 'photo' ? { server: 1, photo: JSON.stringify([{ photo: token }]), hash: 'h' } : { file: token });
        return;
      }
      if (url.pathname.startsWith('/files/') && req.method === 'GET') {
        const file = this.files.get(decodeURIComponent(url.pathname.slice('/files/'.length)));
        if (!file) res.writeHead(404).end();
        else res.writeHead(200, { 'content-type': file.mime, 'content-length': file.bytes.length }).end(file.bytes);
        return;
      }
      res.writeHead(404).end();
    } finally {
      this.notify();
    }
  }

  private answer(method: string, p: Record<string, string>, token: string | undefined): unknown {
    if (token !== this.token) return vkError(5);
    const admitted = this.rules.request(this.clock.now());
    if (!admitted.ok) return refusal(admitted);
    const failures = this.methodFailures.get(method) ?? [];
    const failure = failures.findIndex((f) => !f.when || f.when(p));
    if (failure >= 0) return vkError(failures.splice(failure, 1)[0]!.code);
    switch (method) {
      case 'groups.getLongPollServer':
        if (Number(p.group_id) !== this.groupId) return vkError(100);
        return { response: { key: this.key, server: `${this.url}/lp`, ts: String(this.updates.length + 1) } };
      case 'groups.getById':
        return { response: { groups: [{ id: this.groupId, name: 'Fake community', screen_name: `club${this.groupId}` }] } };
      case 'messages.send':
        return this.send(p);
      case 'messages.edit': {
        const peerId = Number(p.peer_id);
        const cmid = Number(p.conversation_message_id);
        const m = this.messages.find((x) => x.peerId === peerId && x.conversationMessageId === cmid);
        if (!m) return vkError(100);
        if ((p.message ?? '').length > VK_PUBLISHED.maxTextLength) return vkError(914);
        m.edits.push({ text: p.message ?? '', ...(p.keyboard ? { keyboard: JSON.parse(p.keyboard) as FakeKeyboard } : {}) });
        return { response: 1 };
      }
      case 'messages.sendMessageEventAnswer':
        return { response: 1 };
      case 'photos.getMessagesUploadServer':
        return { response: { upload_url: `${this.url}/upload/photo`, album_id: -3, group_id: this.groupId } };
      case 'docs.getMessagesUploadServer':
        return { response: { upload_url: `${this.url}/upload/doc?type=${encodeURIComponent(p.type ?? 'doc')}` } };
      case 'photos.saveMessagesPhoto': {
        const id = this.nextMediaId++;
        return {
          response: [
            {
              id,
              owner_id: -this.groupId,
              access_key: `pk${id}`,
              sizes: [{ type: 'x', width: 604, height: 604, url: `${this.url}/files/photo${id}.jpg` }],
            },
          ],
        };
      }
      case 'docs.save': {
        const id = this.nextMediaId++;
        const type = this.docUploadType.get(p.file ?? '') ?? 'doc';
        const title = p.title ?? 'file';
        if (type === 'audio_message') {
          return { response: { type, audio_message: { id, owner_id: -this.groupId, access_key: `ak${id}`, duration: 1, link_ogg: `${this.url}/files/a${id}.ogg` } } };
        }
        return {
          response: { type: 'doc', doc: { id, owner_id: -this.groupId, title, ext: title.split('.').pop(), size: 1, url: `${this.url}/files/doc${id}`, access_key: `dk${id}` } },
        };
      }
      default:
        return vkError(3);
    }
  }

  private send(p: Record<string, string>): unknown {
    const randomId = Number(p.random_id);
    if (!Number.isInteger(randomId) || randomId < 0 || randomId > 2_147_483_647) return vkError(100);
    const batch = p.peer_ids !== undefined;
    const peers = (batch ? p.peer_ids! : (p.peer_id ?? '')).split(',').filter(Boolean).map(Number);
    if (peers.length === 0) return vkError(100);
    const text = p.message ?? '';
    if (!text && !p.attachment) return vkError(100);
    const whole = this.rules.send({ peers: peers.length, textLength: text.length });
    if (!whole.ok) return refusal(whole);
    const now = this.clock.now();
    const keyboard = p.keyboard ? (JSON.parse(p.keyboard) as FakeKeyboard) : undefined;
    // VK drops a repeat of a recent random_id and answers with what it sent the first time.
    const earlier = randomId !== 0 ? this.byRandomId.get(randomId) : undefined;
    const items: unknown[] = [];
    const sent: FakeVkMessage[] = [];
    for (const peerId of peers) {
      const failure = this.peerFailures.get(peerId);
      if (failure !== undefined) {
        if (!batch) return vkError(failure);
        items.push({ peer_id: peerId, error: { code: failure, description: ERROR_TEXTS[failure] ?? 'error' } });
        continue;
      }
      let m = earlier?.find((x) => x.peerId === peerId);
      const decision = this.rules.peer(now, String(peerId), m !== undefined);
      if (!decision.ok) {
        if (!batch) return refusal(decision);
        items.push({ peer_id: peerId, error: { code: decision.error_code, description: decision.error_msg } });
        continue;
      }
      if (!m) {
        m = {
          peerId,
          messageId: peerId >= 2_000_000_000 ? 0 : this.nextMessageId++,
          conversationMessageId: this.nextCmid(peerId),
          randomId,
          text,
          ...(keyboard ? { keyboard } : {}),
          ...(p.attachment ? { attachment: p.attachment } : {}),
          ...(p.forward ? { forward: JSON.parse(p.forward) as unknown } : {}),
          edits: [],
        };
        this.messages.push(m);
        sent.push(m);
      }
      items.push({ peer_id: peerId, message_id: m.messageId, conversation_message_id: m.conversationMessageId });
    }
    if (randomId !== 0) this.byRandomId.set(randomId, [...(earlier ?? []), ...sent]);
    return { response: batch ? items : (items[0] as { message_id: number }).message_id };
  }

  private poll(url: URL, res: ServerResponse): void {
    const key = url.searchParams.get('key');
    if (key !== this.key) {
      json(res, { failed: 2 });
      return;
    }
    const ts = Number(url.searchParams.get('ts'));
    const wait = Number(url.searchParams.get('wait') ?? 25) * 1000;
    const h: HeldPoll = { res, ts, timer: setTimeout(() => this.answerHeld(h), Math.min(wait, this.maxHoldMs)) };
    if (this.pollFailures.length > 0 || this.updates.length + 1 > ts) {
      this.answerHeld(h);
      return;
    }
    this.held.push(h);
  }

  private releaseHeld(): void {
    for (const h of this.held.splice(0)) this.answerHeld(h);
  }

  private answerHeld(h: HeldPoll): void {
    this.held = this.held.filter((x) => x !== h);
    const failure = this.pollFailures.shift();
    if (failure !== undefined) {
      this.failedPolls++;
      if (failure === 1) this.answerPoll(h, { failed: 1, ts: String(this.updates.length + 1) });
      else {
        this.keyVersion++;
        this.key = `key${this.keyVersion}`;
        this.answerPoll(h, { failed: failure });
      }
      return;
    }
    const from = Math.max(1, h.ts);
    this.answerPoll(h, { ts: String(this.updates.length + 1), updates: this.updates.slice(from - 1) });
  }

  private answerPoll(h: HeldPoll, body: unknown): void {
    clearTimeout(h.timer);
    if (!h.res.headersSent) json(h.res, body);
    this.notify();
  }
}

function vkError(code: number): unknown {
  return { error: { error_code: code, error_msg: ERROR_TEXTS[code] ?? 'error', request_params: [] } };
}

/** A refusal of the rules, as VK answers it. */
function refusal(refused: Exclude<VkDecision, { ok: true }>): unknown {
  return { error: { error_code: refused.error_code, error_msg: refused.error_msg, request_params: [] } };
}

function json(res: ServerResponse, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) }).end(text);
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
