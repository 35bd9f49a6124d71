/**
 * VK Bots Long Poll / Callback API updates → the port's Incoming. Pure functions over the raw
 * update objects (`{ type, object, group_id, event_id }`), so both transports share them and
 * tests need no server. Nothing here throws on a strange update: the worst is `unsupported`
 * or `ignored`.
 */
import type { ChatType, FileKind, FileRef, Incoming, Sender } from '../../messaging/types.js';

/** A raw update as VK sends it (Bots Long Poll `updates[]` item or a Callback API body). */
export interface VkRawUpdate {
  type: string;
  object?: unknown;
  group_id?: number;
  event_id?: string;
}

/** What a raw update becomes: an Incoming for the sink, or nothing (with a reason for the log). */
export type MappedUpdate =
  | { incoming: Incoming; /** set for message_event: what sendMessageEventAnswer needs */ event?: VkEventRef }
  | { ignored: string };

export interface VkEventRef {
  eventId: string;
  userId: number;
  peerId: number;
}

/** VK's peer ids of group conversations start at 2e9. */
export const CHAT_PEER_OFFSET = 2_000_000_000;

/**
 * Event types that are not a person talking to the bot: our own replies and edits, reads,
 * typing, subscriptions, community life. They are dropped without a reply (answering a like
 * with "I cannot read this" would be spam).
 */
const SILENT_TYPES = new Set([
  'message_reply',
  'message_edit',
  'message_typing_state',
  'message_read',
  'message_allow',
  'message_deny',
  'message_reaction_event',
  'confirmation',
  'group_join',
  'group_leave',
  'group_officers_edit',
  'group_change_settings',
  'group_change_photo',
  'user_block',
  'user_unblock',
  'like_add',
  'like_remove',
  'vkpay_transaction',
  'app_payload',
  'poll_vote_new',
  'audio_new',
  'lead_forms_new',
]);
const SILENT_PREFIXES = ['wall_', 'board_', 'photo_', 'video_', 'market_', 'donut_'];

/** VK's client_info.lang_id to a language hint (only the ones the bot can tell apart). */
const LANG_IDS: Record<number, string> = { 0: 'ru', 1: 'uk', 2: 'be', 3: 'en' };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const num = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isFinite(v) ? v : typeof v === 'string' && /^-?\d+$/.test(v) ? Number(v) : undefined;
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** A payload arrives as a JSON string (message_new) or already parsed (message_event); never trusted. */
export function parsePayload(raw: unknown): Obj | undefined {
  if (isObj(raw)) return raw;
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 4096) return undefined;
  try {
    const v: unknown = JSON.parse(raw);
    return isObj(v) ? v : undefined;
  } catch {
    return undefined;
  }
}

function chatTypeOf(peerId: number): ChatType {
  return peerId >= CHAT_PEER_OFFSET ? 'group' : 'private';
}

/** Strips a leading mention of the community in a group chat: "[club123|@bot], /start" → "/start". */
function stripMention(text: string, groupId: number | undefined): string {
  const m = /^\[(club|public)(\d+)\|[^\]]*\][,:]?\s*/.exec(text);
  if (m && (groupId === undefined || Number(m[2]) === groupId)) return text.slice(m[0].length);
  return text;
}

const COMMAND = /^\/([A-Za-z0-9_]{1,32})(?:@\S+)?(?:\s+([\s\S]*))?$/;

/** "/Start  CODE" → { command: 'start', args: 'CODE' }; not a command → null. */
export function parseCommand(text: string): { command: string; args: string } | null {
  const m = COMMAND.exec(text.trim());
  if (!m) return null;
  return { command: m[1]!.toLowerCase(), args: (m[2] ?? '').trim() };
}

/** A photo's biggest size URL (sizes carry width/height or a type letter). */
function photoUrl(photo: Obj): string | undefined {
  const sizes = Array.isArray(photo.sizes) ? photo.sizes.filter(isObj) : [];
  let best: { url: string; area: number } | undefined;
  const order = 'smxopqryzw';
  for (const s of sizes) {
    const url = str(s.url) ?? str(s.src);
    if (!url) continue;
    const area = (num(s.width) ?? 0) * (num(s.height) ?? 0) || order.indexOf(str(s.type) ?? 's') + 1;
    if (!best || area >= best.area) best = { url, area };
  }
  return best?.url ?? str(photo.orig_photo && isObj(photo.orig_photo) ? photo.orig_photo.url : undefined);
}

function attachmentString(type: string, o: Obj): string | undefined {
  const owner = num(o.owner_id);
  const id = num(o.id);
  if (owner === undefined || id === undefined) return undefined;
  const key = str(o.access_key);
  return `${type}${owner}_${id}${key ? `_${key}` : ''}`;
}

