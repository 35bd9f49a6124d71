/**
 * Webhook mode: the adapter's own HTTP server, with updates posted by hand on 127.0.0.1.
 * telegram-test-api plays the Bot API (getMe, setWebhook, answerCallbackQuery).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTelegramAdapter, type TelegramAdapter } from '../../../src/adapters/telegram/index.js';
import type { HandleOutcome, Incoming } from '../../../src/messaging/types.js';
import { captureLog, type CapturedLog } from '../../support/captured-log.js';
import { freePort, startTelegramEmulator, type TelegramEmulator } from '../../support/telegram-emulator.js';

const SECRET = 'webhook-secret_0123456789abcdef';
let emu: TelegramEmulator;
let adapter: TelegramAdapter;
let log: CapturedLog;
let port: number;
const received: Incoming[] = [];
const apiCalls: Array<{ method: string; payload: Record<string, unknown> }> = [];

async function sink(incoming: Incoming): Promise<HandleOutcome> {
  // Take a moment, so an answer sent before the sink resolved would be caught by the test.
  await new Promise((r) => setTimeout(r, 30));
  received.push(incoming);
  return incoming.kind === 'action' ? { ackText: 'ok' } : {};
}

let nextUpdateId = 5000;
function textUpdate(text: string, userId = 301): Record<string, unknown> {
  return {
    update_id: nextUpdateId++,
    message: {
      message_id: nextUpdateId,
      date: 1,
      chat: { id: userId, type: 'private', first_name: 'Ира' },
      from: { id: userId, is_bot: false, first_name: 'Ира' },
      text,
    },
  };
}

function post(body: string, headers: Record<string, string> = {}, method = 'POST'): Promise<Response> {
  return fetch(`http://127.0.0.1:${port}/telegram`, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    ...(method === 'POST' ? { body } : {}),
  });
}

beforeAll(async () => {
  emu = await startTelegramEmulator();
  port = await freePort();
  log = captureLog('debug');
  adapter = createTelegramAdapter({
    token: emu.token,
    apiRoot: emu.apiRoot,
    logger: log.logger,
    webhook: { url: `https://bot.example.org/telegram`, secret: SECRET, port, host: '127.0.0.1' },
  });
  adapter.bot.api.config.use((prev, method, payload, signal) => {
    apiCalls.push({ method, payload: payload as Record<string, unknown> });
    return prev(method, payload, signal);
  });
  await adapter.start(sink);
});

afterAll(async () => {
  await adapter?.stop();
  await emu?.stop();
});

describe('telegram webhook', () => {
  it('sets the webhook with the secret token and does not poll', () => {
    const set = apiCalls.find((c) => c.method === 'setWebhook');
    expect(set?.payload).toMatchObject({ url: 'https://bot.example.org/telegram', secret_token: SECRET });
    expect(apiCalls.some((c) => c.method === 'getUpdates' || c.method === 'deleteWebhook')).toBe(false);
  });

  it('refuses a request without the secret header with 401 and never reaches the sink', async () => {
    const res = await post(JSON.stringify(textUpdate('no secret')));
    expect(res.status).toBe(401);
    expect(received).toHaveLength(0);
  });

  it('refuses a wrong secret, also one of the same length', async () => {
    const wrongSameLength = SECRET.slice(0, -1) + (SECRET.endsWith('f') ? 'e' : 'f');
    for (const secret of ['nope', wrongSameLength, SECRET + SECRET]) {
      const res = await post(JSON.stringify(textUpdate('wrong secret')), { 'X-Telegram-Bot-Api-Secret-Token': secret });
      expect(res.status).toBe(401);
    }
    expect(received).toHaveLength(0);
  });

  it('hands an update with the right secret to the sink and answers 200 after it resolved', async () => {
    const res = await post(JSON.stringify(textUpdate('с секретом')), { 'X-Telegram-Bot-Api-Secret-Token': SECRET });
    expect(res.status).toBe(200);
    // The answer waited for the sink: the update is already there.
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ kind: 'text', text: 'с секретом', from: { userId: '301', chatType: 'private' } });
  });

  it('answers a button press that came by webhook', async () => {
    const update = {
      update_id: nextUpdateId++,
      callback_query: {
        id: 'cb-77',
        chat_instance: 'ci',
        from: { id: 302, is_bot: false, first_name: 'Олег' },
        message: { message_id: 9, date: 1, chat: { id: 302, type: 'private', first_name: 'Олег' }, text: 'x' },
        data: 'offer.take:3',
      },
    };
    const res = await post(JSON.stringify(update), { 'X-Telegram-Bot-Api-Secret-Token': SECRET });
    expect(res.status).toBe(200);
    expect(received.at(-1)).toMatchObject({ kind: 'action', data: 'offer.take:3', messageId: '9' });
    expect(apiCalls.find((c) => c.method === 'answerCallbackQuery')?.payload).toMatchObject({ callback_query_id: 'cb-77', text: 'ok' });
  });

  it('tells the core when the bot was added to a group', async () => {
    const update = {
      update_id: nextUpdateId++,
      my_chat_member: {
        chat: { id: -100555, type: 'supergroup', title: 'Методобъединение' },
        from: { id: 303, is_bot: false, first_name: 'Нина' },
        date: 1,
        old_chat_member: { status: 'left', user: { id: 666, is_bot: true, first_name: 'Bot' } },
        new_chat_member: { status: 'member', user: { id: 666, is_bot: true, first_name: 'Bot' } },
      },
    };
    const res = await post(JSON.stringify(update), { 'X-Telegram-Bot-Api-Secret-Token': SECRET });
    expect(res.status).toBe(200);
    expect(received.at(-1)).toMatchObject({ kind: 'joined_group', from: { userId: '303', chatId: '-100555', chatType: 'group' } });
  });

  it('answers 400 to a body that is not an update and 405 to other methods', async () => {
    const before = received.length;
    expect((await post('{not json', { 'X-Telegram-Bot-Api-Secret-Token': SECRET })).status).toBe(400);
    expect((await post('{"hello":1}', { 'X-Telegram-Bot-Api-Secret-Token': SECRET })).status).toBe(400);
    expect((await post('', { 'X-Telegram-Bot-Api-Secret-Token': SECRET }, 'GET')).status).toBe(405);
    expect(received).toHaveLength(before);
  });

  it('never logs bodies, secrets or the token', () => {
    const text = log.text();
    expect(text).toContain('telegram webhook: request without the right secret token refused');
    for (const secret of [SECRET, emu.token, 'no secret', 'wrong secret', 'с секретом', '{not json']) {
      expect(text).not.toContain(secret);
    }
  });

  it('closes the server on stop', async () => {
    await adapter.stop();
    await expect(post(JSON.stringify(textUpdate('after stop')), { 'X-Telegram-Bot-Api-Secret-Token': SECRET })).rejects.toThrow();
  });
});
