/**
 * The Telegram adapter (grammY): platform updates in, Bot API calls out. Knows the messaging
 * port and nothing of the core. Long polling through @grammyjs/runner by default (concurrent
 * across chats, sequential within one chat), a webhook server when configured.
 */
import { PLATFORM_LIMITS } from '../../messaging/platform-limits.js';
import { posix } from 'node:path';
import { Bot, BotError, GrammyError, type Context, type Transformer } from 'grammy';
import type { Message } from 'grammy/types';
import { run, sequentialize, type RunnerHandle } from '@grammyjs/runner';
import type { Logger } from '../../log.js';
import type {
  BotCommandDescription,
  Delivery,
  DeliveryResult,
  FileRef,
  HandleOutcome,
  Incoming,
  IncomingSink,
  MessengerAdapter,
  OutgoingMessage,
  PlatformLimits,
} from '../../messaging/types.js';
import { errorCodeOf, isNoTextToEdit, isNotModified, scrubToken, toDeliveryFailure } from './errors.js';
import {
  chatIdOf,
  editMarkup,
  FILE_METHOD,
  fileInput,
  MAX_CAPTION_LENGTH,
  parseModeOf,
  RenderError,
  replyParameters,
  sendMarkup,
} from './render.js';
import { ALLOWED_UPDATES, toIncoming } from './updates.js';
import { startWebhookServer, type WebhookServer } from './webhook.js';

export const DEFAULT_API_ROOT = 'https://api.telegram.org';

/** Bot API: a bot may download files up to 20 MB. */
export const MAX_DOWNLOAD_BYTES = 20 * 1024 * 1024;

/** Telegram's public figures (the one table in messaging/platform-limits.ts); the dispatcher paces by them. */
export const TELEGRAM_LIMITS: PlatformLimits = PLATFORM_LIMITS.telegram;

/** A callback query answer's text may be at most 200 characters. */
const MAX_ACK_TEXT = 200;

export interface TelegramWebhookOptions {
  /** The public HTTPS URL Telegram posts to (given to setWebhook). */
  url: string;
  /** Sent back by Telegram in X-Telegram-Bot-Api-Secret-Token; 1–256 of A-Z a-z 0-9 _ -. */
  secret: string;
  /** The local port the webhook server listens on. */
  port: number;
  /** The local interface; all interfaces by default. */
  host?: string;
}

export interface TelegramAdapterOptions {
  token: string;
  /** The Bot API server, https://api.telegram.org by default (an emulator in tests). */
  apiRoot?: string;
  /** Webhook mode when given; long polling otherwise. */
  webhook?: TelegramWebhookOptions;
  logger: Logger;
  /** Called once when taking updates stopped for good (another instance polling, token refused). */
  onFatal?: (reason: string) => void;
  /** The language whose command list is also published as the default one (no language_code). */
  defaultLanguage?: string;
  /**
   * A pause after an empty getUpdates answer that came back at once. Telegram holds a long poll
   * for up to 30 s, so this never applies there; it keeps a server that ignores `timeout` (an
   * emulator, a misconfigured proxy) from being polled in a busy loop.
   */
  idlePollDelayMs?: number;
}

export class TelegramFileTooLargeError extends Error {
  override name = 'TelegramFileTooLargeError';
  constructor(readonly size: number) {
    super(`the file is ${size} bytes; the Telegram Bot API lets a bot download at most ${MAX_DOWNLOAD_BYTES} bytes (20 MB)`);
  }
}

/** Stack frames without the message line: where it failed, never what a person wrote. */
function errorForLog(err: unknown): { name: string; code?: string; stack?: string } {
  if (err instanceof GrammyError) return { name: err.name, code: String(err.error_code) };
  if (err instanceof Error) {
    const frames = err.stack?.split('\n').slice(1).join('\n');
    return frames ? { name: err.name, stack: frames } : { name: err.name };
  }
  return { name: typeof err };
}

