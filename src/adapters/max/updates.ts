/**
 * MAX updates (long poll `updates[]` items or webhook bodies) → the port's Incoming. Pure
 * functions over the raw objects, so polling and the webhook share them and tests need no
 * server. Nothing here throws on a strange update: the worst is `unsupported` or `ignored`.
 *
 * MAX updates carry no id of their own: a message is known by its `mid`, a button press by its
 * `callback_id`, anything else by its type, chat and timestamp.
 */
import type { ChatType, FileKind, FileRef, Incoming, Sender } from '../../messaging/types.js';

/** The update types the adapter asks MAX for (polling and webhook alike). */
export const UPDATE_TYPES = ['message_created', 'message_callback', 'bot_started', 'bot_added'] as const;

/** What a raw update becomes: an Incoming, with the callback to answer for a button press; or why not. */
export type MappedUpdate = { incoming: Incoming; callbackId?: string } | { ignored: string };

/** Who the bot is, as far as mapping needs it. */
export interface MaxBotIdentity {
  userId: number;
  /** Without the leading @; a command addressed to another bot (`/start@other`) is ignored. */
  username?: string;
}

/**
 * Events that are not a person talking to the bot: our own edits, removals, chat life. Dropped
 * without a reply. `bot_stopped` (the person stopped or blocked the bot) is known from the next
 * send failing, which marks the account unreachable through the dispatcher.
 */
const SILENT_TYPES = new Set([
  'message_edited',
  'message_removed',
  'message_chat_created',
  'message_construction_request',
  'message_constructed',
  'bot_removed',
  'bot_stopped',
  'user_added',
  'user_removed',
  'chat_title_changed',
  'dialog_cleared',
  'dialog_muted',
  'dialog_unmuted',
  'dialog_removed',
  'comment_created',
  'comment_edited',
  'comment_removed',
]);

/** MAX's payload of a deep link (`https://max.ru/<bot>?start=<payload>`) is at most 128 characters. */
export const START_PAYLOAD_MAX = 128;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const num = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isFinite(v) ? v : typeof v === 'string' && /^-?\d+$/.test(v) ? Number(v) : undefined;
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

function chatTypeOf(type: unknown): ChatType {
  return type === 'chat' ? 'group' : type === 'channel' ? 'channel' : 'private';
}

function displayNameOf(user: Obj): string | undefined {
  const name = [str(user.first_name), str(user.last_name)].filter((s): s is string => Boolean(s && s.trim())).join(' ').trim();
  return name || str(user.name)?.trim() || undefined;
}

function senderOf(user: Obj, chatId: number, chatType: ChatType, locale: unknown): Sender | undefined {
  const userId = num(user.user_id);
  if (userId === undefined) return undefined;
  const sender: Sender = { platform: 'max', userId: String(userId), chatId: String(chatId), chatType };
  const name = displayNameOf(user);
  if (name) sender.displayName = name;
  const lang = str(locale);
  if (lang) sender.languageCode = lang.replace('_', '-');
  return sender;
}

const COMMAND = /^\/([A-Za-z0-9_]{1,32})(?:@(\S+))?(?:\s+([\s\S]*))?$/;

/** "/Start  CODE" → { command: 'start', args: 'CODE' }; 'other_bot' when addressed to another; null when no command. */
export function parseCommand(text: string, botUsername?: string): { command: string; args: string } | 'other_bot' | null {
  const m = COMMAND.exec(text.trim());
  if (!m) return null;
  if (m[2] && botUsername && m[2].toLowerCase() !== botUsername.toLowerCase()) return 'other_bot';
  return { command: m[1]!.toLowerCase(), args: (m[3] ?? '').trim() };
}

/**
 * A MAX FileRef's fileId is `<type>:<token>|<download url>`: the type and token re-attach it
 * within MAX; the URL is what downloadFile fetches when the file is relayed elsewhere.
 */
export function encodeMaxFileId(type: string, token: string, url?: string): string {
  return `${type}:${token}${url ? `|${url}` : ''}`;
}

export function decodeMaxFileId(fileId: string): { type: string; token: string; url?: string } {
  const bar = fileId.indexOf('|');
  const head = bar < 0 ? fileId : fileId.slice(0, bar);
  const url = bar < 0 ? undefined : fileId.slice(bar + 1);
  const colon = head.indexOf(':');
  const type = colon < 0 ? 'file' : head.slice(0, colon);
  const token = colon < 0 ? head : head.slice(colon + 1);
  return url ? { type, token, url } : { type, token };
}

const KIND_OF: Record<string, FileKind> = { image: 'photo', file: 'document', audio: 'audio', video: 'video' };

