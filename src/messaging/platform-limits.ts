import type { Platform, PlatformLimits } from './types.js';

/**
 * Every platform's published limits, in one table: the dispatcher paces by them and nothing else
 * in the code holds a rate. A new platform is one entry here (and its adapter points at it).
 *
 * - Telegram: about 30 messages a second per bot, about 1 a second per chat; 4,096 characters.
 * - VK (community token): about 20 requests a second; one `messages.send` reaches up to 100
 *   `peer_ids`; a repeat with the same `random_id` is dropped; 4,096 characters; at most 6 rows
 *   and 10 buttons under one message.
 * - MAX: 30 requests a second for the bot, about 2 messages a second into one dialog; 4,000 characters.
 * - local (tests, the playground): no platform behind it.
 */
export const PLATFORM_LIMITS: Readonly<Record<Platform, Readonly<PlatformLimits>>> = Object.freeze({
  telegram: Object.freeze({ globalPerSecond: 30, perChatIntervalMs: 1000, maxTextLength: 4096, idempotentSend: false }),
  vk: Object.freeze({ globalPerSecond: 20, perChatIntervalMs: 1000, maxTextLength: 4096, idempotentSend: true, batchPeers: 100, inlineKeyboard: Object.freeze({ maxRows: 6, maxButtons: 10 }) }),
  max: Object.freeze({ globalPerSecond: 30, perChatIntervalMs: 500, maxTextLength: 4000, idempotentSend: false }),
  local: Object.freeze({ globalPerSecond: 10_000, perChatIntervalMs: 0, maxTextLength: 4096, idempotentSend: true }),
});
