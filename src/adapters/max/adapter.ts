import { PLATFORM_LIMITS } from '../../messaging/platform-limits.js';
/**
 * The MAX adapter, on the official SDK (@maxhub/max-bot-api): platform updates in, MAX Bot API
 * calls out. Knows the messaging port and nothing of the core.
 *
 * Choices worth knowing:
 * - The SDK's `Api` makes every call (auth header, URLs, uploads, the retry of a send whose
 *   attachment is not ready yet). Its own polling loop is not used: it keeps the marker in
 *   memory, moves it before the updates are handled, handles a batch all at once, and retries a
 *   refused token forever. Ours asks `/updates` with the marker saved next to the database,
 *   moves it only once the batch is stored, keeps each chat's updates in order, and stops with a
 *   clear log when the token is refused.
 * - The dispatcher owns pacing and retries: a 429 or a server error comes back as a
 *   DeliveryResult; the SDK is given a fetch that copies a 429's Retry-After into the error.
 * - Button presses are answered (POST /answers) right after the core handled them.
 * - Webhook mode: a small HTTP server on the path of MAX_WEBHOOK_URL, subscribed with a
 *   secret that MAX sends back in X-Max-Bot-Api-Secret; a request without it is refused.
 */
import { randomUUID, timingSafeEqual } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Bot, MaxError } from '@maxhub/max-bot-api';
import type { Logger } from '../../log.js';
import type {
  BotCommandDescription,
  Delivery,
  DeliveryResult,
  FileRef,
  HandleOutcome,
  IncomingSink,
  MessengerAdapter,
  OutgoingFile,
  OutgoingMessage,
  PlatformLimits,
} from '../../messaging/types.js';
import type { LongPollCursor } from '../long-poll-cursor.js';
import { isAuthError, isNotModified, parseRetryAfter, RETRY_AFTER_FIELD, toDeliveryFailure, type DeliveryFailure } from './errors.js';
import {
  keyboardAttachment,
  keyboardPages,
  buttonRows,
  MAX_NOTIFICATION_LENGTH,
  MAX_TEXT_LENGTH,
  PAGE_TEXT,
  renderParts,
} from './render.js';
import { decodeMaxFileId, mapUpdate, UPDATE_TYPES, type MaxBotIdentity } from './updates.js';

/** MAX's Bot API (botapi v2); the SDK's default, named here for the settings' documentation. */
export const DEFAULT_MAX_API_BASE_URL = 'https://platform-api2.max.ru';

/** A bot downloads what a person sent to relay it elsewhere; bigger files are refused. */
export const MAX_DOWNLOAD_BYTES = 50 * 1024 * 1024;

/**
 * MAX's public figures (dev.max.ru): 30 requests a second for the bot, about 2 messages a
 * second into one dialog, texts up to 4,000 characters. The dispatcher paces by them.
 */
export const MAX_LIMITS: PlatformLimits = PLATFORM_LIMITS.max;

export interface MaxWebhookOptions {
  /** The public HTTPS URL MAX posts to (given to POST /subscriptions). */
  url: string;
  /** Sent back by MAX in X-Max-Bot-Api-Secret; 5–256 of A-Z a-z 0-9 _ -. */
  secret: string;
  /** The local port the webhook server listens on (0: any free one). */
  port: number;
  host?: string;
}

export interface MaxAdapterOptions {
  token: string;
  /** The Bot API server (MAX's own by default; tests point it at a fake). */
  apiBaseUrl?: string;
  logger: Logger;
  /** Called once when taking updates stopped for good (the token refused). */
  onFatal?: (reason: string) => void;
  /** Where the long poll left off, kept across restarts (next to the database). */
  marker?: LongPollCursor;
  /** Webhook mode when given; long polling otherwise. */
  webhook?: MaxWebhookOptions;
  /** How long MAX may hold one /updates request, in seconds (MAX: 0–90; default 30). */
  pollTimeoutSeconds?: number;
  /** The first wait after a failed poll (default 5 s), doubling up to 60 s. */
  pollRetryMs?: number;
  /** How long one API call may take (default 30 s). */
  requestTimeoutMs?: number;
  /** The language whose command list is published (MAX keeps one list per bot). */
  defaultLanguage?: string;
}

