/**
 * The VK adapter (vk-io 4.10, a community token): Bots Long Poll by default, the Callback API
 * by config; deliveries become messages.send / messages.edit calls.
 *
 * Choices worth knowing:
 * - Sends are made with vk-io's APIRequest directly, not through its request queue: the queue
 *   retries error 6 by itself and paces on its own, and the dispatcher is the one place that
 *   owns pacing and retries. Uploads use vk-io's upload helpers (and its queue, apiLimit).
 * - Every send uses `peer_ids` (also for one chat), so VK answers with conversation_message_id:
 *   that is the platformMessageId returned, the id a callback button press reports, and the id
 *   messages.edit is called with.
 * - Long Poll runs on vk-io's PollingTransport (what `updates.startPolling()` uses for a group),
 *   subscribed to the raw updates, so Long Poll and Callback API share one mapping (updates.ts).
 *   It re-asks for a server on `failed: 2|3` and takes the new ts on `failed: 1`.
 * - Updates of one chat are handled one after another, different chats side by side.
 */
import { PLATFORM_LIMITS } from '../../messaging/platform-limits.js';
import http from 'node:http';
import https from 'node:https';
import { APIRequest, PollingTransport, VK } from 'vk-io';
import type { Logger } from '../../log.js';
import type {
  ChatAddress,
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
import { CallbackServer } from './callback-server.js';
import type { LongPollCursor } from '../long-poll-cursor.js';
import { isSetupError, resultForThrown, resultForVkError, type DeliveryFailure } from './errors.js';
import { EMPTY_INLINE_KEYBOARD, inlineKeyboardPages, menuKeyboard, type VkKeyboard } from './keyboard.js';
import { VK_MAX_TEXT_LENGTH, vkText } from './message-text.js';
import { randomIdFor } from './random-id.js';
import { decodeVkFileId, mapUpdate, type VkEventRef } from './updates.js';

export interface VkAdapterOptions {
  token: string;
  groupId: number;
  /** VK API base, e.g. "https://api.vk.ru/method"; tests point it at a fake server. */
  apiBaseUrl?: string;
  /** Take updates through the Callback API (an HTTP server) instead of Bots Long Poll. */
  callback?: { port: number; host?: string; path?: string; confirmation: string; secret: string };
  logger: Logger;
  /** vk-io's own request rate for uploads and long-poll set-up (sends are paced by the dispatcher). */
  apiLimit?: number;
  /** How long one API call may take (default 10 s). */
  apiTimeoutMs?: number;
  /** Pause before asking for a long-poll server again after a failure (default 3 s). */
  pollingWaitMs?: number;
  /** Keeps the long poll's position across restarts (see long-poll-cursor.ts); without it, a restart starts from now. */
  longPollCursor?: LongPollCursor;
}

/** Text of the follow-up messages that carry the next page of buttons (VK needs some text). */
export const PAGE_TEXT = '…';
/** VK shows at most 90 characters in a callback button's snackbar. */
const SNACKBAR_MAX = 90;
const BATCH_MAX = PLATFORM_LIMITS.vk.batchPeers!;

type ApiAnswer = { ok: true; response: unknown } | { ok: false; code: number; message: string };

interface Part {
  message: string;
  keyboard?: VkKeyboard;
  attachment?: string;
}

interface SendItem {
  peer_id?: number;
  message_id?: number;
  conversation_message_id?: number;
  error?: { code?: number; error_code?: number; description?: string; error_msg?: string };
}

/**
 * vk-io's long-poll transport, with two additions:
 * - it stays stopped: vk-io's restart loop (after `failed: 2|3` or a network error) calls
 *   start() again, and a stop() landing while VK is unreachable would otherwise be undone;
 * - with a cursor, it starts from the saved `ts` and saves the new one once the updates of a
 *   batch were handled (in batch order), never after a stop.
 */
class StoppablePolling extends PollingTransport {
  private halted = false;
  private batch: Promise<unknown>[] = [];
  private saving: Promise<void> = Promise.resolve();

  constructor(
    options: ConstructorParameters<typeof PollingTransport>[0],
    private readonly cursor: LongPollCursor | undefined,
    private readonly log: Logger,
  ) {
    super(options);
    const saved = cursor?.load();
    if (saved) this.ts = saved;
  }

  /** The handler's promise for an update of the batch being fetched. */
  track(handled: Promise<unknown>): void {
    this.batch.push(handled);
  }

  override async start(): Promise<void> {
    if (this.halted) return;
    await super.start();
  }

  /** The last long-poll request failed. */
  failing = false;

  override async fetchUpdates(): Promise<void> {
    this.batch = [];
    try {
      await super.fetchUpdates();
      this.failing = false;
    } catch (err) {
      this.failing = true;
      throw err;
    }
    const { cursor } = this;
    const batch = this.batch;
    const ts = String(this.ts);
    if (!cursor || this.halted || ts === '0') return;
    this.saving = this.saving
      .then(() => Promise.allSettled(batch))
      .then(() => {
        if (!this.halted) cursor.save(ts);
      })
      .catch((err: unknown) => this.log.warn({ err: (err as Error).message }, 'vk: long-poll cursor not saved'));
  }

  async halt(): Promise<void> {
    this.halted = true;
    await this.stop();
    await this.saving;
  }
}

/** VK's figures for a community token; the dispatcher paces by them. */
export const VK_LIMITS: PlatformLimits = PLATFORM_LIMITS.vk;

export function createVkAdapter(options: VkAdapterOptions): VkAdapter {
  return new VkAdapter(options);
}

export class VkAdapter implements MessengerAdapter {
  readonly platform = 'vk' as const;
  readonly limits: PlatformLimits = VK_LIMITS;

  private readonly vk: VK;
  private readonly log: Logger;
  private polling?: StoppablePolling;
  private callbackServer?: CallbackServer;
  private sink?: IncomingSink;
  private running = false;
  /** The tail of each chat's queue of updates being handled. */
  private readonly chatQueues = new Map<string, Promise<void>>();
  private readonly inFlight = new Set<Promise<void>>();

  constructor(private readonly options: VkAdapterOptions) {
    this.log = options.logger.child({ adapter: 'vk' });
    const httpAgent = new http.Agent({ keepAlive: true });
    const httpsAgent = new https.Agent({ keepAlive: true });
    // node-fetch (used by vk-io) takes an agent per URL: the fake server in tests is http:,
    // VK and its upload and long-poll servers are https:.
    const agent = ((url: URL) => (url.protocol === 'http:' ? httpAgent : httpsAgent)) as unknown as https.Agent;
    this.vk = new VK({
      token: options.token,
      agent,
      ...(options.apiBaseUrl ? { apiBaseUrl: options.apiBaseUrl.replace(/\/+$/, '') } : {}),
      apiLimit: options.apiLimit ?? 20,
      apiMode: 'sequential',
      apiRetryLimit: 1,
      apiTimeout: options.apiTimeoutMs ?? 10_000,
      pollingGroupId: options.groupId,
      pollingWait: options.pollingWaitMs ?? 3_000,
    });
  }

  /** The Callback API server's port once started (0 without one). */
  get callbackPort(): number {
    return this.callbackServer?.port ?? 0;
  }

  async start(sink: IncomingSink): Promise<void> {
    if (this.running) throw new Error('vk adapter already started');
    this.sink = sink;
    this.running = true;
    const { callback, groupId } = this.options;
    try {
      if (callback) {
        this.callbackServer = new CallbackServer({
          ...callback,
          groupId,
          logger: this.log,
          onUpdate: (update) => this.handleRaw(update),
        });
        await this.callbackServer.start();
        this.log.info({ groupId, port: this.callbackServer.port }, 'vk: callback API listening');
      } else {
        const polling = new StoppablePolling(
          {
            api: this.vk.api,
            agent: (this.vk.api.options as { agent: https.Agent }).agent,
            pollingGroupId: groupId,
            pollingWait: this.options.pollingWaitMs ?? 3_000,
            pollingRetryLimit: 3,
          },
          this.options.longPollCursor,
          this.log,
        );
        polling.subscribe((update) => {
          // The transport does not wait for handlers; failures are logged in handleRaw.
          polling.track(this.handleRaw(update as unknown as Record<string, unknown>).catch(() => undefined));
        });
        this.polling = polling;
        await polling.start();
        this.log.info({ groupId }, 'vk: long poll started');
      }
    } catch (err) {
      this.running = false;
      throw err;
    }
  }

  connected(): boolean {
    if (!this.running) return false;
    if (this.options.callback) return Boolean(this.callbackServer);
    return Boolean(this.polling) && !this.polling!.failing;
  }

  async stop(): Promise<void> {
    this.running = false;
    await Promise.all([this.polling?.halt(), this.callbackServer?.stop()]);
    this.polling = undefined;
    this.callbackServer = undefined;
    await Promise.allSettled([...this.inFlight]);
  }

  // ---- inbound ----

  /**
   * One raw update: map it, hand it to the sink in its chat's order, answer a button press.
   * Resolves when the sink resolved (the update is stored); rejects when the sink failed.
   */
  private handleRaw(raw: Record<string, unknown>): Promise<void> {
    const mapped = mapUpdate(raw, this.options.groupId);
    if ('ignored' in mapped) {
      this.log.debug({ type: raw.type, why: mapped.ignored }, 'vk: update ignored');
      return Promise.resolve();
    }
    const { incoming, event } = mapped;
    if (!this.running || !this.sink) {
      this.log.warn({ updateId: incoming.updateId }, 'vk: update arrived while stopping, not handled');
      return Promise.reject(new Error('adapter stopped'));
    }
    const sink = this.sink;
    const run = async (): Promise<void> => {
      let outcome: HandleOutcome | undefined;
      try {
        outcome = await sink(incoming);
      } catch (err) {
        this.log.error({ updateId: incoming.updateId, err: (err as Error).message }, 'vk: update handling failed');
        if (event) await this.answerEvent(event, undefined);
        throw err;
      }
      if (event) await this.answerEvent(event, outcome?.ackText);
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

  /** Stops the button's spinner; with a text, shows it as a snackbar. Never throws. */
  private async answerEvent(event: VkEventRef, ackText: string | undefined): Promise<void> {
    const params: Record<string, unknown> = { event_id: event.eventId, user_id: event.userId, peer_id: event.peerId };
    if (ackText) {
      const chars = Array.from(ackText);
      const text = chars.length > SNACKBAR_MAX ? `${chars.slice(0, SNACKBAR_MAX - 1).join('')}…` : ackText;
      params.event_data = JSON.stringify({ type: 'show_snackbar', text });
    }
    try {
      const answer = await this.call('messages.sendMessageEventAnswer', params);
      if (!answer.ok) this.log.warn({ eventId: event.eventId, code: answer.code }, 'vk: event answer refused');
    } catch (err) {
      this.log.warn({ eventId: event.eventId, err: (err as Error).message }, 'vk: event answer failed');
    }
  }

  // ---- outbound ----

  async deliver(delivery: Delivery): Promise<DeliveryResult> {
    try {
      if (delivery.to.platform !== 'vk') return { ok: false, reason: 'rejected', detail: `not a vk chat: ${delivery.to.platform}` };
      const peerId = Number(delivery.to.chatId);
      if (!Number.isSafeInteger(peerId)) return { ok: false, reason: 'rejected', detail: 'bad vk peer id' };
      if (delivery.op === 'edit') return await this.edit(peerId, delivery.platformMessageId, delivery.message);
      const built = await this.buildParts(delivery.message, peerId);
      if ('ok' in built) return built;
      const results = await this.sendParts([peerId], built, (part) => randomIdFor(delivery.idempotencyKey, part), delivery.replyToMessageId);
      return results.get(peerId)!;
    } catch (err) {
      // Never throw from deliver: anything unexpected is reported, with the send's fate unknown.
      const result = resultForThrown(err);
      this.log.warn({ to: delivery.to.chatId, reason: result.reason, detail: result.detail }, 'vk: delivery failed');
      return result;
    }
  }

  async deliverBatch(to: ChatAddress[], message: OutgoingMessage, idempotencyKey: number): Promise<Map<string, DeliveryResult>> {
    const out = new Map<string, DeliveryResult>();
    const peers: number[] = [];
    for (const address of to) {
      const peer = Number(address.chatId);
      if (address.platform !== 'vk' || !Number.isSafeInteger(peer)) {
        out.set(address.chatId, { ok: false, reason: 'rejected', detail: 'not a vk chat' });
      } else if (!peers.includes(peer)) peers.push(peer);
    }
    if (peers.length === 0) return out;
    try {
      const built = await this.buildParts(message, peers[0]!);
      if ('ok' in built) {
        for (const p of peers) out.set(String(p), built);
        return out;
      }
      for (let i = 0; i < peers.length; i += BATCH_MAX) {
        const chunk = peers.slice(i, i + BATCH_MAX);
        // The id depends on the chats addressed: a retry of the same chats is dropped by VK,
        // a retry of only the chats that failed is a new message for them.
        const salt = chunk.join(',');
        const results = await this.sendParts(chunk, built, (part) => randomIdFor(idempotencyKey, part, salt));
        for (const [peer, result] of results) out.set(String(peer), result);
      }
    } catch (err) {
      const result = resultForThrown(err);
      for (const p of peers) if (!out.has(String(p))) out.set(String(p), result);
    }
    return out;
  }

  async downloadFile(ref: FileRef): Promise<{ bytes: Buffer; name: string; mime?: string }> {
    const { url } = decodeVkFileId(ref.fileId);
    if (!url) throw new Error('vk file has no download URL');
    const res = await fetch(url, { signal: AbortSignal.timeout(60_000) });
    if (!res.ok) throw new Error(`vk file download failed: HTTP ${res.status}`);
    const bytes = Buffer.from(await res.arrayBuffer());
    const mime = ref.mime ?? res.headers.get('content-type') ?? undefined;
    return { bytes, name: ref.name ?? `file-${ref.kind}`, ...(mime ? { mime } : {}) };
  }

  /** The message → the VK messages it takes: the text (with the file and the first keyboard), then pages. */
  private async buildParts(message: OutgoingMessage, peerId: number): Promise<Part[] | DeliveryFailure> {
    const text = vkText(message.text, message.format);
    if (text.length > VK_MAX_TEXT_LENGTH) {
      return { ok: false, reason: 'rejected', detail: `text of ${text.length} characters is over VK's ${VK_MAX_TEXT_LENGTH}` };
    }
    const first: Part = { message: text };
    if (message.file) {
      const attachment = await this.attachmentFor(message.file, peerId);
      if (typeof attachment !== 'string') return attachment;
      first.attachment = attachment;
    }
    if (!first.message && !first.attachment) first.message = PAGE_TEXT;
    const parts: Part[] = [first];
    if (message.buttons && message.buttons.length > 0) {
      const { pages, dropped } = inlineKeyboardPages(message.buttons);
      if (dropped > 0) this.log.warn({ dropped }, 'vk: buttons VK cannot carry were left out');
      if (pages.length > 1) this.log.debug({ pages: pages.length }, 'vk: buttons paged');
      pages.forEach((keyboard, i) => {
        if (i === 0) first.keyboard = keyboard;
        else parts.push({ message: PAGE_TEXT, keyboard });
      });
    }
    if (message.menu !== undefined) {
      const { keyboard, cut } = menuKeyboard(message.menu);
      if (cut > 0) this.log.warn({ cut }, 'vk: menu over VK limits, cut');
      // One message carries one keyboard: the menu rides on the text unless inline buttons do.
      if (!first.keyboard) first.keyboard = keyboard;
      else parts.push({ message: PAGE_TEXT, keyboard });
    }
    return parts;
  }

  /** An outgoing file → an attachment string (uploading bytes), or why it cannot be sent. */
  private async attachmentFor(file: OutgoingFile, peerId: number): Promise<string | DeliveryFailure> {
    const { source } = file;
    if (source.type === 'platform') {
      if (source.ref.platform !== 'vk') {
        return { ok: false, reason: 'rejected', detail: `a ${source.ref.platform} file must be re-uploaded as bytes` };
      }
      const { attachment } = decodeVkFileId(source.ref.fileId);
      if (!attachment) return { ok: false, reason: 'rejected', detail: 'vk file has no attachment id' };
      return attachment;
    }
    const value = Buffer.from(source.base64, 'base64');
    const media = { value, filename: file.name, ...(file.mime ? { contentType: file.mime } : {}), contentLength: value.length };
    const { upload } = this.vk;
    const uploaded =
      file.kind === 'photo'
        ? await upload.messagePhoto({ peer_id: peerId, source: media })
        : file.kind === 'voice'
          ? await upload.audioMessage({ peer_id: peerId, source: media })
          : await upload.messageDocument({ peer_id: peerId, title: file.name, source: media });
    return uploaded.toString();
  }

  /**
   * Sends the parts in order to the peers; the result per peer is the first part's message id,
   * or the first failure. A later part failing returns the failure: a retry re-sends every part
   * with the same random_id, and VK drops the ones it already has.
   */
  private async sendParts(
    peers: number[],
    parts: Part[],
    randomId: (part: number) => number,
    replyTo?: string,
  ): Promise<Map<number, DeliveryResult>> {
    const results = new Map<number, DeliveryResult>();
    let pending = peers;
    for (let i = 0; i < parts.length && pending.length > 0; i++) {
      const part = parts[i]!;
      const params: Record<string, unknown> = {
        peer_ids: pending.join(','),
        random_id: randomId(i),
        message: part.message,
      };
      if (part.attachment) params.attachment = part.attachment;
      if (part.keyboard) params.keyboard = JSON.stringify(part.keyboard);
      if (i === 0 && replyTo && /^\d+$/.test(replyTo) && pending.length === 1) {
        params.forward = JSON.stringify({ peer_id: pending[0], conversation_message_ids: [Number(replyTo)], is_reply: true });
      }
      let answer: ApiAnswer;
      try {
        answer = await this.call('messages.send', params);
      } catch (err) {
        const failure = resultForThrown(err);
        for (const p of pending) results.set(p, failure);
        break;
      }
      if (!answer.ok) {
        const failure = this.failure(answer.code, answer.message);
        for (const p of pending) results.set(p, failure);
        break;
      }
      const items = Array.isArray(answer.response) ? (answer.response as SendItem[]) : [];
      const next: number[] = [];
      for (const peer of pending) {
        const item = items.find((it) => Number(it.peer_id) === peer);
        if (!item) {
          results.set(peer, { ok: false, reason: 'transient', detail: 'vk answered without this chat' });
          continue;
        }
        if (item.error) {
          const code = Number(item.error.code ?? item.error.error_code ?? 0);
          results.set(peer, this.failure(code, item.error.description ?? item.error.error_msg ?? ''));
          continue;
        }
        if (i === 0) {
          const id = item.conversation_message_id ?? item.message_id;
          results.set(peer, { ok: true, ...(id !== undefined ? { platformMessageId: String(id) } : {}) });
        }
        next.push(peer);
      }
      pending = next;
    }
    return results;
  }

  private async edit(peerId: number, platformMessageId: string, message: OutgoingMessage): Promise<DeliveryResult> {
    if (!/^\d+$/.test(platformMessageId)) return { ok: false, reason: 'rejected', detail: 'bad vk message id' };
    const text = vkText(message.text, message.format);
    if (text.length > VK_MAX_TEXT_LENGTH) {
      return { ok: false, reason: 'rejected', detail: `text of ${text.length} characters is over VK's ${VK_MAX_TEXT_LENGTH}` };
    }
    // An edited message keeps one page of buttons (an edit cannot add messages); none removes them.
    const pages = message.buttons?.length ? inlineKeyboardPages(message.buttons).pages : [];
    if (pages.length > 1) this.log.warn({ pages: pages.length }, 'vk: edit keeps only the first page of buttons');
    const params: Record<string, unknown> = {
      peer_id: peerId,
      conversation_message_id: Number(platformMessageId),
      message: text || PAGE_TEXT,
      keyboard: JSON.stringify(pages[0] ?? EMPTY_INLINE_KEYBOARD),
      keep_forward_messages: 1,
      keep_snippets: 1,
    };
    if (message.file?.source.type === 'platform' && message.file.source.ref.platform === 'vk') {
      const { attachment } = decodeVkFileId(message.file.source.ref.fileId);
      if (attachment) params.attachment = attachment;
    }
    const answer = await this.call('messages.edit', params);
    if (!answer.ok) return this.failure(answer.code, answer.message);
    return { ok: true, platformMessageId };
  }

  private failure(code: number, message: string): DeliveryFailure {
    const result = resultForVkError(code, message);
    if (isSetupError(code)) this.log.error({ code }, 'vk: the community token or its rights are wrong');
    return result;
  }

  /** One API call, once, without vk-io's queue: `{ response }` or the VK error. Throws on network trouble. */
  private async call(method: string, params: Record<string, unknown>): Promise<ApiAnswer> {
    const request = new APIRequest({ api: this.vk.api, method, params });
    const raw = (await request.make()) as { response?: unknown; error?: { error_code?: unknown; error_msg?: unknown } };
    if (raw && typeof raw === 'object' && raw.error) {
      return { ok: false, code: Number(raw.error.error_code ?? 0), message: String(raw.error.error_msg ?? '') };
    }
    return { ok: true, response: raw?.response };
  }
}
