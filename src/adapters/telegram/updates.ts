/**
 * Telegram updates → the port's `Incoming`. Pure functions: no API calls, no logging, so every
 * mapping rule is tested on plain objects.
 */
import type { Chat, ChatMember, Message, Update, User } from 'grammy/types';
import type { ChatType, FileRef, Incoming, Sender } from '../../messaging/types.js';
import { entitiesToHtml } from './entities-html.js';

/** Who the bot is, as far as mapping needs it. */
export interface BotIdentity {
  id: number;
  /** Without the leading @; commands addressed to another bot (`/start@other_bot`) are ignored. */
  username?: string;
}

/** The update types the adapter asks Telegram for (polling and webhook alike). */
export const ALLOWED_UPDATES = ['message', 'callback_query', 'my_chat_member'] as const;

/** Contents a message may carry that the bot does not take, checked in this order. */
const UNSUPPORTED_CONTENT = [
  'sticker',
  'animation',
  'video_note',
  'location',
  'venue',
  'poll',
  'dice',
  'contact',
  'game',
  'story',
  'invoice',
  'paid_media',
  'checklist',
] as const;

/**
 * Service messages (members joining or leaving, pins, title changes…). They are not something a
 * person said to the bot, so they are dropped instead of answered with "I don't take that".
 */
const SERVICE_FIELDS = [
  'new_chat_members',
  'left_chat_member',
  'new_chat_title',
  'new_chat_photo',
  'delete_chat_photo',
  'group_chat_created',
  'supergroup_chat_created',
  'channel_chat_created',
  'message_auto_delete_timer_changed',
  'migrate_to_chat_id',
  'migrate_from_chat_id',
  'pinned_message',
  'video_chat_started',
  'video_chat_ended',
  'video_chat_scheduled',
  'video_chat_participants_invited',
  'forum_topic_created',
  'forum_topic_edited',
  'forum_topic_closed',
  'forum_topic_reopened',
  'general_forum_topic_hidden',
  'general_forum_topic_unhidden',
  'write_access_allowed',
  'users_shared',
  'chat_shared',
  'boost_added',
  'chat_background_set',
  'proximity_alert_triggered',
] as const;

export function chatTypeOf(chat: Pick<Chat, 'type'>): ChatType {
  switch (chat.type) {
    case 'private':
      return 'private';
    case 'channel':
      return 'channel';
    default:
      return 'group'; // group and supergroup
  }
}

function displayNameOf(user: User): string | undefined {
  const name = [user.first_name, user.last_name]
    .filter((s): s is string => typeof s === 'string' && s.trim() !== '')
    .join(' ')
    .trim();
  return name === '' ? undefined : name;
}

export function senderOf(user: User, chat: Pick<Chat, 'id' | 'type'> | undefined): Sender {
  const sender: Sender = {
    platform: 'telegram',
    userId: String(user.id),
    // A button under an inline-mode message has no chat: the person's private chat is the answer.
    chatId: String(chat?.id ?? user.id),
    chatType: chat ? chatTypeOf(chat) : 'private',
  };
  const displayName = displayNameOf(user);
  if (displayName !== undefined) sender.displayName = displayName;
  if (user.language_code) sender.languageCode = user.language_code;
  return sender;
}

/** `/start@Bot abc` → { command: 'start', args: 'abc' }; null when there is no leading command. */
export function parseCommand(
  message: Pick<Message, 'text' | 'entities'>,
  botUsername?: string,
): { command: string; args: string } | 'other_bot' | null {
  const text = message.text;
  if (typeof text !== 'string') return null;
  const entity = message.entities?.find((e) => e.type === 'bot_command' && e.offset === 0);
  if (!entity || entity.length < 2) return null;
  const token = text.slice(1, entity.length); // without the slash
  const at = token.indexOf('@');
  const name = (at === -1 ? token : token.slice(0, at)).toLowerCase();
  const addressee = at === -1 ? undefined : token.slice(at + 1);
  if (addressee && botUsername && addressee.toLowerCase() !== botUsername.toLowerCase()) return 'other_bot';
  if (name === '') return null;
  return { command: name, args: text.slice(entity.length).trim() };
}

function largest<T extends { width: number; height: number; file_size?: number }>(sizes: readonly T[]): T | undefined {
  let best: T | undefined;
  for (const s of sizes) {
    if (!best || s.width * s.height > best.width * best.height) best = s;
  }
  return best;
}

