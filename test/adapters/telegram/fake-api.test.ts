/**
 * What telegram-test-api cannot emulate, against a tiny fake Bot API on 127.0.0.1: 409 on
 * getUpdates, error answers to sends, uploads, file downloads, setMyCommands.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  createTelegramAdapter,
  MAX_DOWNLOAD_BYTES,
  TelegramFileTooLargeError,
  type TelegramAdapter,
} from '../../../src/adapters/telegram/index.js';
import type { Incoming } from '../../../src/messaging/types.js';
import { captureLog, type CapturedLog } from '../../support/captured-log.js';
import { sentMessage, startFakeBotApi, type FakeBotApi } from '../../support/fake-bot-api.js';
import { freePort, waitFor } from '../../support/telegram-emulator.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!();
});

async function setup(handlers: Parameters<typeof startFakeBotApi>[0] = {}, onFatal?: (reason: string) => void) {
  const api = await startFakeBotApi(handlers);
  const log = captureLog('debug');
  const adapter = createTelegramAdapter({
    token: api.token,
    apiRoot: api.apiRoot,
    logger: log.logger,
    idlePollDelayMs: 20,
    ...(onFatal ? { onFatal } : {}),
  });
  cleanups.push(() => api.stop());
  cleanups.push(() => adapter.stop());
  return { api, log, adapter };
}

const to = { platform: 'telegram' as const, chatId: '555' };

describe('409 Conflict: another instance polling the same token', () => {
  it('logs one clear error, stops polling and calls onFatal once', async () => {
    const fatal: string[] = [];
    const { api, log, adapter } = await setup(
      {
        getUpdates: () => ({
          ok: false,
          error_code: 409,
          description: 'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running',
        }),
      },
      (reason) => fatal.push(reason),
    );
    await adapter.start(async () => ({}));
    await waitFor(() => (fatal.length > 0 ? true : undefined), 'onFatal');
    expect(fatal).toHaveLength(1);
    expect(fatal[0]).toContain('another instance is polling this token');
    expect(adapter.connected()).toBe(false); // /healthz says so
    // No retry loop: the one failed poll was the last.
    expect(api.callsOf('getUpdates')).toHaveLength(1);
    const errors = log.entries().filter((e) => e.level === 50);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.msg).toContain('another instance is polling this token');
    await adapter.stop();
    expect(api.callsOf('getUpdates')).toHaveLength(1);
    expect(fatal).toHaveLength(1);
    expect(log.text()).not.toContain(api.token);
  });

  it('keeps polling through a transient getUpdates failure', async () => {
    let polls = 0;
    const received: Incoming[] = [];
    const { api, adapter } = await setup({
      getUpdates: () => {
        polls++;
        if (polls === 1) return { ok: false, error_code: 502, description: 'Bad Gateway' };
        if (polls === 2) {
          return {
            ok: true,
            result: [
              {
                update_id: 10,
                message: { message_id: 1, date: 1, chat: { id: 555, type: 'private', first_name: 'A' }, from: { id: 555, is_bot: false, first_name: 'A' }, text: 'hi' },
              },
            ],
          };
        }
        return { ok: true, result: [] };
      },
    });
    await adapter.start(async (i) => {
      received.push(i);
      return {};
    });
    await waitFor(() => received[0], 'the update after a failed poll');
    expect(received[0]).toMatchObject({ kind: 'text', updateId: '10' });
    expect(api.callsOf('getUpdates').length).toBeGreaterThanOrEqual(2);
    expect(adapter.connected()).toBe(true); // the poll after the failure answered
  });

  it('refuses to start with a token the server rejects', async () => {
    const { adapter } = await setup({ getMe: () => ({ ok: false, error_code: 401, description: 'Unauthorized' }) });
    await expect(adapter.start(async () => ({}))).rejects.toThrow(/token was refused/);
  });
});

describe('stop', () => {
  it('drops a leftover webhook before polling, and waits for the update in flight when stopping', async () => {
    let served = false;
    const { api, adapter } = await setup({
      getUpdates: () => {
        if (served) return { ok: true, result: [] };
        served = true;
        return {
          ok: true,
          result: [
            {
              update_id: 21,
              message: { message_id: 1, date: 1, chat: { id: 8, type: 'private', first_name: 'A' }, from: { id: 8, is_bot: false, first_name: 'A' }, text: 'slow one' },
            },
          ],
        };
      },
    });
    let entered = false;
    let finished = false;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    await adapter.start(async () => {
      entered = true;
      await gate;
      finished = true;
      return {};
    });
    await waitFor(() => (entered ? true : undefined), 'the update to reach the sink');
    const firstPoll = api.calls.findIndex((c) => c.method === 'getUpdates');
    expect(firstPoll).toBeGreaterThan(-1);
    expect(api.calls.findIndex((c) => c.method === 'deleteWebhook')).toBeLessThan(firstPoll);
    setTimeout(release, 50);
    await adapter.stop();
    // stop() resolved only after the handler finished.
    expect(finished).toBe(true);
  });
});

describe('deliver against a fake Bot API', () => {
  it('maps 429, 403 and 400 answers and never throws', async () => {
    let answer: 'slow' | 'blocked' | 'bad' = 'slow';
    const { adapter } = await setup({
      sendMessage: () =>
        answer === 'slow'
          ? { ok: false, error_code: 429, description: 'Too Many Requests: retry after 3', parameters: { retry_after: 3 } }
          : answer === 'blocked'
            ? { ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' }
            : { ok: false, error_code: 400, description: "Bad Request: can't parse entities" },
    });
    const send = () => adapter.deliver({ op: 'send', to, idempotencyKey: 1, message: { text: 'x' } });
    expect(await send()).toMatchObject({ ok: false, reason: 'rate_limited', retryAfterMs: 3000 });
    answer = 'blocked';
    expect(await send()).toMatchObject({ ok: false, reason: 'unreachable' });
    answer = 'bad';
    expect(await send()).toMatchObject({ ok: false, reason: 'rejected', detail: expect.stringContaining("can't parse entities") });
  });

  it('maps a server that cannot be reached to transient, without the token in the detail', async () => {
    const port = await freePort(); // nothing listens there
    const log = captureLog();
    const token = '111:NETWORKtokenNETWORKtokenNETWORK';
    const adapter = createTelegramAdapter({ token, apiRoot: `http://127.0.0.1:${port}`, logger: log.logger });
    const result = await adapter.deliver({ op: 'send', to, idempotencyKey: 1, message: { text: 'x' } });
    expect(result).toMatchObject({ ok: false, reason: 'transient' });
    expect(JSON.stringify(result)).not.toContain('NETWORKtoken');
    expect(log.text()).not.toContain('NETWORKtoken');
  });

  it('counts an edit that changes nothing as delivered', async () => {
    const { api, adapter } = await setup({
      editMessageText: () => ({ ok: false, error_code: 400, description: 'Bad Request: message is not modified: specified new message content and reply markup are exactly the same' }),
    });
    const result = await adapter.deliver({ op: 'edit', to, platformMessageId: '31', message: { text: 'same' } });
    expect(result).toEqual({ ok: true, platformMessageId: '31' });
    expect(api.callsOf('editMessageText')[0]!.body).toMatchObject({ chat_id: 555, message_id: 31, text: 'same' });
  });

  it('edits the caption of a file message', async () => {
    const { api, adapter } = await setup({
      editMessageText: () => ({ ok: false, error_code: 400, description: 'Bad Request: there is no text in the message to edit' }),
      editMessageCaption: () => ({ ok: true, result: true }),
    });
    const result = await adapter.deliver({ op: 'edit', to, platformMessageId: '32', message: { text: 'новая подпись', format: 'html' } });
    expect(result).toEqual({ ok: true, platformMessageId: '32' });
    expect(api.callsOf('editMessageCaption')[0]!.body).toMatchObject({ message_id: 32, caption: 'новая подпись', parse_mode: 'HTML' });
  });

  it('uploads bytes as a document with the text as caption', async () => {
    const { api, adapter } = await setup({ sendDocument: () => sentMessage(42, 555) });
    const result = await adapter.deliver({
      op: 'send',
      to,
      idempotencyKey: 1,
      message: {
        text: 'Отчёт',
        buttons: [[{ label: 'Открыть', action: 'report.open:1' }]],
        file: { kind: 'document', name: 'report.csv', mime: 'text/csv', source: { type: 'bytes', base64: Buffer.from('a;b\n1;2\n').toString('base64') } },
      },
    });
    expect(result).toEqual({ ok: true, platformMessageId: '42' });
    const call = api.callsOf('sendDocument')[0]!;
    expect(call.contentType).toContain('multipart/form-data');
    const raw = call.raw.toString('utf8');
    expect(raw).toMatch(/filename="?report\.csv"?/);
    expect(raw).toContain('a;b\n1;2\n');
    expect(raw).toContain('Отчёт');
    expect(raw).toContain('report.open:1');
  });

  it('re-sends a Telegram file by its file_id', async () => {
    const { api, adapter } = await setup({ sendPhoto: () => sentMessage(43, 555) });
    const result = await adapter.deliver({
      op: 'send',
      to,
      idempotencyKey: 1,
      replyToMessageId: '8',
      message: { text: '', file: { kind: 'photo', name: 'p.jpg', source: { type: 'platform', ref: { platform: 'telegram', fileId: 'AgADphoto', kind: 'photo' } } } },
    });
    expect(result).toEqual({ ok: true, platformMessageId: '43' });
    const body = api.callsOf('sendPhoto')[0]!.body;
    expect(body).toMatchObject({ chat_id: 555, photo: 'AgADphoto', reply_parameters: { message_id: 8 } });
    expect(body).not.toHaveProperty('caption');
  });

  it('sends a text too long for a caption after the file, with the buttons', async () => {
    let id = 50;
    const { api, adapter } = await setup({ sendVoice: () => sentMessage(id++, 555), sendMessage: () => sentMessage(id++, 555) });
    const text = 'я'.repeat(1500);
    const result = await adapter.deliver({
      op: 'send',
      to,
      idempotencyKey: 1,
      message: { text, buttons: [[{ label: 'Ок', action: 'ok' }]], file: { kind: 'voice', name: 'v.ogg', source: { type: 'platform', ref: { platform: 'telegram', fileId: 'VOICE', kind: 'voice' } } } },
    });
    expect(result).toEqual({ ok: true, platformMessageId: '51' });
    expect(api.callsOf('sendVoice')[0]!.body).not.toHaveProperty('caption');
    expect(api.callsOf('sendMessage')[0]!.body).toMatchObject({ text, reply_markup: { inline_keyboard: [[{ text: 'Ок', callback_data: 'ok' }]] } });
  });

  it('rejects a message it cannot render instead of throwing', async () => {
    const { api, adapter } = await setup();
    const result = await adapter.deliver({ op: 'send', to, idempotencyKey: 1, message: { text: 'x', buttons: [[{ label: 'nothing' }]] } });
    expect(result).toMatchObject({ ok: false, reason: 'rejected' });
    expect(api.callsOf('sendMessage')).toHaveLength(0);
  });
});

describe('downloadFile', () => {
  it('gets the path with getFile and fetches the bytes', async () => {
    const { api, adapter } = await setup({
      getFile: () => ({ ok: true, result: { file_id: 'DOC1', file_unique_id: 'u', file_size: 9, file_path: 'documents/file_7.pdf' } }),
    });
    api.files.set('documents/file_7.pdf', { bytes: Buffer.from('%PDF-1.4\n'), contentType: 'application/pdf' });
    const file = await adapter.downloadFile({ platform: 'telegram', fileId: 'DOC1', kind: 'document', name: 'План.pdf' });
    expect(file.bytes.toString('utf8')).toBe('%PDF-1.4\n');
    expect(file.name).toBe('План.pdf');
    expect(file.mime).toBe('application/pdf');
    expect(api.callsOf('getFile')[0]!.body).toMatchObject({ file_id: 'DOC1' });

    // Without a name, the path's last part names it.
    const again = await adapter.downloadFile({ platform: 'telegram', fileId: 'DOC1', kind: 'document' });
    expect(again.name).toBe('file_7.pdf');
  });

  it('refuses files over 20 MB with a clear error, before downloading', async () => {
    const { api, adapter } = await setup({
      getFile: () => ({ ok: true, result: { file_id: 'BIG', file_unique_id: 'u', file_size: MAX_DOWNLOAD_BYTES + 1, file_path: 'videos/big.mp4' } }),
    });
    await expect(adapter.downloadFile({ platform: 'telegram', fileId: 'BIG', kind: 'video', size: 30_000_000 })).rejects.toThrow(/20 MB/);
    expect(api.callsOf('getFile')).toHaveLength(0);
    await expect(adapter.downloadFile({ platform: 'telegram', fileId: 'BIG', kind: 'video' })).rejects.toBeInstanceOf(TelegramFileTooLargeError);
    expect(api.fileRequests).toHaveLength(0);
  });

  it('names a failed download without the URL', async () => {
    const { adapter } = await setup({
      getFile: () => ({ ok: true, result: { file_id: 'GONE', file_unique_id: 'u', file_size: 3, file_path: 'documents/gone.txt' } }),
    });
    const err = await adapter.downloadFile({ platform: 'telegram', fileId: 'GONE', kind: 'document' }).catch((e: Error) => e);
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toContain('HTTP 404');
    expect((err as Error).message).not.toContain('bot');
  });
});

describe('setCommands', () => {
  it('publishes the list for the language, and for ru also as the default', async () => {
    const { api, adapter } = await setup({ setMyCommands: () => ({ ok: true, result: true }) });
    const commands = [{ command: 'find', description: 'Найти коллегу' }];
    await adapter.setCommands('ru', commands);
    await adapter.setCommands('en', [{ command: 'find', description: 'Find a colleague' }]);
    const calls = api.callsOf('setMyCommands').map((c) => c.body);
    expect(calls).toEqual([
      { commands, language_code: 'ru' },
      { commands },
      { commands: [{ command: 'find', description: 'Find a colleague' }], language_code: 'en' },
    ]);
  });
});

describe('log hygiene', () => {
  it('keeps message texts out of the logs when a handler fails', async () => {
    const { log, adapter } = await setup({
      getUpdates: (() => {
        let sent = false;
        return () => {
          if (sent) return { ok: true, result: [] };
          sent = true;
          return {
            ok: true,
            result: [
              {
                update_id: 77,
                message: { message_id: 1, date: 1, chat: { id: 9, type: 'private', first_name: 'A' }, from: { id: 9, is_bot: false, first_name: 'A' }, text: 'моя тайна' },
              },
            ],
          };
        };
      })(),
    });
    await adapter.start(async (i) => {
      throw new Error(`cannot handle ${i.kind === 'text' ? i.text : ''}`);
    });
    const entry = await waitFor(() => log.entries().find((e) => e.msg === 'telegram: handling an update failed'), 'the failure log');
    expect(entry).toMatchObject({ updateId: '77', chatId: '9', kind: 'text' });
    expect(log.text()).not.toContain('моя тайна');
  });
});
