/**
 * The real grammY adapter (long polling through the runner) against telegram-test-api.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTelegramAdapter, type TelegramAdapter } from '../../../src/adapters/telegram/index.js';
import type { HandleOutcome, Incoming } from '../../../src/messaging/types.js';
import { captureLog, type CapturedLog } from '../../support/captured-log.js';
import { startTelegramEmulator, waitFor, type BotMessageRecord, type TelegramEmulator } from '../../support/telegram-emulator.js';

let emu: TelegramEmulator;
let adapter: TelegramAdapter;
let log: CapturedLog;
const received: Incoming[] = [];
const apiCalls: Array<{ method: string; payload: Record<string, unknown> }> = [];
let releaseSlow: (() => void) | undefined;
const slowGate = new Promise<void>((r) => (releaseSlow = r));

async function sink(incoming: Incoming): Promise<HandleOutcome> {
  if (incoming.kind === 'action' && incoming.data === 'boom') throw new Error('handler failed on purpose');
  if (incoming.kind === 'text' && incoming.text === 'slow') await slowGate;
  received.push(incoming);
  if (incoming.kind === 'action' && incoming.data === 'ack:me') return { ackText: 'Принято' };
  return {};
}

function find<K extends Incoming['kind']>(kind: K, pred: (i: Extract<Incoming, { kind: K }>) => boolean): Extract<Incoming, { kind: K }> | undefined {
  return received.find((i): i is Extract<Incoming, { kind: K }> => i.kind === kind && pred(i as Extract<Incoming, { kind: K }>));
}

beforeAll(async () => {
  emu = await startTelegramEmulator();
  log = captureLog('debug');
  adapter = createTelegramAdapter({ token: emu.token, apiRoot: emu.apiRoot, logger: log.logger, idlePollDelayMs: 20 });
  adapter.bot.api.config.use((prev, method, payload, signal) => {
    if (method !== 'getUpdates') apiCalls.push({ method, payload: payload as Record<string, unknown> });
    return prev(method, payload, signal);
  });
  await adapter.start(sink);
});

afterAll(async () => {
  releaseSlow?.();
  await adapter?.stop();
  await emu?.stop();
});

describe('telegram adapter against telegram-test-api: inbound', () => {
  it('maps a command with its args and the sender', async () => {
    const anna = emu.client({ userId: 101, firstName: 'Анна' });
    await anna.sendCommand(anna.makeCommand('/start abc123'));
    const cmd = await waitFor(() => find('command', (c) => c.from.userId === '101'), 'the /start command');
    expect(cmd).toMatchObject({
      kind: 'command',
      command: 'start',
      args: 'abc123',
      from: { platform: 'telegram', userId: '101', chatId: '101', chatType: 'private', displayName: 'Анна' },
    });
    expect(cmd.updateId).toMatch(/^\d+$/);
    expect(cmd.messageId).toMatch(/^\d+$/);
  });

  it('maps a plain message as text', async () => {
    const boris = emu.client({ userId: 102 });
    await boris.sendMessage(boris.makeMessage('Здравствуйте'));
    const text = await waitFor(() => find('text', (t) => t.from.userId === '102'), 'the text');
    expect(text.text).toBe('Здравствуйте');
  });

  it('maps a button press to an action and answers the callback query with the ack text', async () => {
    const vera = emu.client({ userId: 103 });
    await vera.sendCallback(vera.makeCallbackQuery('ack:me', { message: { message_id: 77 } }));
    const action = await waitFor(() => find('action', (a) => a.from.userId === '103'), 'the button press');
    expect(action).toMatchObject({ kind: 'action', data: 'ack:me', messageId: '77', from: { chatId: '103' } });
    const answer = await waitFor(() => apiCalls.find((c) => c.method === 'answerCallbackQuery' && c.payload.text === 'Принято'), 'the answer');
    expect(typeof answer.payload.callback_query_id).toBe('string');
  });

  it('answers the callback query also when the handler throws, and goes on taking updates', async () => {
    const gleb = emu.client({ userId: 104 });
    const answeredBefore = apiCalls.filter((c) => c.method === 'answerCallbackQuery').length;
    await gleb.sendCallback(gleb.makeCallbackQuery('boom', { message: { message_id: 5 } }));
    await waitFor(
      () => (apiCalls.filter((c) => c.method === 'answerCallbackQuery').length > answeredBefore ? true : undefined),
      'the answer after a failure',
    );
    const failed = await waitFor(() => log.entries().find((e) => e.msg === 'telegram: handling an update failed'), 'the error log');
    expect(failed).toMatchObject({ kind: 'action', chatId: '104' });
    await gleb.sendMessage(gleb.makeMessage('still here?'));
    await waitFor(() => find('text', (t) => t.from.userId === '104'), 'the next update');
  });

  it('handles one chat in order and other chats meanwhile', async () => {
    const first = emu.client({ userId: 105 });
    const other = emu.client({ userId: 106 });
    await first.sendMessage(first.makeMessage('slow'));
    await first.sendMessage(first.makeMessage('after slow'));
    await other.sendMessage(other.makeMessage('other chat'));
    await waitFor(() => find('text', (t) => t.text === 'other chat'), 'the other chat');
    // The same chat's second message waits for the first, which is held by the gate.
    expect(find('text', (t) => t.from.userId === '105')).toBeUndefined();
    releaseSlow?.();
    await waitFor(() => find('text', (t) => t.text === 'after slow'), 'the second message');
    const order = received.filter((i) => i.kind === 'text' && i.from.userId === '105').map((i) => (i.kind === 'text' ? i.text : ''));
    expect(order).toEqual(['slow', 'after slow']);
  });
});

describe('telegram adapter against telegram-test-api: outbound', () => {
  it('sends HTML with inline buttons, and edits the message', async () => {
    const chat = emu.client({ userId: 201 });
    const result = await adapter.deliver({
      op: 'send',
      to: { platform: 'telegram', chatId: '201' },
      idempotencyKey: 1,
      message: {
        text: '<b>Новый вопрос</b>',
        format: 'html',
        buttons: [[{ label: 'Взять', action: 'offer.take:7', style: 'positive' }, { label: 'Сайт', url: 'https://example.org' }]],
      },
    });
    expect(result.ok).toBe(true);
    const id = result.ok ? result.platformMessageId : undefined;
    expect(id).toMatch(/^\d+$/);

    const { result: got } = (await chat.getUpdates()) as { result: BotMessageRecord[] };
    expect(got).toHaveLength(1);
    expect(String(got[0]!.messageId)).toBe(id);
    expect(got[0]!.message).toMatchObject({
      text: '<b>Новый вопрос</b>',
      parse_mode: 'HTML',
      reply_markup: {
        inline_keyboard: [
          [
            { text: 'Взять', callback_data: 'offer.take:7', style: 'success' },
            { text: 'Сайт', url: 'https://example.org' },
          ],
        ],
      },
    });

    // The person presses the button on that message.
    await chat.sendCallback(chat.makeCallbackQuery('offer.take:7', { message: { message_id: Number(id) } }));
    const press = await waitFor(() => find('action', (a) => a.from.userId === '201'), 'the press');
    expect(press.messageId).toBe(id);

    const edited = await adapter.deliver({
      op: 'edit',
      to: { platform: 'telegram', chatId: '201' },
      platformMessageId: id!,
      message: { text: 'Вопрос взят' },
    });
    expect(edited).toEqual({ ok: true, platformMessageId: id });
    const record = emu.botHistory().find((r) => String(r.messageId) === id);
    expect(record?.message.text).toBe('Вопрос взят');
    expect(record?.message.reply_markup).toEqual({ inline_keyboard: [] });
  });

  it('edits a message to new buttons', async () => {
    const sent = await adapter.deliver({
      op: 'send',
      to: { platform: 'telegram', chatId: '202' },
      idempotencyKey: 2,
      message: { text: 'Опрос: 1/3' },
    });
    const id = sent.ok ? sent.platformMessageId! : '';
    const edited = await adapter.deliver({
      op: 'edit',
      to: { platform: 'telegram', chatId: '202' },
      platformMessageId: id,
      message: { text: 'Опрос: 2/3', buttons: [[{ label: 'Да', action: 'survey.answer:1:2' }]] },
    });
    expect(edited.ok).toBe(true);
    const record = emu.botHistory().find((r) => String(r.messageId) === id);
    expect(record?.message).toMatchObject({
      text: 'Опрос: 2/3',
      reply_markup: { inline_keyboard: [[{ text: 'Да', callback_data: 'survey.answer:1:2' }]] },
    });
  });

  it('sets the main menu as a persistent reply keyboard and removes it with []', async () => {
    const chat = emu.client({ userId: 203 });
    const withMenu = await adapter.deliver({
      op: 'send',
      to: { platform: 'telegram', chatId: '203' },
      idempotencyKey: 3,
      message: { text: 'Меню', menu: [['Задать вопрос', 'Профиль'], ['Помощь']] },
      replyToMessageId: '12',
    });
    expect(withMenu.ok).toBe(true);
    const removed = await adapter.deliver({
      op: 'send',
      to: { platform: 'telegram', chatId: '203' },
      idempotencyKey: 4,
      message: { text: 'Без меню', menu: [] },
    });
    expect(removed.ok).toBe(true);
    const { result } = (await chat.getUpdates()) as { result: BotMessageRecord[] };
    expect(result.map((r) => r.message.text)).toEqual(['Меню', 'Без меню']);
    expect(result[0]!.message).toMatchObject({
      reply_markup: {
        keyboard: [[{ text: 'Задать вопрос' }, { text: 'Профиль' }], [{ text: 'Помощь' }]],
        resize_keyboard: true,
        is_persistent: true,
      },
      reply_parameters: { message_id: 12 },
    });
    expect(result[0]!.message).not.toHaveProperty('parse_mode');
    expect(result[1]!.message.reply_markup).toEqual({ remove_keyboard: true });
  });

  it('reports an upload the server cannot take as transient, without throwing', async () => {
    // telegram-test-api answers 500 to sendDocument.
    const result = await adapter.deliver({
      op: 'send',
      to: { platform: 'telegram', chatId: '204' },
      idempotencyKey: 5,
      message: { text: 'план', file: { kind: 'document', name: 'plan.txt', source: { type: 'bytes', base64: Buffer.from('x').toString('base64') } } },
    });
    expect(result).toMatchObject({ ok: false, reason: 'transient' });
  });

  it('swallows a failing setMyCommands with a warning', async () => {
    await expect(adapter.setCommands('ru', [{ command: 'start', description: 'Начать' }])).resolves.toBeUndefined();
    expect(log.entries().some((e) => e.level === 40 && e.msg?.startsWith('telegram: setMyCommands failed'))).toBe(true);
  });

  it('tells who the bot is, for invitation links', async () => {
    await expect(adapter.identify()).resolves.toEqual({ id: 666, username: 'TestNameBot' });
  });

  it('never logs the token', () => {
    expect(log.lines.length).toBeGreaterThan(0);
    expect(log.text()).not.toContain(emu.token);
    expect(log.text()).not.toContain(emu.token.split(':')[1]);
  });
});
