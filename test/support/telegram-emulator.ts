/**
 * telegram-test-api (an emulated Bot API server) for tests, on 127.0.0.1 and a free port.
 *
 * Quirks worth knowing (see /work/shared/TESTING.md): commands need `makeCommand`; a button press
 * needs `makeCallbackQuery(data, { message: { message_id } })`; getUpdates answers at once, so
 * always stop bots and the emulator in afterAll; edits are read from `history()`, not from a
 * client's getUpdates.
 */
import { createServer } from 'node:net';
// The package's default export is typed as a module but is the class at run time; the named
// export of its own module is the same class under both.
import { TelegramServer } from 'telegram-test-api/lib/telegramServer.js';

export type TelegramTestServer = TelegramServer;
export type TelegramTestClient = ReturnType<TelegramTestServer['getClient']>;

/** A token of the shape Telegram uses; the emulator accepts any. */
export const TEST_BOT_TOKEN = '123456789:AAtest-token-for-the-emulator_000000';

/** The bot the emulator's getMe reports. */
export const EMULATED_BOT = { id: 666, username: 'TestNameBot' } as const;

/** A port free right now on 127.0.0.1 (the emulator cannot be asked for port 0). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** What the bot sent to one chat, as the emulator stores it. */
export interface BotMessageRecord {
  messageId: number;
  message: {
    chat_id: number | string;
    text: string;
    parse_mode?: string;
    reply_markup?: Record<string, unknown>;
    [key: string]: unknown;
  };
}

export interface TelegramEmulator {
  server: TelegramTestServer;
  /** Give this to the adapter as `apiRoot`. */
  apiRoot: string;
  token: string;
  /** A test person; `userId` doubles as the private chat id unless `chatId` is given. */
  client(person: { userId: number; chatId?: number; firstName?: string; timeout?: number }): TelegramTestClient;
  /** Every message the bot sent (edits applied), oldest first. */
  botHistory(): BotMessageRecord[];
  stop(): Promise<void>;
}

export async function startTelegramEmulator(options: { token?: string } = {}): Promise<TelegramEmulator> {
  const token = options.token ?? TEST_BOT_TOKEN;
  let server: TelegramTestServer | undefined;
  let lastError: unknown;
  for (let attempt = 0; attempt < 5 && !server; attempt++) {
    const port = await freePort();
    const candidate = new TelegramServer({ port, host: '127.0.0.1', storage: 'RAM', storeTimeout: 600 });
    try {
      await candidate.start();
      server = candidate;
    } catch (err) {
      lastError = err; // the port was taken between the probe and the listen: try another
    }
  }
  if (!server) throw lastError;
  const s = server;
  return {
    server: s,
    apiRoot: s.config.apiURL,
    token,
    client: ({ userId, chatId, firstName, timeout }) =>
      s.getClient(token, { userId, chatId: chatId ?? userId, firstName: firstName ?? `Person${userId}`, timeout: timeout ?? 5000 }),
    botHistory: () =>
      s
        .getUpdatesHistory(token)
        .flatMap((u) =>
          'message' in u && 'chat_id' in u.message
            ? [{ messageId: u.messageId, message: u.message as unknown as BotMessageRecord['message'] }]
            : [],
        ),
    stop: async () => {
      await s.stop();
    },
  };
}

/**
 * Waits until `probe` gives a value (not undefined), checking every few milliseconds. Fails with
 * `what` after `timeoutMs`: a guard against hanging, never a timing assertion.
 */
export async function waitFor<T>(probe: () => T | undefined, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