/**
 * A VK FileRef's fileId is `<attachment>` or `<attachment>|<download url>`: the attachment
 * string (`photo1_2_key`, `doc1_2_key`) is what messages.send re-attaches; the URL is what
 * downloadFile fetches when the file is relayed to another platform.
 */
export function encodeVkFileId(attachment: string, url?: string): string {
  return url ? `${attachment}|${url}` : attachment;
}

export function decodeVkFileId(fileId: string): { attachment: string; url?: string } {
  const i = fileId.indexOf('|');
  if (i < 0) return /^https?:\/\//.test(fileId) ? { attachment: '', url: fileId } : { attachment: fileId };
  return { attachment: fileId.slice(0, i), url: fileId.slice(i + 1) };
}

const EXT_MIME: Record<string, string> = {
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ppt: 'application/vnd.ms-powerpoint',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  txt: 'text/plain',
  csv: 'text/csv',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  zip: 'application/zip',
  ogg: 'audio/ogg',
  mp3: 'audio/mpeg',
  mp4: 'video/mp4',
};

/** One attachment → a FileRef, or the attachment type when the bot does not take it. */
export function fileFromAttachment(att: unknown): FileRef | { unsupported: string } {
  if (!isObj(att)) return { unsupported: 'attachment' };
  const type = str(att.type) ?? 'attachment';
  const body = att[type];
  if (!isObj(body)) return { unsupported: type };
  const ref = (attachment: string | undefined, kind: FileKind, extra: Partial<FileRef>, url?: string): FileRef | { unsupported: string } =>
    attachment ? { platform: 'vk', fileId: encodeVkFileId(attachment, url), kind, ...extra } : { unsupported: type };
  switch (type) {
    case 'photo':
      return ref(attachmentString('photo', body), 'photo', { mime: 'image/jpeg', name: `photo${num(body.id) ?? ''}.jpg` }, photoUrl(body));
    case 'doc': {
      const ext = (str(body.ext) ?? '').toLowerCase();
      const title = str(body.title) ?? `document${ext ? `.${ext}` : ''}`;
      const name = ext && !title.toLowerCase().endsWith(`.${ext}`) ? `${title}.${ext}` : title;
      const extra: Partial<FileRef> = { name };
      const size = num(body.size);
      if (size !== undefined) extra.size = size;
      const mime = EXT_MIME[ext];
      if (mime) extra.mime = mime;
      return ref(attachmentString('doc', body), 'document', extra, str(body.url));
    }
    case 'audio_message':
      // An audio message is a document: `doc<owner>_<id>_<key>` re-attaches it.
      return ref(
        attachmentString('doc', body),
        'voice',
        { mime: 'audio/ogg', name: `voice${num(body.id) ?? ''}.ogg` },
        str(body.link_ogg) ?? str(body.link_mp3),
      );
    default:
      return { unsupported: type };
  }
}

function senderOf(fromId: number, peerId: number, clientInfo: unknown): Sender {
  const sender: Sender = { platform: 'vk', userId: String(fromId), chatId: String(peerId), chatType: chatTypeOf(peerId) };
  const lang = isObj(clientInfo) ? num(clientInfo.lang_id) : undefined;
  if (lang !== undefined && LANG_IDS[lang]) sender.languageCode = LANG_IDS[lang];
  return sender;
}

