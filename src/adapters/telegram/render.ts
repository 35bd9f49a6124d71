/**
 * `OutgoingMessage` → Bot API parameters: keyboards, parse mode, reply parameters, the file
 * method. Pure functions; adapter.ts makes the calls.
 */
import { InputFile } from 'grammy';
import type {
  ForceReply,
  InlineKeyboardButton,
  InlineKeyboardMarkup,
  ReplyKeyboardMarkup,
  ReplyKeyboardRemove,
} from 'grammy/types';
import type { Button, FileKind, OutgoingFile, OutgoingMessage } from '../../messaging/types.js';

export type ReplyMarkup = InlineKeyboardMarkup | ReplyKeyboardMarkup | ReplyKeyboardRemove | ForceReply;

/** Telegram's limit for a caption under a photo or document. */
export const MAX_CAPTION_LENGTH = 1024;

const STYLE: Record<NonNullable<Button['style']>, 'primary' | 'success' | 'danger'> = {
  primary: 'primary',
  positive: 'success',
  negative: 'danger',
};

export class RenderError extends Error {
  override name = 'RenderError';
}

export function inlineButton(button: Button): InlineKeyboardButton {
  const style = button.style ? { style: STYLE[button.style] } : {};
  if (button.action !== undefined && button.action !== '') {
    if (Buffer.byteLength(button.action, 'utf8') > 64) throw new RenderError('button action is over 64 bytes');
    return { text: button.label, callback_data: button.action, ...style };
  }
  if (button.url) return { text: button.label, url: button.url, ...style };
  throw new RenderError('a button needs an action or a url');
}

export function inlineKeyboard(rows: Button[][]): InlineKeyboardMarkup {
  return { inline_keyboard: rows.filter((r) => r.length > 0).map((row) => row.map(inlineButton)) };
}

export function menuKeyboard(rows: string[][]): ReplyKeyboardMarkup | ReplyKeyboardRemove {
  const keyboard = rows.filter((r) => r.length > 0).map((row) => row.map((text) => ({ text })));
  if (keyboard.length === 0) return { remove_keyboard: true };
  return { keyboard, resize_keyboard: true, is_persistent: true };
}

/** The markup a send carries: buttons win over a menu (the core never sets both). */
export function sendMarkup(message: OutgoingMessage): ReplyMarkup | undefined {
  if (message.buttons && message.buttons.length > 0) return inlineKeyboard(message.buttons);
  if (message.menu) return menuKeyboard(message.menu);
  return undefined;
}

/**
 * The markup an edit carries. Only inline keyboards can be edited; an edit without buttons sends
 * an empty keyboard on purpose, so the old buttons go away (what the core means by an edit to
 * "taken by …"), the same on every Bot API server.
 */
export function editMarkup(message: OutgoingMessage): InlineKeyboardMarkup {
  return message.buttons && message.buttons.length > 0 ? inlineKeyboard(message.buttons) : { inline_keyboard: [] };
}

export function parseModeOf(message: OutgoingMessage): { parse_mode?: 'HTML' } {
  return message.format === 'html' ? { parse_mode: 'HTML' } : {};
}

export function replyParameters(replyToMessageId: string | undefined): {
  reply_parameters?: { message_id: number; allow_sending_without_reply: true };
} {
  if (replyToMessageId === undefined || !/^\d+$/.test(replyToMessageId)) return {};
  return { reply_parameters: { message_id: Number(replyToMessageId), allow_sending_without_reply: true } };
}

/** A Telegram chat id as the API takes it: a number for numeric ids, else the @username. */
export function chatIdOf(chatId: string): number | string {
  return /^-?\d+$/.test(chatId) ? Number(chatId) : chatId;
}

export type FileMethod = 'sendPhoto' | 'sendDocument' | 'sendVoice' | 'sendAudio' | 'sendVideo';

export const FILE_METHOD: Record<FileKind, FileMethod> = {
  photo: 'sendPhoto',
  document: 'sendDocument',
  voice: 'sendVoice',
  audio: 'sendAudio',
  video: 'sendVideo',
};

/** What to put in the file field: an upload for bytes, the file_id for a Telegram file. */
export function fileInput(file: OutgoingFile): InputFile | string {
  const source = file.source;
  if (source.type === 'bytes') return new InputFile(Buffer.from(source.base64, 'base64'), file.name);
  if (source.ref.platform !== 'telegram') {
    throw new RenderError(`a ${source.ref.platform} file must be downloaded and given as bytes`);
  }
  return source.ref.fileId;
}
