import { PLATFORM_LIMITS } from '../../messaging/platform-limits.js';
import type {
  Button,
  Delivery,
  DeliveryResult,
  FileKind,
  HandleOutcome,
  Incoming,
  IncomingSink,
  MessengerAdapter,
  OutgoingMessage,
  PlatformLimits,
  Sender,
} from '../../messaging/types.js';

/**
 * The local adapter: in-process people talking to the same core as Telegram and VK. Tests and
 * the playground drive it (several people at once); it records what each chat received, with
 * edits applied.
 */

export interface LocalMessage {
  id: string;
  chatId: string;
  text: string;
  format: 'plain' | 'html';
  buttons: Button[][];
  menu?: string[][];
  file?: { kind: FileKind; name: string; mime?: string; bytes: Buffer };
  replyTo?: string;
  edited: number;
  /** The outbox row it came from (idempotency key). */
  key?: number;
}

export type LocalEvent = { type: 'message' | 'edit'; chatId: string; message: LocalMessage };

export interface LocalProfile {
  displayName?: string;
  languageCode?: string;
}

export class LocalAdapter implements MessengerAdapter {
  readonly platform = 'local' as const;
  readonly limits: PlatformLimits = PLATFORM_LIMITS.local;

  private sink: IncomingSink | null = null;
  private seq = 0;
  private updateSeq = 0;
  /** Update ids unique across restarts, as a real platform's are. */
  private readonly instance = Math.random().toString(36).slice(2, 8);
  private readonly chats = new Map<string, LocalMessage[]>();
  private readonly byKey = new Map<number, LocalMessage>();
  private readonly blobs = new Map<string, { bytes: Buffer; name: string; mime?: string }>();
  private readonly listeners = new Set<(e: LocalEvent) => void>();
  private readonly blocked = new Set<string>();
  /** Waits the next sends answer with, as a platform's 429 would. */
  private readonly throttled: number[] = [];
  private readonly profiles = new Map<string, LocalProfile>();

  async start(sink: IncomingSink): Promise<void> {
    this.sink = sink;
  }

  async stop(): Promise<void> {
    this.sink = null;
  }

