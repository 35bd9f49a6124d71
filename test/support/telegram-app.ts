import { afterAll, beforeAll } from 'vitest';
import { createTelegramAdapter, type TelegramAdapter } from '../../src/adapters/telegram/index.js';
import { silentLogger } from '../../src/log.js';
import { createHarness, type Harness, type HarnessOptions } from './harness.js';
import { startTelegramEmulator, type TelegramEmulator } from './telegram-emulator.js';
import type { UpdateTracker } from './telegram-person.js';
import { createVkHarness, type VkHarness } from './vk-harness.js';

export interface TelegramApp {
  emu: TelegramEmulator;
  adapter: TelegramAdapter;
  h: Harness;
}

/**
 * For an end-to-end file: before all its tests, telegram-test-api, the real grammY adapter (long
 * polling through the runner) and the whole app behind it; every update runs the router's
 * transaction, then delivers the outbox through the adapter. After all, everything stops.
 * `ready` hands the parts to the file's own variables.
 */
export function useTelegramApp(tracker: UpdateTracker, ready: (app: TelegramApp) => void, opts: HarnessOptions = {}): void {
  let app: Partial<TelegramApp> = {};
  beforeAll(async () => {
    const emu = await startTelegramEmulator();
    const adapter = createTelegramAdapter({ token: emu.token, apiRoot: emu.apiRoot, logger: silentLogger(), idlePollDelayMs: 20 });
    app = { emu, adapter };
    const h = await createHarness({ ...opts, extraAdapters: [adapter, ...(opts.extraAdapters ?? [])] });
    app.h = h;
    await adapter.start(tracker.wrap(h.app.router.handle, () => h.flush()));
    ready(app as TelegramApp);
  });
  afterAll(async () => {
    await app.adapter?.stop();
    await app.h?.close();
    await app.emu?.stop();
  });
}

export interface TelegramVkApp {
  emu: TelegramEmulator;
  telegram: TelegramAdapter;
  v: VkHarness;
}

/** The same with VK too: the real vk-io adapter against the fake VK API, and Telegram beside it. */
export function useTelegramVkApp(tracker: UpdateTracker, ready: (app: TelegramVkApp) => void): void {
  let app: Partial<TelegramVkApp> = {};
  beforeAll(async () => {
    const emu = await startTelegramEmulator();
    const telegram = createTelegramAdapter({ token: emu.token, apiRoot: emu.apiRoot, logger: silentLogger(), idlePollDelayMs: 20 });
    app = { emu, telegram };
    const v = await createVkHarness({ extraAdapters: [telegram] });
    app.v = v;
    await telegram.start(tracker.wrap(v.h.app.router.handle, () => v.h.flush()));
    ready(app as TelegramVkApp);
  });
  afterAll(async () => {
    await app.telegram?.stop();
    await app.v?.close();
    await app.emu?.stop();
  });
}