type Update = Record<string, unknown>;

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}

/** What a failure was, for a log line: status and MAX's code, never a text or a token. */
function errorForLog(err: unknown): Record<string, unknown> {
  if (err instanceof MaxError) return { status: err.status, code: err.code };
  if (err instanceof Error) {
    const cause = (err as { cause?: { code?: unknown } }).cause;
    return { name: err.name, ...(typeof cause?.code === 'string' ? { code: cause.code } : {}) };
  }
  return { name: typeof err };
}

/** A file name safe for a temporary path, kept as the person will see it. */
function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f]/g, '').trim();
  return clean && clean !== '.' && clean !== '..' ? clean.slice(0, 200) : 'file';
}

export class MaxAdapter implements MessengerAdapter {
  readonly platform = 'max' as const;
  readonly limits = MAX_LIMITS;
  /** The SDK's bot; only its `api` is used. */
  readonly bot: Bot;

  private readonly log: Logger;
  private readonly options: MaxAdapterOptions;
  private identity?: MaxBotIdentity;
  private sink?: IncomingSink;
  private running = false;
  private abort = new AbortController();
  private pollLoop?: Promise<void>;
  private marker: number | undefined;
  private webhookServer?: Server;
  private fatalReported = false;
  /** The tail of each chat's queue of updates being handled. */
  private readonly chatQueues = new Map<string, Promise<void>>();
  private readonly inFlight = new Set<Promise<void>>();

  constructor(options: MaxAdapterOptions) {
    this.options = options;
    this.log = options.logger.child({ adapter: 'max' });
    const timeoutMs = options.requestTimeoutMs ?? 30_000;
    const base = options.apiBaseUrl ?? DEFAULT_MAX_API_BASE_URL;
    this.bot = new Bot(options.token, {
      clientOptions: {
        // `new URL('messages', base)` drops a base's last path segment unless it ends in "/".
        baseUrl: base.endsWith('/') ? base : `${base}/`,
        fetch: async (input, init) => {
          const res = await fetch(input, { ...init, signal: init?.signal ?? AbortSignal.timeout(timeoutMs) });
          if (res.status !== 429) return res;
          const wait = parseRetryAfter(res.headers.get('retry-after'));
          let body: Record<string, unknown> = {};
          try {
            const parsed: unknown = await res.json();
            if (parsed && typeof parsed === 'object') body = parsed as Record<string, unknown>;
          } catch {
            body = { code: 'too.many.requests', message: 'Too many requests' };
          }
          if (wait !== undefined) body[RETRY_AFTER_FIELD] = wait;
          return new Response(JSON.stringify(body), { status: 429, headers: { 'content-type': 'application/json' } });
        },
      },
    });
    const saved = options.marker?.load();
    if (saved !== undefined) this.marker = Number(saved);
  }

  /** The webhook server's port once started (0 without one). */
  get webhookPort(): number {
    const address = this.webhookServer?.address() as AddressInfo | null | undefined;
    return address?.port ?? 0;
  }

  // ---------------------------------------------------------------- inbound

  /** Who the bot is (GET /me, asked once): main learns the username for max.ru invitation links. */
  async identify(): Promise<{ id: number; username?: string }> {
    if (!this.identity) {
      let info;
      try {
        info = await this.bot.api.getMyInfo();
      } catch (err) {
        if (isAuthError(err)) throw new Error('max: the bot token was refused (401); check MAX_BOT_TOKEN');
        throw new Error(`max: GET /me failed (${toDeliveryFailure(err).detail})`);
      }
      this.identity = { userId: info.user_id, ...(info.username ? { username: info.username } : {}) };
    }
    return { id: this.identity.userId, ...(this.identity.username ? { username: this.identity.username } : {}) };
  }

  async start(sink: IncomingSink): Promise<void> {
    if (this.running) throw new Error('max adapter: already started');
    await this.identify();
    this.sink = sink;
    this.running = true;
    this.abort = new AbortController();
    const webhook = this.options.webhook;
    try {
      if (webhook) await this.startWebhook(webhook);
      else await this.startPolling();
    } catch (err) {
      this.running = false;
      throw err;
    }
  }

