/**
 * The messaging port: what adapters and the core agree on. Imports nothing of the core,
 * nothing of grammY or vk-io. The core speaks of persons; an address names one platform chat.
 */

export const PLATFORMS = ['telegram', 'vk', 'max', 'local'] as const;
export type Platform = (typeof PLATFORMS)[number];

/** One platform chat. `chatId` is the platform's id as a string (Telegram chat id, VK peer id, local id). */
export interface ChatAddress {
  platform: Platform;
  chatId: string;
}

export type ChatType = 'private' | 'group' | 'channel';

/** Who sent an update and where. */
export interface Sender {
  platform: Platform;
  /** The platform user id (Telegram from.id, VK from_id, local person handle). */
  userId: string;
  chatId: string;
  chatType: ChatType;
  /** As the platform shows it; used only as a default for the profile's name. */
  displayName?: string;
  /** The platform's language hint ("ru", "en-US"), if any. */
  languageCode?: string;
}

export type FileKind = 'photo' | 'document' | 'voice' | 'audio' | 'video';

/** A file a person sent, as the platform knows it. Downloaded only outside a transaction. */
export interface FileRef {
  platform: Platform;
  /** Telegram file_id, VK attachment string or URL, local blob id. */
  fileId: string;
  kind: FileKind;
  name?: string;
  mime?: string;
  size?: number;
}

interface IncomingBase {
  /** Unique per platform for one update; a redelivered update carries the same id. */
  updateId: string;
  from: Sender;
  /** The platform message id of this message (for reply-to mapping), if any. */
  messageId?: string;
  /** The platform message id this message replies to, if any. */
  replyToMessageId?: string;
}

export type Incoming =
  | (IncomingBase & { kind: 'command'; command: string; args: string })
  | (IncomingBase & {
      kind: 'text';
      text: string;
      /** The same text with the person's formatting (bold, italic, links…) in the 'html' subset of OutgoingMessage; absent when unformatted. */
      html?: string;
    })
  | (IncomingBase & {
      kind: 'action';
      /** The button's action payload exactly as it came back; never trusted. */
      data: string;
      /** The platform message id that carried the button. */
      messageId?: string;
    })
  | (IncomingBase & {
      kind: 'file';
      file: FileRef;
      caption?: string;
      /** The caption with its formatting, as `html` of a text; absent when unformatted. */
      captionHtml?: string;
    })
  /** The bot was added to a group or channel. */
  | (IncomingBase & { kind: 'joined_group' })
  /** Stickers, locations, polls and anything else the bot does not take. */
  | (IncomingBase & { kind: 'unsupported'; what: string });

/** A button under a message. `action` is an encoded action (see actions.ts), at most 64 bytes. */
export interface Button {
  label: string;
  action?: string;
  url?: string;
  style?: 'primary' | 'positive' | 'negative';
}

export type OutgoingFileSource =
  | { type: 'bytes'; base64: string }
  /** A file another person sent, to be re-sent (same platform) or downloaded and re-uploaded. */
  | { type: 'platform'; ref: FileRef };

export interface OutgoingFile {
  kind: FileKind;
  name: string;
  mime?: string;
  source: OutgoingFileSource;
}

/** What the core wants a person to read. Texts are already localised. */
export interface OutgoingMessage {
  text: string;
  /** 'html' allows <b>, <i>, <a href>; adapters of platforms without formatting strip it. */
  format?: 'plain' | 'html';
  /** Inline buttons, in rows. */
  buttons?: Button[][];
  /** The persistent main menu (reply keyboard), in rows of labels; [] removes it. */
  menu?: string[][];
  file?: OutgoingFile;
}

export type Delivery =
  | {
      op: 'send';
      to: ChatAddress;
      message: OutgoingMessage;
      /** Stable across retries of the same outbox row (VK random_id is derived from it). */
      idempotencyKey: number;
      replyToMessageId?: string;
    }
  | { op: 'edit'; to: ChatAddress; platformMessageId: string; message: OutgoingMessage };

export type DeliveryResult =
  | { ok: true; platformMessageId?: string }
  /** 429 / flood control: wait this long and try again; `scope: 'chat'` when only this chat must wait (VK error 9). */
  | { ok: false; reason: 'rate_limited'; retryAfterMs: number; detail?: string; scope?: 'chat' }
  /** The person blocked the bot or never allowed messages: do not retry. */
  | { ok: false; reason: 'unreachable'; detail: string }
  /** Network or server trouble: the send may or may not have happened. */
  | { ok: false; reason: 'transient'; detail: string }
  /** The platform refused this message for good (bad request, file too big...). */
  | { ok: false; reason: 'rejected'; detail: string };

/** Limits that pace the dispatcher; one place in the code reads them. */
export interface PlatformLimits {
  /** Sends per second for the whole bot. */
  globalPerSecond: number;
  /** Minimum milliseconds between two sends to the same chat. */
  perChatIntervalMs: number;
  /** The longest text one message may carry. */
  maxTextLength: number;
  /** Whether a resend after an unknown outcome is dropped by the platform (VK random_id). */
  idempotentSend: boolean;
  /** How many chats one send call may address with the same text (VK peer_ids: 100). */
  batchPeers?: number;
  /** The buttons one message may carry, where the platform sets a tight bound (VK: 6 rows, 10 buttons). */
  inlineKeyboard?: KeyboardFit;
}

/** How many rows and buttons fit under one message. */
export interface KeyboardFit {
  maxRows: number;
  maxButtons: number;
}

/** What the router answers to an update; the adapter uses it to acknowledge a button at once. */
export interface HandleOutcome {
  /** A short toast for the button press (callback query answer), already localised. */
  ackText?: string;
}

export type IncomingSink = (incoming: Incoming) => Promise<HandleOutcome>;

export interface BotCommandDescription {
  command: string;
  description: string;
}

/** A messenger adapter: turns platform updates into Incoming and Deliveries into API calls. */
export interface MessengerAdapter {
  readonly platform: Platform;
  readonly limits: PlatformLimits;
  /** Start taking updates and hand each to the sink; resolves once taking has started. */
  start(sink: IncomingSink): Promise<void>;
  /** Stop taking updates; resolves when updates in flight are handled. */
  stop(): Promise<void>;
  deliver(delivery: Delivery): Promise<DeliveryResult>;
  /** One text to many chats in one call (VK peer_ids); results per chat id. */
  deliverBatch?(
    to: ChatAddress[],
    message: OutgoingMessage,
    idempotencyKey: number,
  ): Promise<Map<string, DeliveryResult>>;
  /** Fetch a file a person sent (for relaying it to another platform). */
  downloadFile?(ref: FileRef): Promise<{ bytes: Buffer; name: string; mime?: string }>;
  /** Publish the command list for a language (Telegram's menu); optional. */
  setCommands?(language: string, commands: BotCommandDescription[]): Promise<void>;
  /** Whether updates are coming in (for /healthz); absent: taken as connected once started. */
  connected?(): boolean;
}
