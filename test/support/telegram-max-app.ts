import { afterAll, beforeAll } from 'vitest';
import { createTelegramAdapter, type TelegramAdapter } from '../../src/adapters/telegram/index.js';
import { silentLogger } from '../../src/log.js';
import type { HarnessOptions } from './harness.js';
import { createMaxHarness, type MaxHarness } from './max-harness.js';
import { startTelegramEmulator, type TelegramEmulator } from './telegram-emulator.js';
import type { UpdateTracker } from './telegram-person.js';

export interface TelegramMaxApp {
  emu: TelegramEmulator;
  telegram: TelegramAdapter;
  m: MaxHarness;
}

/**
 * For an end-to-end file: the real MAX adapter (the official SDK) against the fake MAX API and
 * the real grammY adapter against telegram-test-api, one app behind both. After all, everything stops.
 */
export function useTelegramMaxApp(tracker: UpdateTracker, ready: (app: TelegramMaxApp) => void, opts: HarnessOptions = {}): void {
  let app: Partial<TelegramMaxApp> = {};
  beforeAll(async () => {
    const emu = await startTelegramEmulator();
    const telegram = createTelegramAdapter({ token: emu.token, apiRoot: emu.apiRoot, logger: silentLogger(), idlePollDelayMs: 20 });
    app = { emu, telegram };
    const m = await createMaxHarness({ ...opts, extraAdapters: [telegram, ...(opts.extraAdapters ?? [])] });
    app.m = m;
    await telegram.start(tracker.wrap(m.h.app.router.handle, () => m.h.flush()));
    ready(app as TelegramMaxApp);
  });
  afterAll(async () => {
    await app.telegram?.stop();
    await app.m?.close();
    await app.emu?.stop();
  });
}