  async stop(): Promise<void> {
    this.running = false;
    this.abort.abort();
    await this.pollLoop;
    this.pollLoop = undefined;
    const server = this.webhookServer;
    this.webhookServer = undefined;
    if (server) {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
    this.sink = undefined;
    this.log.info('max: stopped');
  }

  private async startPolling(): Promise<void> {
    // Polling and a webhook exclude each other: a subscription left by an earlier deployment goes.
    try {
      const subscriptions = (await this.bot.api.getSubscriptions()) ?? [];
      for (const s of subscriptions) await this.bot.api.unsubscribe(s.url);
      if (subscriptions.length) {
        this.log.warn(
          { removed: subscriptions.length },
          'max: webhook subscriptions removed to poll; if another copy of the bot uses this token in webhook mode, stop it',
        );
      }
    } catch (err) {
      if (isAuthError(err)) throw new Error('max: the bot token was refused (401); check MAX_BOT_TOKEN');
      this.log.warn({ err: errorForLog(err) }, 'max: could not read webhook subscriptions; polling anyway');
    }
    this.pollLoop = this.poll();
    this.log.info({ botId: this.identity?.userId, resumed: this.marker !== undefined }, 'max: long polling started');
  }

  private async poll(): Promise<void> {
    const timeout = this.options.pollTimeoutSeconds ?? 30;
    const retryBase = this.options.pollRetryMs ?? 5_000;
    let retry = retryBase;
    const signal = this.abort.signal;
    while (this.running) {
      const startedAt = Date.now();
      let answer: { updates: unknown[]; marker: number };
      try {
        answer = (await this.bot.api.getUpdates([...UPDATE_TYPES], {
          ...(this.marker !== undefined ? { marker: this.marker } : {}),
          timeout,
          limit: 100,
          signal: AbortSignal.any([signal, AbortSignal.timeout((timeout + 15) * 1000)]),
        })) as unknown as { updates: unknown[]; marker: number };
      } catch (err) {
        if (!this.running) return;
        if (isAuthError(err)) {
          this.fatal('max: the bot token was refused (401 Unauthorized); polling stopped. Check MAX_BOT_TOKEN');
          return;
        }
        const failure = toDeliveryFailure(err);
        const wait = failure.reason === 'rate_limited' ? Math.max(failure.retryAfterMs, 1_000) : retry;
        this.log.warn({ err: errorForLog(err), waitMs: wait }, 'max: getting updates failed; retrying');
        await sleep(wait, signal);
        if (failure.reason !== 'rate_limited') retry = Math.min(retry * 2, 60_000);
        continue;
      }
      retry = retryBase;
      const updates = Array.isArray(answer?.updates) ? answer.updates : [];
      // Every update of the batch is stored before the marker moves on: a stop or a crash in
      // between asks for the same batch again, and the router drops what it has seen.
      await Promise.allSettled(updates.map((u) => this.handleRaw(u as Update)));
      if (!this.running) return;
      if (typeof answer?.marker === 'number' && answer.marker !== this.marker) {
        this.marker = answer.marker;
        try {
          this.options.marker?.save(String(answer.marker));
        } catch (err) {
          this.log.warn({ err: errorForLog(err) }, 'max: the polling marker was not saved');
        }
      }
      // A server that answers an empty poll at once (a proxy ignoring `timeout`) is not polled in a busy loop.
      if (updates.length === 0 && Date.now() - startedAt < 250) await sleep(250, signal);
    }
  }

  private fatal(reason: string): void {
    this.log.error(reason);
    this.running = false;
    if (this.fatalReported) return;
    this.fatalReported = true;
    this.options.onFatal?.(reason);
  }

  private async startWebhook(webhook: MaxWebhookOptions): Promise<void> {
    const path = new URL(webhook.url).pathname || '/';
    const secret = Buffer.from(webhook.secret);
    const server = createServer((req, res) => void this.onWebhook(req, res, path, secret));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(webhook.port, webhook.host ?? '0.0.0.0', () => resolve());
    });
    this.webhookServer = server;
    try {
      const answer = await this.bot.api.subscribe(webhook.url, webhook.secret, [...UPDATE_TYPES] as never);
      if (answer && (answer as { success?: boolean }).success === false) {
        throw new Error(`max: the webhook subscription was refused (${(answer as { message?: string }).message ?? 'no reason'})`);
      }
    } catch (err) {
      server.close();
      this.webhookServer = undefined;
      if (isAuthError(err)) throw new Error('max: the bot token was refused (401); check MAX_BOT_TOKEN');
      throw err instanceof MaxError ? new Error(`max: subscribing the webhook failed (${toDeliveryFailure(err).detail})`) : err;
    }
    this.log.info({ port: this.webhookPort }, 'max: webhook subscribed');
  }

  private async onWebhook(req: IncomingMessage, res: ServerResponse, path: string, secret: Buffer): Promise<void> {
    const header = req.headers['x-max-bot-api-secret'];
    const given = Buffer.from(typeof header === 'string' ? header : '');
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.method !== 'POST' || url.pathname !== path) {
      req.resume();
      res.writeHead(404).end();
      return;
    }
    if (given.length !== secret.length || !timingSafeEqual(given, secret)) {
      req.resume();
      this.log.warn('max: a webhook request without the right secret was refused');
      res.writeHead(401).end();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > 1_000_000) {
        res.writeHead(413).end();
        return;
      }
      chunks.push(chunk as Buffer);
    }
    let update: unknown;
    try {
      update = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      res.writeHead(400).end();
      return;
    }
    try {
      await this.handleRaw(update as Update);
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    } catch {
      // MAX delivers it again; the router drops a repeat.
      res.writeHead(500).end();
    }
  }

  /**
   * One raw update: map it, hand it to the sink in its chat's order, answer a button press.
   * Resolves when the sink resolved (the update is stored); rejects when the sink failed.
   */
  private handleRaw(raw: Update): Promise<void> {
    const mapped = mapUpdate(raw, this.identity);
    if ('ignored' in mapped) {
      this.log.debug({ type: raw?.update_type, why: mapped.ignored }, 'max: update ignored');
      return Promise.resolve();
    }
    const { incoming, callbackId } = mapped;
    const sink = this.sink;
    if (!this.running || !sink) return Promise.reject(new Error('adapter stopped'));
    const run = async (): Promise<void> => {
      let outcome: HandleOutcome | undefined;
      try {
        outcome = await sink(incoming);
      } catch (err) {
        this.log.error({ updateId: incoming.updateId, kind: incoming.kind, err: errorForLog(err) }, 'max: handling an update failed');
        if (callbackId) await this.answerCallback(callbackId, undefined);
        throw err;
      }
      if (callbackId) await this.answerCallback(callbackId, outcome?.ackText);
    };
    const chat = incoming.from.chatId;
    const previous = this.chatQueues.get(chat) ?? Promise.resolve();
    const task = previous.then(run, run);
    const tail = task.catch(() => undefined);
    this.chatQueues.set(chat, tail);
    this.inFlight.add(tail);
    void tail.finally(() => {
      this.inFlight.delete(tail);
      if (this.chatQueues.get(chat) === tail) this.chatQueues.delete(chat);
    });
    return task;
  }

  /** Stops the button's spinner; with a text, shows it as a notification. Never throws. */
  private async answerCallback(callbackId: string, ackText: string | undefined): Promise<void> {
    const chars = ackText ? Array.from(ackText) : [];
    const notification = chars.length > MAX_NOTIFICATION_LENGTH ? `${chars.slice(0, MAX_NOTIFICATION_LENGTH - 1).join('')}…` : ackText;
    try {
      // The SDK's type leaves out `notification`; MAX takes it.
      await this.bot.api.answerOnCallback(callbackId, (notification ? { notification } : {}) as never);
    } catch (err) {
      this.log.warn({ err: errorForLog(err) }, 'max: answering a button press failed');
    }
  }

  // ---------------------------------------------------------------- outbound

  async deliver(delivery: Delivery): Promise<DeliveryResult> {
    try {
      if (delivery.to.platform !== 'max') return { ok: false, reason: 'rejected', detail: `not a max chat: ${delivery.to.platform}` };
      const chatId = Number(delivery.to.chatId);
      if (!Number.isSafeInteger(chatId)) return { ok: false, reason: 'rejected', detail: 'bad max chat id' };
      if (delivery.op === 'edit') return await this.edit(delivery.platformMessageId, delivery.message);
      return await this.send(chatId, delivery.message, delivery.replyToMessageId);
    } catch (err) {
      const result = toDeliveryFailure(err, delivery.op);
      if (isAuthError(err)) this.log.error('max: the bot token was refused while sending (401); check MAX_BOT_TOKEN');
      this.log.debug({ chatId: delivery.to.chatId, op: delivery.op, reason: result.reason, detail: result.detail }, 'max: delivery failed');
      return result;
    }
  }

  /** MAX counts 4,000 characters; an html text is counted with its tags, to be safe (the outbox splits at 4,000 too). */
  private tooLong(message: OutgoingMessage): DeliveryFailure | null {
    const length = message.text.length;
    return length > MAX_TEXT_LENGTH
      ? { ok: false, reason: 'rejected', detail: `text of ${length} characters is over MAX's ${MAX_TEXT_LENGTH}` }
      : null;
  }

  private async send(chatId: number, message: OutgoingMessage, replyTo: string | undefined): Promise<DeliveryResult> {
    const long = this.tooLong(message);
    if (long) return long;
    const { parts, dropped } = renderParts(message);
    if (dropped > 0) this.log.warn({ dropped }, 'max: buttons MAX cannot carry were left out');
    const first = parts[0]!;
    const attachments: unknown[] = [];
    if (message.file) {
      const file = await this.attachmentFor(message.file);
      if (!('attachment' in file)) return file;
      attachments.push(file.attachment);
    }
    if (first.keyboard) attachments.push(keyboardAttachment(first.keyboard));
    const text = first.text || (attachments.length && message.file ? '' : PAGE_TEXT);
    const sent = await this.bot.api.sendMessageToChat(chatId, text, {
      ...(first.format ? { format: first.format } : {}),
      ...(attachments.length ? { attachments: attachments as never } : {}),
      ...(replyTo ? { link: { type: 'reply', mid: replyTo } } : {}),
    });
    const id = sent?.body?.mid;
    for (const part of parts.slice(1)) {
      // A page that fails is logged, not retried: a retry would send the first part twice.
      try {
        await this.bot.api.sendMessageToChat(chatId, part.text, { attachments: [keyboardAttachment(part.keyboard!)] as never });
      } catch (err) {
        this.log.warn({ chatId, err: errorForLog(err) }, 'max: a further page of buttons was not sent');
      }
    }
    return { ok: true, ...(id ? { platformMessageId: String(id) } : {}) };
  }

  private async edit(messageId: string, message: OutgoingMessage): Promise<DeliveryResult> {
    const long = this.tooLong(message);
    if (long) return long;
    // An edited message keeps one keyboard (an edit cannot add messages); [] removes it.
    const pages = keyboardPages(buttonRows({ buttons: message.buttons ?? [] }).rows);
    if (pages.length > 1) this.log.warn({ pages: pages.length }, 'max: an edit keeps only the first page of buttons');
    const attachments: unknown[] = [];
    const file = message.file?.source.type === 'platform' && message.file.source.ref.platform === 'max' ? message.file : undefined;
    if (file) {
      const a = await this.attachmentFor(file);
      if ('attachment' in a) attachments.push(a.attachment);
    }
    if (pages[0]) attachments.push(keyboardAttachment(pages[0]));
    try {
      const answer = (await this.bot.api.editMessage(messageId, {
        text: message.text || PAGE_TEXT,
        ...(message.format === 'html' ? { format: 'html' as const } : {}),
        attachments: attachments as never,
      })) as { success?: boolean; message?: string } | undefined;
      if (answer && answer.success === false) return { ok: false, reason: 'rejected', detail: `max refused the edit: ${answer.message ?? ''}` };
    } catch (err) {
      if (isNotModified(err)) return { ok: true, platformMessageId: messageId };
      throw err;
    }
    return { ok: true, platformMessageId: messageId };
  }

  /** An outgoing file → an attachment for POST /messages (uploading bytes), or why it cannot be sent. */
  private async attachmentFor(file: OutgoingFile): Promise<{ attachment: Record<string, unknown> } | DeliveryFailure> {
    const { source } = file;
    if (source.type === 'platform') {
      if (source.ref.platform !== 'max') {
        return { ok: false, reason: 'rejected', detail: `a ${source.ref.platform} file must be re-uploaded as bytes` };
      }
      const { type, token } = decodeMaxFileId(source.ref.fileId);
      if (!token) return { ok: false, reason: 'rejected', detail: 'max file has no token' };
      return { attachment: { type, payload: { token } } };
    }
    // The SDK names a Buffer with a random UUID; a file on disk keeps its name, which MAX shows.
    const dir = await mkdtemp(join(tmpdir(), 'nastavnik-max-'));
    const path = join(dir, safeFileName(file.name || `${file.kind}-${randomUUID()}`));
    try {
      await writeFile(path, Buffer.from(source.base64, 'base64'));
      const { api } = this.bot;
      const uploaded =
        file.kind === 'photo'
          ? await api.uploadImage({ source: path })
          : file.kind === 'video'
            ? await api.uploadVideo({ source: path })
            : file.kind === 'voice' || file.kind === 'audio'
              ? await api.uploadAudio({ source: path })
              : await api.uploadFile({ source: path });
      return { attachment: uploaded.toJson() as Record<string, unknown> };
    } catch (err) {
      const failure = toDeliveryFailure(err);
      this.log.warn({ kind: file.kind, err: errorForLog(err), reason: failure.reason }, 'max: upload failed');
      return failure.reason === 'rejected' ? { ...failure, detail: `upload: ${failure.detail}` } : failure;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  async downloadFile(ref: FileRef): Promise<{ bytes: Buffer; name: string; mime?: string }> {
    const { url } = decodeMaxFileId(ref.fileId);
    if (!url) throw new Error('max: the file has no download URL');
    if (ref.size !== undefined && ref.size > MAX_DOWNLOAD_BYTES) throw new Error(`max: the file is ${ref.size} bytes, over ${MAX_DOWNLOAD_BYTES}`);
    let res: Response;
    try {
      res = await fetch(url, { signal: AbortSignal.timeout(120_000) });
    } catch (err) {
      throw new Error(`max: downloading a file failed (${String(errorForLog(err).code ?? errorForLog(err).name)})`);
    }
    if (!res.ok) {
      await res.body?.cancel();
      throw new Error(`max: downloading a file failed (HTTP ${res.status})`);
    }
    const bytes = Buffer.from(await res.arrayBuffer());
    if (bytes.length > MAX_DOWNLOAD_BYTES) throw new Error(`max: the file is ${bytes.length} bytes, over ${MAX_DOWNLOAD_BYTES}`);
    const contentType = res.headers.get('content-type')?.split(';')[0]?.trim();
    const mime = ref.mime ?? (contentType && contentType !== 'application/octet-stream' ? contentType : undefined);
    return { bytes, name: ref.name ?? `${ref.kind}`, ...(mime ? { mime } : {}) };
  }

  /** MAX keeps one command list per bot: the default language's is published. */
  async setCommands(language: string, commands: BotCommandDescription[]): Promise<void> {
    if (language !== (this.options.defaultLanguage ?? 'ru')) return;
    try {
      await this.bot.api.setMyCommands(commands.map((c) => ({ name: c.command, description: c.description })));
    } catch (err) {
      this.log.warn({ err: errorForLog(err) }, 'max: publishing the command list failed; it stays as it was');
    }
  }
}

export function createMaxAdapter(options: MaxAdapterOptions): MaxAdapter {
  return new MaxAdapter(options);
}
