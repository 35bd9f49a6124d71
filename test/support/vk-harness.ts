import { createVkAdapter, type VkAdapter } from '../../src/adapters/vk/adapter.js';
import { silentLogger } from '../../src/log.js';
import { createHarness, type Harness, type HarnessOptions } from './harness.js';
import { FakeVkServer, type FakeKeyboard } from './fake-vk-server.js';

/**
 * The whole bot with the real vk-io adapter in front of a fake VK API (next to the local
 * adapter of the usual harness). VK people are numeric user ids; what they type goes in through
 * the long poll, and what the bot sent is read back from the fake. `say` and `press` wait until
 * the core has handled the update, then deliver the outbox, like the harness's own.
 */
export type VkHarness = Awaited<ReturnType<typeof createVkHarness>>;

export async function createVkHarness(opts: HarnessOptions = {}) {
  const fake = await FakeVkServer.start();
  const vk: VkAdapter = createVkAdapter({
    token: fake.token,
    groupId: fake.groupId,
    apiBaseUrl: fake.apiBaseUrl,
    logger: silentLogger(),
    apiLimit: 1000,
  });
  const h: Harness = await createHarness({ ...opts, extraAdapters: [...(opts.extraAdapters ?? []), vk] });
  await vk.start(h.app.router.handle);

  const processed = (updateId: string) =>
    Boolean(h.db.prepare("SELECT 1 FROM processed_updates WHERE platform = 'vk' AND update_id = ?").get(updateId));

  const v = {
    h,
    fake,
    vk,
    /** A VK user writes to the community (a leading "/" is a command, as on VK). */
    async say(userId: number, text: string, extra: { payload?: unknown; ref?: string; peerId?: number } = {}) {
      const { updateId } = fake.pushMessageNew({ fromId: userId, text, ...extra });
      await fake.waitFor(() => processed(updateId), `update ${updateId}`);
      await h.flush();
    },
    /** Presses a callback button (exact label, else the first containing it); returns the snackbar text, if any. */
    async press(userId: number, label: string): Promise<string | undefined> {
      const eventId = fake.pressButton(userId, label);
      const answer = await fake.waitFor(
        () => fake.callsOf('messages.sendMessageEventAnswer').find((c) => c.params.event_id === eventId),
        `the answer to "${label}"`,
      );
      await h.flush();
      return answer.params.event_data ? (JSON.parse(answer.params.event_data) as { text: string }).text : undefined;
    },
    /** Presses a main-menu (keyboard) button: VK sends its label with the button's payload. */
    async menu(userId: number, label: string) {
      const keyboard = [...fake.messagesTo(userId)].reverse().find((m) => m.keyboard && !m.keyboard.inline)?.keyboard;
      const button = keyboard?.buttons.flat().find((b) => b.action.label === label);
      if (!button) throw new Error(`no menu button "${label}" for ${userId}`);
      await v.say(userId, button.action.label, { payload: button.action.payload });
    },
    texts(userId: number): string[] {
      return fake.textsTo(userId);
    },
    lastText(userId: number): string {
      return fake.textsTo(userId).at(-1) ?? '';
    },
    lastKeyboard(userId: number): FakeKeyboard | undefined {
      return fake.messagesTo(userId).at(-1)?.keyboard;
    },
    async close() {
      await vk.stop();
      await h.close();
      await fake.close();
    },
  };
  return v;
}
