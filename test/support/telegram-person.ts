/**
 * Plays a person in telegram-test-api against a running bot: types, presses buttons by label,
 * reads what the bot sent to their chat (edits applied). Each step waits until the bot has
 * handled the update, through an `UpdateTracker` wrapped around the bot's sink.
 */
import type { HandleOutcome, Incoming, IncomingSink } from '../../src/messaging/types.js';
import { waitFor, type BotMessageRecord, type TelegramEmulator } from './telegram-emulator.js';

/** Counts handled updates per platform user; `after` runs before the count goes up (a flush). */
export class UpdateTracker {
  private readonly handled = new Map<string, number>();
  readonly outcomes: Array<{ incoming: Incoming; outcome: HandleOutcome }> = [];

  wrap(sink: IncomingSink, after?: () => Promise<unknown>): IncomingSink {
    return async (incoming) => {
      try {
        const outcome = await sink(incoming);
        this.outcomes.push({ incoming, outcome });
        await after?.();
        return outcome;
      } finally {
        this.handled.set(incoming.from.userId, this.count(incoming.from.userId) + 1);
      }
    };
  }

  count(userId: string): number {
    return this.handled.get(userId) ?? 0;
  }
}

interface InlineButton {
  text: string;
  callback_data?: string;
  url?: string;
}

export class TelegramPerson {
  private readonly client;

  constructor(
    private readonly emu: TelegramEmulator,
    readonly userId: number,
    private readonly tracker: UpdateTracker,
    firstName: string,
  ) {
    this.client = emu.client({ userId, firstName });
  }

  private async settled(send: () => Promise<unknown>): Promise<void> {
    const before = this.tracker.count(String(this.userId));
    await send();
    await waitFor(() => (this.tracker.count(String(this.userId)) > before ? true : undefined), `the bot to handle an update of ${this.userId}`);
  }

  /** Types a message; a leading "/" makes it a command (with its bot_command entity). */
  say(text: string): Promise<void> {
    return this.settled(() =>
      text.startsWith('/') ? this.client.sendCommand(this.client.makeCommand(text)) : this.client.sendMessage(this.client.makeMessage(text)),
    );
  }

  /** Types a formatted message: its text and entities (UTF-16 offsets), as a Telegram app sends them. */
  sayFormatted(text: string, entities: Array<{ type: string; offset: number; length: number; url?: string }>): Promise<void> {
    return this.settled(() => this.client.sendMessage(this.client.makeMessage(text, { entities } as Parameters<typeof this.client.makeMessage>[1])));
  }

  /** Presses the newest inline button whose label is or contains `label`. */
  async press(label: string, messageId?: number): Promise<void> {
    const found = this.findButton((b) => b.text === label || b.text.includes(label), messageId);
    if (!found?.button.callback_data) throw new Error(`no button "${label}" in chat ${this.userId}`);
    await this.pressData(found.button.callback_data, found.message.messageId);
  }

  pressData(data: string, messageId: number): Promise<void> {
    return this.settled(() => this.client.sendCallback(this.client.makeCallbackQuery(data, { message: { message_id: messageId } })));
  }

  findButton(match: (b: InlineButton) => boolean, messageId?: number): { message: BotMessageRecord; button: InlineButton } | null {
    const list = this.messages();
    for (let i = list.length - 1; i >= 0; i--) {
      const message = list[i]!;
      if (messageId !== undefined && message.messageId !== messageId) continue;
      const button = inlineButtons(message).find(match);
      if (button) return { message, button };
    }
    return null;
  }

  /** Everything the bot sent to this person's chat, oldest first, edits applied. */
  messages(): BotMessageRecord[] {
    return this.emu.botHistory().filter((m) => String(m.message.chat_id) === String(this.userId));
  }

  last(): BotMessageRecord {
    const m = this.messages().at(-1);
    if (!m) throw new Error(`${this.userId} has no messages`);
    return m;
  }

  lastText(): string {
    return this.last().message.text;
  }

  /** The reply keyboard the bot set most recently, as rows of labels (undefined if none). */
  menu(): string[][] | undefined {
    for (const m of [...this.messages()].reverse()) {
      const markup = m.message.reply_markup as { keyboard?: Array<Array<{ text: string }>>; remove_keyboard?: boolean } | undefined;
      if (markup?.keyboard) return markup.keyboard.map((row) => row.map((b) => b.text));
      if (markup?.remove_keyboard) return undefined;
    }
    return undefined;
  }
}

export function inlineButtons(message: BotMessageRecord): InlineButton[] {
  const markup = message.message.reply_markup as { inline_keyboard?: InlineButton[][] } | undefined;
  return markup?.inline_keyboard?.flat() ?? [];
}
