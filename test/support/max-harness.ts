import { createMaxAdapter, type MaxAdapter, type MaxAdapterOptions } from '../../src/adapters/max/index.js';
import { silentLogger } from '../../src/log.js';
import { createHarness, type Harness, type HarnessOptions } from './harness.js';
import { dialogOf, FakeMaxServer, type FakeMaxButton, type FakeMaxOptions } from './fake-max-server.js';

/**
 * The whole bot with the real MAX adapter (the official SDK) in front of the fake MAX API,
 * next to the local adapter of the usual harness. MAX people are numeric user ids writing in
 * their dialog with the bot; what they type goes in through the long poll, and what the bot
 * sent is read back from the fake. `say` and `press` wait until the core has handled the
 * update, then deliver the outbox, like the harness's own.
 */
export type MaxHarness = Awaited<ReturnType<typeof createMaxHarness>>;

export async function createMaxHarness(
  opts: HarnessOptions & { fake?: FakeMaxOptions; adapter?: Partial<MaxAdapterOptions> } = {},
) {
  const fake = await FakeMaxServer.start(opts.fake);
  const max: MaxAdapter = createMaxAdapter({
    token: fake.token,
    apiBaseUrl: fake.apiBaseUrl,
    logger: silentLogger(),
    pollTimeoutSeconds: 5,
    pollRetryMs: 50,
    ...opts.adapter,
  });
  const h: Harness = await createHarness({ ...opts, extraAdapters: [...(opts.extraAdapters ?? []), max] });
  h.app.deps.settings.maxBotUsername = fake.username;
  await max.start(h.app.router.handle);

  const processed = (updateId: string) =>
    Boolean(h.db.prepare("SELECT 1 FROM processed_updates WHERE platform = 'max' AND update_id = ?").get(updateId));

  const m = {
    h,
    fake,
    max,
    chatOf: dialogOf,
    /** A MAX user writes to the bot (a leading "/" is a command, as on MAX). */
    async say(userId: number, text: string, extra: { attachments?: unknown[]; replyTo?: string; markup?: unknown[] } = {}) {
      const { updateId } = fake.pushMessage({ userId, text, ...extra });
      await fake.waitFor(() => processed(updateId), `update ${updateId}`);
      await h.flush();
    },
    /** The person opens the bot by a max.ru link with `payload` (or the Start button without one). */
    async start(userId: number, payload?: string) {
      const updateId = fake.pushBotStarted({ userId, ...(payload !== undefined ? { payload } : {}) });
      await fake.waitFor(() => processed(updateId), `update ${updateId}`);
      await h.flush();
    },
    /** Presses a button (exact label, else the first containing it); returns the notification shown, if any. */
    async press(userId: number, label: string): Promise<string | undefined> {
      const pressed = fake.pressButton(userId, label);
      if (pressed.mid) {
        await fake.waitFor(() => processed(`message_created:${pressed.mid}`), `the menu button "${label}"`);
        await h.flush();
        return undefined;
      }
      const answer = await fake.waitFor(() => fake.answers.find((a) => a.callbackId === pressed.callbackId), `the answer to "${label}"`);
      await h.flush();
      return typeof answer.body.notification === 'string' ? answer.body.notification : undefined;
    },
    texts(userId: number): string[] {
      return fake.textsTo(dialogOf(userId));
    },
    lastText(userId: number): string {
      return fake.textsTo(dialogOf(userId)).at(-1) ?? '';
    },
    lastKeyboard(userId: number): FakeMaxButton[][] | undefined {
      const last = fake.messagesTo(dialogOf(userId)).at(-1);
      return last ? fake.keyboardOf(last) : undefined;
    },
    async close() {
      await max.stop();
      await h.close();
      await fake.close();
    },
  };
  return m;
}
