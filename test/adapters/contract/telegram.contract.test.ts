/**
 * The grammY adapter. Text, commands, presses and edits run against telegram-test-api (the
 * emulated Bot API); files, a blocked person and 429 against the small fake Bot API, because
 * the emulator has no sendDocument, getFile, 403 or 429 (see /work/shared/TESTING.md). The
 * emulator drops answerCallbackQuery's text, so the press's answer is not observable there.
 */
import { createTelegramAdapter } from '../../../src/adapters/telegram/index.js';
import { silentLogger } from '../../../src/log.js';
import { sentMessage, startFakeBotApi, type FakeAnswer } from '../../support/fake-bot-api.js';
import { firstFilePart } from '../../support/multipart.js';
import { startTelegramEmulator } from '../../support/telegram-emulator.js';
import { adapterContract, UNOBSERVABLE, type ContractWorld, type Outcome } from './contract.js';
import { Recorder } from './recorder.js';

const USER = 8101;

async function emulatorWorld(outcome: Outcome): Promise<ContractWorld> {
  const emu = await startTelegramEmulator();
  const adapter = createTelegramAdapter({ token: emu.token, apiRoot: emu.apiRoot, logger: silentLogger(), idlePollDelayMs: 20 });
  const rec = new Recorder(outcome);
  await adapter.start(rec.sink);
  const client = emu.client({ userId: USER, firstName: 'Анна' });
  const record = (messageId: string) => emu.botHistory().filter((m) => String(m.messageId) === messageId).at(-1);
  return {
    adapter,
    chat: { platform: 'telegram', chatId: String(USER) },
    async type(text) {
      const n = rec.received.length;
      await (text.startsWith('/') ? client.sendCommand(client.makeCommand(text)) : client.sendMessage(client.makeMessage(text)));
      return rec.next(n, 'a message');
    },
    async press(messageId, label) {
      const n = rec.received.length;
      const markup = record(messageId)!.message.reply_markup as { inline_keyboard: { text: string; callback_data: string }[][] };
      const data = markup.inline_keyboard.flat().find((b) => b.text === label)!.callback_data;
      await client.sendCallback(client.makeCallbackQuery(data, { message: { message_id: Number(messageId) } }));
      return { incoming: await rec.next(n, 'a press'), ack: UNOBSERVABLE };
    },
    sendFile: () => Promise.reject(new Error('the emulator has no files')),
    seen(messageId) {
      const m = record(messageId);
      if (!m) return undefined;
      const markup = m.message.reply_markup as { inline_keyboard?: { text: string }[][] } | undefined;
      return { text: m.message.text, buttons: (markup?.inline_keyboard ?? []).flat().map((b) => b.text) };
    },
    lastFile: () => undefined,
    block: () => {
      throw new Error('the emulator has no 403');
    },
    rateLimitNext: () => {
      throw new Error('the emulator has no 429');
    },
    async close() {
      await adapter.stop();
      await emu.stop();
    },
  };
}

async function fakeApiWorld(outcome: Outcome): Promise<ContractWorld> {
  const queue: unknown[] = [];
  let nextUpdate = 1;
  let nextMessage = 100;
  const failures: FakeAnswer[] = [];
  let blocked = false;
  const sent: { name: string; bytes: Buffer }[] = [];
  const refuse = (): FakeAnswer | undefined =>
    blocked ? { ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' } : failures.shift();
  const api = await startFakeBotApi({
    getUpdates: () => ({ ok: true, result: queue.splice(0) }),
    sendMessage: () => refuse() ?? sentMessage(nextMessage++, USER),
    sendDocument: (call) => {
      const part = firstFilePart(call.raw, call.contentType);
      if (part) sent.push({ name: part.filename ?? '', bytes: Buffer.from(part.bytes) });
      return refuse() ?? sentMessage(nextMessage++, USER);
    },
    getFile: (call) => ({ ok: true, result: { file_id: call.body.file_id, file_unique_id: 'u', file_size: 1, file_path: `documents/${String(call.body.file_id)}` } }),
  });
  const adapter = createTelegramAdapter({ token: api.token, apiRoot: api.apiRoot, logger: silentLogger(), idlePollDelayMs: 20 });
  const rec = new Recorder(outcome);
  await adapter.start(rec.sink);
  const push = (message: Record<string, unknown>) =>
    queue.push({
      update_id: nextUpdate++,
      message: { message_id: nextMessage++, date: 1, chat: { id: USER, type: 'private', first_name: 'Анна' }, from: { id: USER, is_bot: false, first_name: 'Анна' }, ...message },
    });
  return {
    adapter,
    chat: { platform: 'telegram', chatId: String(USER) },
    async type(text) {
      const n = rec.received.length;
      push(text.startsWith('/') ? { text, entities: [{ type: 'bot_command', offset: 0, length: text.split(' ')[0]!.length }] } : { text });
      return rec.next(n, 'a message');
    },
    press: () => Promise.reject(new Error('use the emulator')),
    async sendFile(name, bytes) {
      const n = rec.received.length;
      const fileId = `DOC${nextUpdate}`;
      api.files.set(`documents/${fileId}`, { bytes });
      push({ document: { file_id: fileId, file_unique_id: `u${fileId}`, file_name: name, file_size: bytes.length } });
      return rec.next(n, 'a file');
    },
    seen: () => undefined,
    lastFile: () => sent.at(-1),
    block: () => {
      blocked = true;
    },
    rateLimitNext(seconds) {
      failures.push({ ok: false, error_code: 429, description: `Too Many Requests: retry after ${seconds}`, parameters: { retry_after: seconds } });
      return seconds * 1000;
    },
    async close() {
      await adapter.stop();
      await api.stop();
    },
  };
}

adapterContract({
  name: 'Telegram (grammY + telegram-test-api, the fake Bot API for files and errors)',
  open: (outcome, needs) => (needs === 'plain' ? emulatorWorld(outcome) : fakeApiWorld(outcome)),
});