  on(listener: (e: LocalEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async deliver(d: Delivery): Promise<DeliveryResult> {
    const chatId = d.to.chatId;
    if (this.blocked.has(chatId)) return { ok: false, reason: 'unreachable', detail: 'blocked the bot' };
    const throttle = this.throttled.shift();
    if (throttle !== undefined) return { ok: false, reason: 'rate_limited', retryAfterMs: throttle, detail: 'too many requests' };
    if (d.op === 'edit') {
      const msg = this.messagesOf(chatId).find((m) => m.id === d.platformMessageId);
      if (!msg) return { ok: false, reason: 'rejected', detail: 'message to edit not found' };
      Object.assign(msg, this.render(d.message), { edited: msg.edited + 1 });
      this.emit({ type: 'edit', chatId, message: msg });
      return { ok: true, platformMessageId: msg.id };
    }
    if (d.message.text.length > this.limits.maxTextLength) return { ok: false, reason: 'rejected', detail: 'text too long' };
    const repeat = this.byKey.get(d.idempotencyKey);
    if (repeat) return { ok: true, platformMessageId: repeat.id };
    const msg: LocalMessage = {
      id: String(++this.seq),
      chatId,
      ...this.render(d.message),
      replyTo: d.replyToMessageId,
      edited: 0,
      key: d.idempotencyKey,
    };
    const file = d.message.file;
    if (file) {
      const src = file.source;
      const bytes =
        src.type === 'bytes' ? Buffer.from(src.base64, 'base64') : (this.blobs.get(src.ref.fileId)?.bytes ?? Buffer.alloc(0));
      msg.file = { kind: file.kind, name: file.name, mime: file.mime, bytes };
    }
    this.messagesOf(chatId).push(msg);
    this.byKey.set(d.idempotencyKey, msg);
    this.emit({ type: 'message', chatId, message: msg });
    return { ok: true, platformMessageId: msg.id };
  }

  async deliverBatch(to: { chatId: string }[], message: OutgoingMessage, key: number): Promise<Map<string, DeliveryResult>> {
    const out = new Map<string, DeliveryResult>();
    for (const [i, t] of to.entries()) {
      out.set(t.chatId, await this.deliver({ op: 'send', to: { platform: 'local', chatId: t.chatId }, message, idempotencyKey: key * 1000 + i }));
    }
    return out;
  }

  /**
   * Puts back what a chat showed before a restart (the playground keeps its history in a file):
   * earlier messages stay editable, a resend of a delivered outbox row is dropped, files people
   * sent can still be relayed, and new ids go on after the old ones.
   */
  restore(history: { messages: LocalMessage[]; blobs: { fileId: string; bytes: Buffer; name: string; mime?: string }[] }): void {
    for (const m of history.messages) {
      this.messagesOf(m.chatId).push(m);
      if (m.key !== undefined) this.byKey.set(m.key, m);
      this.seq = Math.max(this.seq, Number(m.id) || 0);
    }
    for (const b of history.blobs) {
      this.blobs.set(b.fileId, { bytes: b.bytes, name: b.name, mime: b.mime });
      this.seq = Math.max(this.seq, Number(b.fileId.replace(/^blob/, '')) || 0);
    }
  }

  /** A file a person sent, by its blob id (the playground shows it in the sender's pane). */
  blob(fileId: string): { bytes: Buffer; name: string; mime?: string } | undefined {
    return this.blobs.get(fileId);
  }

  async downloadFile(ref: { fileId: string }): Promise<{ bytes: Buffer; name: string; mime?: string }> {
    const blob = this.blobs.get(ref.fileId);
    if (!blob) throw new Error('no such local file');
    return blob;
  }

  // ---- driving it: what a person does ----

  setProfile(userId: string, profile: LocalProfile): void {
    this.profiles.set(userId, profile);
  }

  /** Types a message; a leading "/" makes it a command. `html`: the same text as formatted (what Telegram's entities give). */
  async send(userId: string, text: string, opts: { replyTo?: string; chatType?: Sender['chatType']; html?: string } = {}): Promise<HandleOutcome> {
    const m = /^\/([A-Za-z0-9_]+)(?:@\w+)?(?:\s+([\s\S]*))?$/.exec(text);
    const base = this.base(userId, opts.chatType);
    const incoming: Incoming = m
      ? { ...base, kind: 'command', command: m[1]!.toLowerCase(), args: (m[2] ?? '').trim(), replyToMessageId: opts.replyTo }
      : { ...base, kind: 'text', text, replyToMessageId: opts.replyTo, ...(opts.html !== undefined ? { html: opts.html } : {}) };
    return this.dispatch(incoming);
  }

  /** Presses a button: by its label on the newest message that has it, or by message id and label. */
  async press(userId: string, label: string, messageId?: string): Promise<HandleOutcome> {
    const found = this.findButton(userId, label, messageId);
    if (!found?.button.action) throw new Error(`no button "${label}" in chat ${userId}`);
    return this.pressAction(userId, found.button.action, found.message.id);
  }

  /** Presses by callback data: what `press` finds by label, and what the playground page sends. */
  async pressAction(userId: string, data: string, messageId?: string): Promise<HandleOutcome> {
    return this.dispatch({ ...this.base(userId), kind: 'action', data, messageId });
  }

  async sendFile(
    userId: string,
    file: { kind: FileKind; name: string; mime?: string; bytes: Buffer },
    caption?: string,
    opts: { onStored?: (fileId: string) => void; captionHtml?: string } = {},
  ): Promise<HandleOutcome> {
    const fileId = `blob${++this.seq}`;
    this.blobs.set(fileId, { bytes: file.bytes, name: file.name, mime: file.mime });
    opts.onStored?.(fileId);
    return this.dispatch({
      ...this.base(userId),
      kind: 'file',
      file: { platform: 'local', fileId, kind: file.kind, name: file.name, mime: file.mime, size: file.bytes.length },
      caption,
      ...(opts.captionHtml !== undefined ? { captionHtml: opts.captionHtml } : {}),
    });
  }

  /** Sends something the bot does not take (a sticker). */
  async sendUnsupported(userId: string, what = 'sticker'): Promise<HandleOutcome> {
    return this.dispatch({ ...this.base(userId), kind: 'unsupported', what });
  }

  /** Replays an update exactly (a redelivery). */
  async redeliver(incoming: Incoming): Promise<HandleOutcome> {
    return this.dispatch(incoming);
  }

  block(userId: string): void {
    this.blocked.add(userId);
  }

  unblock(userId: string): void {
    this.blocked.delete(userId);
  }

  /** The next send answers "too many requests, wait `retryAfterMs`", as a platform's 429 does. */
  throttleNext(retryAfterMs: number): void {
    this.throttled.push(retryAfterMs);
  }

  messagesOf(chatId: string): LocalMessage[] {
    let list = this.chats.get(chatId);
    if (!list) {
      list = [];
      this.chats.set(chatId, list);
    }
    return list;
  }

  last(chatId: string): LocalMessage | undefined {
    return this.chats.get(chatId)?.at(-1);
  }

  lastIncoming: Incoming | null = null;

  private findButton(userId: string, label: string, messageId?: string) {
    const list = this.messagesOf(userId);
    for (let i = list.length - 1; i >= 0; i--) {
      const message = list[i]!;
      if (messageId && message.id !== messageId) continue;
      const button = message.buttons.flat().find((b) => b.label === label || b.label.includes(label));
      if (button) return { message, button };
    }
    return null;
  }

  private base(userId: string, chatType: Sender['chatType'] = 'private') {
    const profile = this.profiles.get(userId) ?? {};
    return {
      updateId: `local-${this.instance}-${++this.updateSeq}`,
      from: {
        platform: 'local' as const,
        userId,
        chatId: userId,
        chatType,
        displayName: profile.displayName,
        languageCode: profile.languageCode,
      },
    };
  }

  private async dispatch(incoming: Incoming): Promise<HandleOutcome> {
    if (!this.sink) throw new Error('the local adapter is not started');
    this.lastIncoming = incoming;
    return this.sink(incoming);
  }

  private render(m: OutgoingMessage) {
    return { text: m.text, format: m.format ?? 'plain', buttons: m.buttons ?? [], menu: m.menu };
  }

  private emit(e: LocalEvent): void {
    for (const l of this.listeners) l(e);
  }
}