function mapMessageNew(update: VkRawUpdate, groupId: number | undefined): MappedUpdate {
  const obj = isObj(update.object) ? update.object : undefined;
  // API ≥ 5.103 wraps the message as { message, client_info }; older versions send the message itself.
  const msg = obj && isObj(obj.message) ? obj.message : obj;
  if (!msg) return { ignored: 'message_new without a message' };
  const id = num(msg.id);
  const peerId = num(msg.peer_id);
  const fromId = num(msg.from_id);
  if (peerId === undefined || fromId === undefined) return { ignored: 'message_new without peer_id/from_id' };
  if (fromId <= 0) return { ignored: 'message from a community' };
  const cmid = num(msg.conversation_message_id);
  const base = {
    updateId: `message_new:${id !== undefined && id > 0 ? id : `${peerId}_${cmid ?? 0}`}`,
    from: senderOf(fromId, peerId, obj?.client_info),
    ...(cmid !== undefined ? { messageId: String(cmid) } : {}),
  };
  const reply = isObj(msg.reply_message) ? num(msg.reply_message.conversation_message_id) : undefined;
  if (reply !== undefined) Object.assign(base, { replyToMessageId: String(reply) });

  // The bot was invited to a group conversation.
  const action = isObj(msg.action) ? msg.action : undefined;
  if (action) {
    const actionType = str(action.type);
    if (actionType === 'chat_invite_user' || actionType === 'chat_invite_user_by_link') {
      const member = num(action.member_id);
      if (member !== undefined && groupId !== undefined && member === -groupId) return { incoming: { ...base, kind: 'joined_group' } };
    }
    return { ignored: `chat action ${actionType ?? '?'}` };
  }

  const payload = parsePayload(msg.payload);
  const rawText = str(msg.text) ?? '';
  const text = base.from.chatType === 'group' ? stripMention(rawText, groupId) : rawText;

  // VK's "Начать" button sends {"command":"start"}; a vk.me link with ?ref=CODE carries the code.
  if (payload && payload.command === 'start') {
    const ref = str(msg.ref) ?? '';
    return { incoming: { ...base, kind: 'command', command: 'start', args: ref.trim() } };
  }
  const command = parseCommand(text);
  if (command) return { incoming: { ...base, kind: 'command', ...command } };

  const attachments = Array.isArray(msg.attachments) ? msg.attachments : [];
  if (attachments.length > 0) {
    let firstUnsupported: string | undefined;
    for (const att of attachments) {
      const file = fileFromAttachment(att);
      if ('fileId' in file) {
        return { incoming: { ...base, kind: 'file', file, ...(text.trim() ? { caption: text } : {}) } };
      }
      firstUnsupported ??= file.unsupported;
    }
    if (!text.trim()) return { incoming: { ...base, kind: 'unsupported', what: firstUnsupported ?? 'attachment' } };
  }

  // A main-menu button carries its full label in the payload (labels shown are cut at 40 characters).
  if (payload && typeof payload.m === 'string' && payload.m.length > 0) {
    return { incoming: { ...base, kind: 'text', text: payload.m } };
  }
  if (text.trim()) return { incoming: { ...base, kind: 'text', text } };
  if (isObj(msg.geo)) return { incoming: { ...base, kind: 'unsupported', what: 'location' } };
  if (Array.isArray(msg.fwd_messages) && msg.fwd_messages.length > 0) {
    return { incoming: { ...base, kind: 'unsupported', what: 'forward' } };
  }
  return { incoming: { ...base, kind: 'unsupported', what: 'empty' } };
}

function mapMessageEvent(update: VkRawUpdate): MappedUpdate {
  const obj = isObj(update.object) ? update.object : undefined;
  if (!obj) return { ignored: 'message_event without an object' };
  const userId = num(obj.user_id);
  const peerId = num(obj.peer_id);
  const eventId = str(obj.event_id);
  if (userId === undefined || peerId === undefined || !eventId) return { ignored: 'message_event without user/peer/event id' };
  const payload = parsePayload(obj.payload);
  // The action is whatever came back under "a"; anything else is passed as an empty action,
  // which the core refuses (a forged payload), and the press is still answered.
  const data = payload && typeof payload.a === 'string' && payload.a.length <= 255 ? payload.a : '';
  const cmid = num(obj.conversation_message_id);
  const incoming: Incoming = {
    updateId: `message_event:${eventId}`,
    from: senderOf(userId, peerId, undefined),
    kind: 'action',
    data,
    ...(cmid !== undefined ? { messageId: String(cmid) } : {}),
  };
  return { incoming, event: { eventId, userId, peerId } };
}

function mapOther(update: VkRawUpdate): MappedUpdate {
  const type = update.type;
  if (SILENT_TYPES.has(type) || SILENT_PREFIXES.some((p) => type.startsWith(p))) return { ignored: `event ${type}` };
  // An event type this code does not know: say so to the person if there is one in a dialog.
  const obj = isObj(update.object) ? update.object : undefined;
  const userId = obj ? (num(obj.user_id) ?? num(obj.from_id)) : undefined;
  if (userId === undefined || userId <= 0) return { ignored: `event ${type} without a person` };
  const peerId = (obj ? num(obj.peer_id) : undefined) ?? userId;
  const eventId = update.event_id ?? (obj ? str(obj.event_id) : undefined);
  if (!eventId) return { ignored: `event ${type} without an event id` };
  return {
    incoming: {
      updateId: `${type}:${eventId}`,
      from: senderOf(userId, peerId, undefined),
      kind: 'unsupported',
      what: `event:${type}`,
    },
  };
}

/** The one entry point: a raw VK update → an Incoming (or why it is ignored). Never throws. */
export function mapUpdate(raw: unknown, groupId?: number): MappedUpdate {
  try {
    if (!isObj(raw) || typeof raw.type !== 'string') return { ignored: 'not an update' };
    const update = raw as unknown as VkRawUpdate;
    if (groupId !== undefined && update.group_id !== undefined && Number(update.group_id) !== groupId) {
      return { ignored: `update for another community` };
    }
    switch (update.type) {
      case 'message_new':
        return mapMessageNew(update, groupId);
      case 'message_event':
        return mapMessageEvent(update);
      default:
        return mapOther(update);
    }
  } catch (err) {
    return { ignored: `unreadable update: ${(err as Error).message}` };
  }
}