/** The part of an AbortSignal (DOM's or the abort-controller shim grammY types with) sleep needs. */
interface AbortLike {
  readonly aborted: boolean;
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

function sleep(ms: number, signal?: AbortLike): Promise<void> {
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

export class TelegramAdapter implements MessengerAdapter {
  readonly platform = 'telegram' as const;
  readonly limits = TELEGRAM_LIMITS;
  /** The grammY bot; exposed for tests and for composing extra middleware before start. */
  readonly bot: Bot;

  private readonly log: Logger;
  private readonly token: string;
  private readonly apiRoot: string;
  private readonly options: TelegramAdapterOptions;
  private sink: IncomingSink | undefined;
  private runner: RunnerHandle | undefined;
  /** The last getUpdates failed (network, or Telegram refused it). */
  private pollFailing = false;
  private webhookServer: WebhookServer | undefined;
  private readonly inFlight = new Set<Promise<unknown>>();
  private started = false;
  private stopping = false;
  private fatalReported = false;

  constructor(options: TelegramAdapterOptions) {
    this.options = options;
    this.token = options.token;
    this.apiRoot = (options.apiRoot ?? DEFAULT_API_ROOT).replace(/\/+$/, '');
    this.log = options.logger.child({ adapter: 'telegram' });
    this.bot = new Bot(options.token, { client: { apiRoot: this.apiRoot, timeoutSeconds: 60 } });
    this.bot.api.config.use(this.pollingTransformer());

    // The error boundary: whatever escapes the middleware is logged by update id and dropped.
    this.bot.catch((err) => {
      this.log.error({ updateId: err.ctx.update.update_id, err: errorForLog(err.error) }, 'telegram: an update failed');
    });
    // Count the update as in flight from the moment it enters, also while it waits for its chat.
    this.bot.use(async (_ctx, next) => {
      const p = next();
      this.inFlight.add(p);
      try {
        await p;
      } finally {
        this.inFlight.delete(p);
      }
    });
    this.bot.use(sequentialize((ctx: Context) => {
      const id = ctx.chat?.id ?? ctx.from?.id;
      return id === undefined ? undefined : String(id);
    }));
    this.bot.use((ctx) => this.onUpdate(ctx));
  }

  // ---------------------------------------------------------------- inbound

  /**
   * Who the bot is (getMe, asked once): main can learn the username for invitation links
   * (t.me/<username>?start=CODE) before it builds the core. start() does this itself.
   */
  async identify(): Promise<{ id: number; username: string }> {
    try {
      await this.bot.init();
    } catch (err) {
      if (err instanceof GrammyError && err.error_code === 401) {
        throw new Error('telegram: the bot token was refused (401 Unauthorized); check TELEGRAM_BOT_TOKEN');
      }
      throw new Error(`telegram: getMe failed (${scrubToken(toDeliveryFailure(err).detail ?? 'unknown', this.token)})`);
    }
    return { id: this.bot.botInfo.id, username: this.bot.botInfo.username };
  }

  async start(sink: IncomingSink): Promise<void> {
    if (this.started) throw new Error('telegram adapter: already started');
    this.started = true;
    this.sink = sink;
    try {
      await this.identify();
    } catch (err) {
      this.started = false;
      throw err;
    }
    this.log.info({ botId: this.bot.botInfo.id, mode: this.options.webhook ? 'webhook' : 'polling' }, 'telegram: bot identified');

    const webhook = this.options.webhook;
    if (webhook) {
      this.webhookServer = await startWebhookServer({
        secret: webhook.secret,
        port: webhook.port,
        ...(webhook.host !== undefined ? { host: webhook.host } : {}),
        logger: this.log,
        handle: async (update) => {
          try {
            await this.bot.handleUpdate(update);
          } catch (err) {
            if (err instanceof BotError) await this.bot.errorHandler(err);
            else throw err;
          }
        },
      });
      try {
        await this.bot.api.setWebhook(webhook.url, {
          secret_token: webhook.secret,
          allowed_updates: [...ALLOWED_UPDATES],
        });
      } catch (err) {
        await this.webhookServer.close();
        this.webhookServer = undefined;
        this.started = false;
        throw new Error(`telegram: setWebhook failed (${scrubToken(toDeliveryFailure(err).detail ?? 'unknown', this.token)})`);
      }
      this.log.info({ port: this.webhookServer.port }, 'telegram: webhook set');
      return;
    }

    // Polling and a webhook exclude each other: drop a webhook left from an earlier deployment.
    try {
      await this.bot.api.deleteWebhook();
    } catch (err) {
      this.log.warn({ err: errorForLog(err) }, 'telegram: deleteWebhook failed; polling anyway');
    }
    const runner = run(this.bot, {
      runner: {
        silent: true, // failures are logged by the polling transformer, without URLs
        retryInterval: 'quadratic',
        fetch: { timeout: 30, allowed_updates: [...ALLOWED_UPDATES] },
      },
    });
    this.runner = runner;
    runner.task()?.catch((err: unknown) => this.pollingFailed(err));
    this.log.info('telegram: polling started');
  }

  connected(): boolean {
    if (this.options.webhook) return Boolean(this.webhookServer);
    return Boolean(this.runner?.isRunning()) && !this.pollFailing;
  }

  async stop(): Promise<void> {
    if (this.stopping) return;
    this.stopping = true;
    const runner = this.runner;
    this.runner = undefined;
    if (runner?.isRunning()) {
      try {
        await runner.stop();
      } catch {
        // a failure of the last poll does not matter any more
      }
    }
    const server = this.webhookServer;
    this.webhookServer = undefined;
    if (server) await server.close();
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
    this.log.info('telegram: stopped');
  }

  private pollingFailed(err: unknown): void {
    this.runner = undefined;
    if (this.stopping) return;
    let reason: string;
    if (err instanceof GrammyError && err.error_code === 409) {
      reason = 'telegram: another instance is polling this token (409 Conflict); polling stopped';
    } else if (err instanceof GrammyError && err.error_code === 401) {
      reason = 'telegram: the bot token was refused (401 Unauthorized); polling stopped';
    } else {
      reason = 'telegram: polling failed for too long and stopped';
    }
    this.log.error({ err: errorForLog(err) }, reason);
    if (this.fatalReported) return;
    this.fatalReported = true;
    this.options.onFatal?.(reason);
  }

  /** Logs failed polls (ids and codes only) and keeps an instantly-empty poll from spinning. */
  private pollingTransformer(): Transformer {
    const idleDelay = this.options.idlePollDelayMs ?? 100;
    return async (prev, method, payload, signal) => {
      if (method !== 'getUpdates') return prev(method, payload, signal);
      const startedAt = Date.now();
      let res: Awaited<ReturnType<typeof prev>>;
      try {
        res = await prev(method, payload, signal);
        this.pollFailing = !res.ok;
      } catch (err) {
        if (!signal?.aborted) {
          this.pollFailing = true;
          this.log.warn({ err: { name: (err as Error)?.name, code: errorCodeOf((err as { error?: unknown })?.error) } }, 'telegram: getUpdates failed; retrying');
        }
        throw err;
      }
      if (!res.ok) {
        if (res.error_code !== 409 && res.error_code !== 401) {
          this.log.warn({ code: res.error_code, description: res.description }, 'telegram: getUpdates refused; retrying');
        }
      } else if (Array.isArray(res.result) && res.result.length === 0 && idleDelay > 0 && Date.now() - startedAt < 1000) {
        await sleep(idleDelay, signal);
      }
      return res;
    };
  }

  private onUpdate(ctx: Context): Promise<void> | void {
    const sink = this.sink;
    if (!sink) return;
    const incoming = toIncoming(ctx.update, { id: ctx.me.id, username: ctx.me.username });
    if (!incoming) {
      this.log.debug({ updateId: ctx.update.update_id }, 'telegram: update ignored');
      return;
    }
    return this.deliverToSink(sink, incoming, ctx.callbackQuery?.id);
  }

  private async deliverToSink(sink: IncomingSink, incoming: Incoming, callbackQueryId: string | undefined): Promise<void> {
    let outcome: HandleOutcome | undefined;
    try {
      outcome = await sink(incoming);
    } catch (err) {
      this.log.error(
        { updateId: incoming.updateId, kind: incoming.kind, chatId: incoming.from.chatId, err: errorForLog(err) },
        'telegram: handling an update failed',
      );
    }
    if (callbackQueryId === undefined) return;
    // Always answer a button press, also after a failure: no spinner stays on the person's screen.
    const text = outcome?.ackText ? outcome.ackText.slice(0, MAX_ACK_TEXT) : undefined;
    try {
      await this.bot.api.answerCallbackQuery(callbackQueryId, text ? { text } : undefined);
    } catch (err) {
      this.log.warn({ updateId: incoming.updateId, err: errorForLog(err) }, 'telegram: answerCallbackQuery failed');
    }
  }

  // ---------------------------------------------------------------- outbound

  async deliver(delivery: Delivery): Promise<DeliveryResult> {
    try {
      if (delivery.op === 'send') return await this.send(delivery.to.chatId, delivery.message, delivery.replyToMessageId);
      return await this.edit(delivery.to.chatId, delivery.platformMessageId, delivery.message);
    } catch (err) {
      if (err instanceof RenderError) return { ok: false, reason: 'rejected', detail: err.message };
      const failure = toDeliveryFailure(err);
      const result = { ...failure, detail: scrubToken(failure.detail ?? '', this.token) };
      this.log.debug({ chatId: delivery.to.chatId, op: delivery.op, reason: result.reason }, 'telegram: delivery failed');
      return result;
    }
  }

  private async send(chatIdText: string, message: OutgoingMessage, replyTo: string | undefined): Promise<DeliveryResult> {
    const chatId = chatIdOf(chatIdText);
    const markup = sendMarkup(message);
    const parseMode = parseModeOf(message);
    const reply = replyParameters(replyTo);
    const withMarkup = markup ? { reply_markup: markup } : {};

    if (!message.file) {
      const sent = await this.bot.api.sendMessage(chatId, message.text, { ...parseMode, ...reply, ...withMarkup });
      return { ok: true, platformMessageId: String(sent.message_id) };
    }

    const input = fileInput(message.file);
    const captionFits = message.text.length <= MAX_CAPTION_LENGTH;
    const fileOther = captionFits
      ? { ...(message.text !== '' ? { caption: message.text, ...parseMode } : {}), ...reply, ...withMarkup }
      : { ...reply };
    const sentFile = await this.sendFile(chatId, message.file.kind, input, fileOther);
    if (captionFits) return { ok: true, platformMessageId: String(sentFile.message_id) };
    // A text too long for a caption follows the file as its own message, carrying the buttons.
    const sent = await this.bot.api.sendMessage(chatId, message.text, { ...parseMode, ...withMarkup });
    return { ok: true, platformMessageId: String(sent.message_id) };
  }

  private sendFile(
    chatId: number | string,
    kind: keyof typeof FILE_METHOD,
    input: ReturnType<typeof fileInput>,
    other: Record<string, unknown>,
  ): Promise<Message> {
    const api = this.bot.api;
    switch (kind) {
      case 'photo':
        return api.sendPhoto(chatId, input, other);
      case 'document':
        return api.sendDocument(chatId, input, other);
      case 'voice':
        return api.sendVoice(chatId, input, other);
      case 'audio':
        return api.sendAudio(chatId, input, other);
      case 'video':
        return api.sendVideo(chatId, input, other);
    }
  }

  private async edit(chatIdText: string, platformMessageId: string, message: OutgoingMessage): Promise<DeliveryResult> {
    const chatId = chatIdOf(chatIdText);
    if (!/^\d+$/.test(platformMessageId)) throw new RenderError(`not a Telegram message id: ${platformMessageId}`);
    const messageId = Number(platformMessageId);
    const other = { ...parseModeOf(message), reply_markup: editMarkup(message) };
    try {
      await this.bot.api.editMessageText(chatId, messageId, message.text, other);
    } catch (err) {
      if (isNotModified(err)) return { ok: true, platformMessageId };
      if (!isNoTextToEdit(err)) throw err;
      // The message is a file with a caption: edit the caption instead.
      try {
        await this.bot.api.editMessageCaption(chatId, messageId, { caption: message.text, ...other });
      } catch (err2) {
        if (!isNotModified(err2)) throw err2;
      }
    }
    return { ok: true, platformMessageId };
  }

  // ---------------------------------------------------------------- files and commands

  async downloadFile(ref: FileRef): Promise<{ bytes: Buffer; name: string; mime?: string }> {
    if (ref.platform !== 'telegram') throw new Error(`telegram: cannot download a ${ref.platform} file`);
    if (typeof ref.size === 'number' && ref.size > MAX_DOWNLOAD_BYTES) throw new TelegramFileTooLargeError(ref.size);
    let file;
    try {
      file = await this.bot.api.getFile(ref.fileId);
    } catch (err) {
      if (err instanceof GrammyError && /file is too big/i.test(err.description)) {
        throw new TelegramFileTooLargeError(ref.size ?? MAX_DOWNLOAD_BYTES + 1);
      }
      throw new Error(`telegram: getFile failed (${scrubToken(toDeliveryFailure(err).detail ?? 'unknown', this.token)})`);
    }
    if (typeof file.file_size === 'number' && file.file_size > MAX_DOWNLOAD_BYTES) throw new TelegramFileTooLargeError(file.file_size);
    if (!file.file_path) throw new Error('telegram: getFile gave no file_path (the file is not available for download)');

    const path = file.file_path.split('/').map(encodeURIComponent).join('/');
    let res: Response;
    try {
      res = await fetch(`${this.apiRoot}/file/bot${this.token}/${path}`, { signal: AbortSignal.timeout(120_000) });
    } catch (err) {
      throw new Error(`telegram: downloading a file failed (${errorCodeOf(err)})`);
    }
    if (!res.ok) {
      await res.body?.cancel();
      throw new Error(`telegram: downloading a file failed (HTTP ${res.status})`);
    }
    const declared = Number(res.headers.get('content-length') ?? NaN);
    if (Number.isFinite(declared) && declared > MAX_DOWNLOAD_BYTES) {
      await res.body?.cancel();
      throw new TelegramFileTooLargeError(declared);
    }
    const bytes = Buffer.from(await res.arrayBuffer());
    if (bytes.length > MAX_DOWNLOAD_BYTES) throw new TelegramFileTooLargeError(bytes.length);

    const name = ref.name ?? (posix.basename(file.file_path) || `${ref.kind}`);
    const contentType = res.headers.get('content-type')?.split(';')[0]?.trim();
    const mime = ref.mime ?? (contentType && contentType !== 'application/octet-stream' ? contentType : undefined);
    return mime ? { bytes, name, mime } : { bytes, name };
  }

  async setCommands(language: string, commands: BotCommandDescription[]): Promise<void> {
    const list = commands.map((c) => ({ command: c.command, description: c.description }));
    try {
      await this.bot.api.setMyCommands(list, { language_code: language as never });
      if (language === (this.options.defaultLanguage ?? 'ru')) await this.bot.api.setMyCommands(list);
    } catch (err) {
      this.log.warn({ language, err: errorForLog(err) }, 'telegram: setMyCommands failed; the command menu stays as it was');
    }
  }
}

export function createTelegramAdapter(options: TelegramAdapterOptions): TelegramAdapter {
  return new TelegramAdapter(options);
}