/** One attachment → a FileRef; or the attachment type when the bot does not take it; null for our own keyboards. */
export function fileFromAttachment(att: unknown): FileRef | { unsupported: string } | null {
  if (!isObj(att)) return { unsupported: 'attachment' };
  const type = str(att.type) ?? 'attachment';
  if (type === 'inline_keyboard') return null;
  const kind = KIND_OF[type];
  const payload = isObj(att.payload) ? att.payload : undefined;
  const token = payload ? str(payload.token) : undefined;
  if (!kind || !payload || !token) return { unsupported: type };
  const url = str(payload.url);
  const ref: FileRef = { platform: 'max', fileId: encodeMaxFileId(type, token, url), kind };
  if (type === 'file') {
    const name = str(att.filename);
    if (name) ref.name = name;
    const size = num(att.size);
    if (size !== undefined) ref.size = size;
  } else if (type === 'image') {
    ref.mime = 'image/jpeg';
    ref.name = `photo${num(payload.photo_id) ?? ''}.jpg`;
  }
  return ref;
}

const MARKUP_TAGS: Record<string, string> = {
  strong: 'b',
  emphasized: 'i',
  underline: 'u',
  strikethrough: 's',
  monospaced: 'code',
};

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));

/** A text with MAX's markup (offsets in UTF-16 units) → the port's HTML subset; undefined when unformatted. */
export function markupToHtml(text: string, markup: unknown): string | undefined {
  if (!Array.isArray(markup) || markup.length === 0) return undefined;
  const opens = new Map<number, string[]>();
  const closes = new Map<number, string[]>();
  let any = false;
  for (const m of markup) {
    if (!isObj(m)) continue;
    const from = num(m.from);
    const length = num(m.length);
    if (from === undefined || length === undefined || from < 0 || length <= 0 || from + length > text.length) continue;
    const type = str(m.type) ?? '';
    let open: string | undefined;
    let close: string | undefined;
    if (MARKUP_TAGS[type]) {
      open = `<${MARKUP_TAGS[type]}>`;
      close = `</${MARKUP_TAGS[type]}>`;
    } else if (type === 'link' && str(m.url)) {
      open = `<a href="${escape(str(m.url)!)}">`;
      close = '</a>';
    }
    if (!open || !close) continue;
    any = true;
    (opens.get(from) ?? opens.set(from, []).get(from)!).push(open);
    (closes.get(from + length) ?? closes.set(from + length, []).get(from + length)!).unshift(close);
  }
  if (!any) return undefined;
  let out = '';
  for (let i = 0; i <= text.length; i++) {
    for (const c of closes.get(i) ?? []) out += c;
    for (const o of opens.get(i) ?? []) out += o;
    if (i < text.length) out += escape(text[i]!);
  }
  return out;
}

function mapMessageCreated(u: Obj, bot: MaxBotIdentity | undefined): MappedUpdate {
  const message = isObj(u.message) ? u.message : undefined;
  const body = message && isObj(message.body) ? message.body : undefined;
  const recipient = message && isObj(message.recipient) ? message.recipient : undefined;
  const user = message && isObj(message.sender) ? message.sender : undefined;
  if (!body || !recipient || !user) return { ignored: 'message_created without body, recipient or sender' };
  if (user.is_bot === true) return { ignored: 'message from a bot' };
  const mid = str(body.mid);
  const chatId = num(recipient.chat_id) ?? num(user.user_id);
  if (!mid || chatId === undefined) return { ignored: 'message_created without mid or chat' };
  const from = senderOf(user, chatId, chatTypeOf(recipient.chat_type), u.user_locale);
  if (!from) return { ignored: 'message_created without a user id' };
  const base: { updateId: string; from: Sender; messageId: string; replyToMessageId?: string } = {
    updateId: `message_created:${mid}`,
    from,
    messageId: mid,
  };
  const link = isObj(message!.link) ? message!.link : undefined;
  if (link && link.type === 'reply' && isObj(link.message) && str(link.message.mid)) base.replyToMessageId = str(link.message.mid)!;

  const text = str(body.text) ?? '';
  const command = parseCommand(text, bot?.username);
  if (command === 'other_bot') return { ignored: 'a command for another bot' };
  if (command) return { incoming: { ...base, kind: 'command', ...command } };

  const attachments = Array.isArray(body.attachments) ? body.attachments : [];
  let firstUnsupported: string | undefined;
  for (const att of attachments) {
    const file = fileFromAttachment(att);
    if (file === null) continue;
    if ('fileId' in file) {
      if (!text.trim()) return { incoming: { ...base, kind: 'file', file } };
      const captionHtml = markupToHtml(text, body.markup);
      return { incoming: { ...base, kind: 'file', file, caption: text, ...(captionHtml ? { captionHtml } : {}) } };
    }
    firstUnsupported ??= file.unsupported;
  }
  if (text.trim()) {
    const html = markupToHtml(text, body.markup);
    return { incoming: { ...base, kind: 'text', text, ...(html ? { html } : {}) } };
  }
  if (link?.type === 'forward') return { incoming: { ...base, kind: 'unsupported', what: 'forward' } };
  return { incoming: { ...base, kind: 'unsupported', what: firstUnsupported ?? 'empty' } };
}