function fileRef(
  kind: FileRef['kind'],
  file: { file_id: string; file_size?: number; file_name?: string; mime_type?: string },
  mimeFallback?: string,
): FileRef {
  const ref: FileRef = { platform: 'telegram', fileId: file.file_id, kind };
  if (file.file_name) ref.name = file.file_name;
  const mime = file.mime_type ?? mimeFallback;
  if (mime) ref.mime = mime;
  if (typeof file.file_size === 'number') ref.size = file.file_size;
  return ref;
}

/** The file a message carries, if it is one of the kinds the bot takes. */
export function fileOf(message: Message): FileRef | null {
  if (message.photo && message.photo.length > 0) {
    const p = largest(message.photo);
    if (p) return fileRef('photo', p, 'image/jpeg');
  }
  // An animation also carries a `document`; it is a GIF, not a document a person means to share.
  if (message.document && !message.animation) return fileRef('document', message.document);
  if (message.voice) return fileRef('voice', message.voice, 'audio/ogg');
  if (message.audio) return fileRef('audio', message.audio);
  if (message.video) return fileRef('video', message.video);
  return null;
}

function messageToIncoming(updateId: string, message: Message, bot: BotIdentity): Incoming | null {
  const user = message.from;
  if (!user || (user.is_bot && user.id === bot.id)) return null;
  if (SERVICE_FIELDS.some((f) => f in message)) return null;
  const base: { updateId: string; from: Sender; messageId: string; replyToMessageId?: string } = {
    updateId,
    from: senderOf(user, message.chat),
    messageId: String(message.message_id),
  };
  if (message.reply_to_message) base.replyToMessageId = String(message.reply_to_message.message_id);

  if (typeof message.text === 'string') {
    const cmd = parseCommand(message, bot.username);
    if (cmd === 'other_bot') return null;
    if (cmd) return { ...base, kind: 'command', command: cmd.command, args: cmd.args };
    const html = entitiesToHtml(message.text, message.entities);
    return html === undefined ? { ...base, kind: 'text', text: message.text } : { ...base, kind: 'text', text: message.text, html };
  }
  const file = fileOf(message);
  if (file) {
    if (message.caption === undefined) return { ...base, kind: 'file', file };
    const captionHtml = entitiesToHtml(message.caption, message.caption_entities);
    return captionHtml === undefined
      ? { ...base, kind: 'file', file, caption: message.caption }
      : { ...base, kind: 'file', file, caption: message.caption, captionHtml };
  }
  const what = UNSUPPORTED_CONTENT.find((f) => f in message) ?? 'message';
  return { ...base, kind: 'unsupported', what };
}

function isPresent(member: ChatMember): boolean {
  switch (member.status) {
    case 'member':
    case 'administrator':
    case 'creator':
      return true;
    case 'restricted':
      return member.is_member;
    default:
      return false;
  }
}

/**
 * Maps one update to what the core takes, or null when there is nothing for the core (service
 * messages, the bot removed from a chat, a command for another bot in a group).
 */
export function toIncoming(update: Update, bot: BotIdentity): Incoming | null {
  const updateId = String(update.update_id);

  if (update.message) return messageToIncoming(updateId, update.message, bot);

  if (update.callback_query) {
    const q = update.callback_query;
    const from = senderOf(q.from, q.message?.chat);
    // A game button carries no payload to act on.
    if (q.data === undefined) return { updateId, from, kind: 'unsupported', what: 'callback_game' };
    const incoming: Incoming = { updateId, from, kind: 'action', data: q.data };
    if (q.message) incoming.messageId = String(q.message.message_id);
    return incoming;
  }

  if (update.my_chat_member) {
    const m = update.my_chat_member;
    if (m.new_chat_member.user.id !== bot.id) return null;
    if (m.chat.type === 'private') return null; // a person blocked/unblocked the bot
    if (!isPresent(m.old_chat_member) && isPresent(m.new_chat_member)) return { updateId, from: senderOf(m.from, m.chat), kind: 'joined_group' };
    return null;
  }

  // Anything else that names a person: tell the core it is not taken.
  const type = Object.keys(update).find((k) => k !== 'update_id') ?? 'unknown';
  const payload = (update as unknown as Record<string, { from?: User; chat?: Chat } | undefined>)[type];
  if (payload?.from && !payload.from.is_bot) {
    return { updateId, from: senderOf(payload.from, payload.chat), kind: 'unsupported', what: type };
  }
  return null;
}