function mapCallback(u: Obj): MappedUpdate {
  const callback = isObj(u.callback) ? u.callback : undefined;
  const user = callback && isObj(callback.user) ? callback.user : undefined;
  const callbackId = callback ? str(callback.callback_id) : undefined;
  if (!callback || !user || !callbackId) return { ignored: 'message_callback without callback, user or id' };
  const message = isObj(u.message) ? u.message : undefined;
  const recipient = message && isObj(message.recipient) ? message.recipient : undefined;
  const chatId = (recipient ? num(recipient.chat_id) : undefined) ?? num(user.user_id);
  if (chatId === undefined) return { ignored: 'message_callback without a chat' };
  const from = senderOf(user, chatId, chatTypeOf(recipient?.chat_type), u.user_locale);
  if (!from) return { ignored: 'message_callback without a user id' };
  // The payload is passed as it came (the core validates it); an overlong one is not ours.
  const payload = str(callback.payload) ?? '';
  const mid = message && isObj(message.body) ? str(message.body.mid) : undefined;
  const incoming: Incoming = {
    updateId: `message_callback:${callbackId}`,
    from,
    kind: 'action',
    data: payload.length <= 1024 ? payload : '',
    ...(mid ? { messageId: mid } : {}),
  };
  return { incoming, callbackId };
}

function mapBotStarted(u: Obj): MappedUpdate {
  const user = isObj(u.user) ? u.user : undefined;
  const chatId = num(u.chat_id) ?? (user ? num(user.user_id) : undefined);
  if (!user || chatId === undefined) return { ignored: 'bot_started without user or chat' };
  const from = senderOf(user, chatId, 'private', u.user_locale);
  if (!from) return { ignored: 'bot_started without a user id' };
  const payload = (str(u.payload) ?? '').trim().slice(0, START_PAYLOAD_MAX);
  return {
    incoming: { updateId: `bot_started:${chatId}:${num(u.timestamp) ?? 0}`, from, kind: 'command', command: 'start', args: payload },
  };
}

function mapBotAdded(u: Obj): MappedUpdate {
  const user = isObj(u.user) ? u.user : undefined;
  const chatId = num(u.chat_id);
  if (!user || chatId === undefined) return { ignored: 'bot_added without user or chat' };
  const from = senderOf(user, chatId, u.is_channel === true ? 'channel' : 'group', undefined);
  if (!from) return { ignored: 'bot_added without a user id' };
  return { incoming: { updateId: `bot_added:${chatId}:${num(u.timestamp) ?? 0}`, from, kind: 'joined_group' } };
}

/** An update type this code does not know: said to the person if there is one, else dropped. */
function mapOther(u: Obj, type: string): MappedUpdate {
  if (SILENT_TYPES.has(type)) return { ignored: `event ${type}` };
  const user = isObj(u.user) ? u.user : undefined;
  const chatId = num(u.chat_id) ?? (user ? num(user.user_id) : undefined);
  if (!user || chatId === undefined || user.is_bot === true) return { ignored: `event ${type} without a person` };
  const from = senderOf(user, chatId, 'private', u.user_locale);
  if (!from) return { ignored: `event ${type} without a user id` };
  return { incoming: { updateId: `${type}:${chatId}:${num(u.timestamp) ?? 0}`, from, kind: 'unsupported', what: `event:${type}` } };
}

/** The one entry point: a raw MAX update → an Incoming (or why it is ignored). Never throws. */
export function mapUpdate(raw: unknown, bot?: MaxBotIdentity): MappedUpdate {
  try {
    if (!isObj(raw) || typeof raw.update_type !== 'string') return { ignored: 'not an update' };
    switch (raw.update_type) {
      case 'message_created':
        return mapMessageCreated(raw, bot);
      case 'message_callback':
        return mapCallback(raw);
      case 'bot_started':
        return mapBotStarted(raw);
      case 'bot_added':
        return mapBotAdded(raw);
      default:
        return mapOther(raw, raw.update_type);
    }
  } catch (err) {
    return { ignored: `unreadable update: ${(err as Error).message}` };
  }
}
