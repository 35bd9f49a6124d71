/**
 * The MAX adapter through the real SDK against the fake MAX API: long polling that honours its
 * timeout and keeps its marker, sends, edits, button answers, limits, failures.
 */
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMaxAdapter, type MaxAdapter, type MaxAdapterOptions } from '../../../src/adapters/max/index.js';
import { memoryCursor } from '../../support/memory-cursor.js';
import { createLogger } from '../../../src/log.js';
import type { Button, HandleOutcome, Incoming } from '../../../src/messaging/types.js';
import { dialogOf, FakeMaxServer } from '../../support/fake-max-server.js';

const USER = 5101;
const CHAT = dialogOf(USER);

let fake: FakeMaxServer;
let adapter: MaxAdapter;
let received: Incoming[];
let outcome: (i: Incoming) => HandleOutcome | Promise<HandleOutcome>;
let logLines: { msg: string; [k: string]: unknown }[];
let fatal: string[];

function makeAdapter(extra: Partial<MaxAdapterOptions> = {}): MaxAdapter {
  return createMaxAdapter({
    token: fake.token,
    apiBaseUrl: fake.apiBaseUrl,
    logger: createLogger(
      'warn',
      new Writable({
        write(chunk: Buffer, _enc, done) {
          logLines.push(JSON.parse(chunk.toString('utf8')) as { msg: string });
          done();
        },
      }),
    ),
    pollTimeoutSeconds: 5,
    pollRetryMs: 20,
    onFatal: (reason) => fatal.push(reason),
    ...extra,
  });
}

const sink = async (i: Incoming) => {
  received.push(i);
  return outcome(i);
};

beforeEach(async () => {
  fake = await FakeMaxServer.start();
  received = [];
  logLines = [];
  fatal = [];
  outcome = () => ({});
  adapter = makeAdapter();
  await adapter.start(sink);
});

afterEach(async () => {
  await adapter.stop();
  await fake.close();
});

const waitReceived = (n: number) => fake.waitFor(() => received.length >= n && received, `${n} incoming`);
const send = (message: { text: string; buttons?: Button[][]; menu?: string[][]; format?: 'html' | 'plain' }, chatId = CHAT) =>
  adapter.deliver({ op: 'send', to: { platform: 'max', chatId: String(chatId) }, message, idempotencyKey: 1 });

describe('MAX adapter: inbound through long polling', () => {
  it('takes a text, a command, a deep-link start and a formatted text, in order, as the port says', async () => {
    fake.pushMessage({ userId: USER, text: 'Здравствуйте', name: 'Анна' });
    fake.pushMessage({ userId: USER, text: '/Start ABC123' });
    fake.pushBotStarted({ userId: USER, payload: 'INVITE42' });
    fake.pushMessage({ userId: USER, text: 'важно и тут', markup: [{ type: 'strong', from: 0, length: 5 }] });
    const got = await waitReceived(4);
    expect(got.map((i) => i.kind)).toEqual(['text', 'command', 'command', 'text']);
    expect(got[0]).toMatchObject({ kind: 'text', text: 'Здравствуйте', from: { platform: 'max', userId: String(USER), chatId: String(CHAT), chatType: 'private', displayName: 'Анна' } });
    expect(got[1]).toMatchObject({ command: 'start', args: 'ABC123' });
    expect(got[2]).toMatchObject({ command: 'start', args: 'INVITE42' });
    expect(got[3]).toMatchObject({ text: 'важно и тут', html: '<b>важно</b> и тут' });
    expect(got[0]!.updateId).toMatch(/^message_created:mid\./);
  });

  it('holds a poll for its timeout instead of asking in a busy loop', async () => {
    const before = fake.callsOf('GET /updates').length;
    await new Promise((r) => setTimeout(r, 400));
    // One poll is being held; an idle bot does not ask again and again.
    expect(fake.callsOf('GET /updates').length - before).toBeLessThanOrEqual(1);
    expect(fake.callsOf('GET /updates').at(-1)!.query.timeout).toBe('5');
  });

  it('answers a button press at once with the core\'s short text', async () => {
    outcome = (i) => (i.kind === 'action' ? { ackText: 'Принято' } : {});
    const sent = await send({ text: 'Выберите', buttons: [[{ label: 'Да', action: 'ok:1' }]] });
    expect(sent.ok).toBe(true);
    const { callbackId } = fake.pressButton(USER, 'Да');
    const answer = await fake.waitFor(() => fake.answers.find((a) => a.callbackId === callbackId), 'the answer');
    expect(answer.body).toEqual({ notification: 'Принято' });
    expect(received.at(-1)).toMatchObject({ kind: 'action', data: 'ok:1', messageId: (sent as { platformMessageId: string }).platformMessageId });
  });

  it('answers a press also when the core fails, and with nothing to say', async () => {
    outcome = () => {
      throw new Error('boom');
    };
    await send({ text: 'x', buttons: [[{ label: 'A', action: 'a' }]] });
    const { callbackId } = fake.pressButton(USER, 'A');
    const answer = await fake.waitFor(() => fake.answers.find((a) => a.callbackId === callbackId), 'the answer');
    expect(answer.body).toEqual({});
  });

  it('keeps the marker: what was sent while the bot was down arrives after a restart, once', async () => {
    await adapter.stop();
    const cursor = memoryCursor();
    adapter = makeAdapter({ marker: cursor });
    await adapter.start(sink);
    fake.pushMessage({ userId: USER, text: 'первое' });
    await waitReceived(1);
    await fake.waitFor(() => cursor.value !== undefined, 'the marker saved');
    await adapter.stop();

    fake.pushMessage({ userId: USER, text: 'пока бот стоял' });
    adapter = makeAdapter({ marker: cursor });
    await adapter.start(sink);
    await waitReceived(2);
    expect(received.map((i) => (i.kind === 'text' ? i.text : i.kind))).toEqual(['первое', 'пока бот стоял']);
  });

  it('drops what is not a person talking: its own edits, unknown update types say "not taken"', async () => {
    await adapter.stop();
    // The webhook delivers whatever MAX sends, also types the bot did not ask for.
    adapter = makeAdapter({ webhook: { url: 'https://bot.example/max/hook', secret: 'secret-123', port: 0, host: '127.0.0.1' } });
    await adapter.start(sink);
    const post = (update: unknown) =>
      fetch(`http://127.0.0.1:${adapter.webhookPort}/max/hook`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-max-bot-api-secret': 'secret-123' },
        body: JSON.stringify(update),
      });
    expect((await post({ update_type: 'message_edited', timestamp: 1, message: {} })).status).toBe(200);
    expect((await post({ update_type: 'new_kind_of_thing', timestamp: 2, chat_id: CHAT, user: fake.user(USER) })).status).toBe(200);
    expect((await post({ nonsense: true })).status).toBe(200);
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ kind: 'unsupported', what: 'event:new_kind_of_thing' });
  });
});

describe('MAX adapter: webhook mode', () => {
  it('subscribes with the secret and refuses a request without it', async () => {
    await adapter.stop();
    adapter = makeAdapter({ webhook: { url: 'https://bot.example/max/hook', secret: 'secret-123', port: 0, host: '127.0.0.1' } });
    await adapter.start(sink);
    expect(fake.subscriptions).toEqual([{ url: 'https://bot.example/max/hook', secret: 'secret-123', update_types: expect.arrayContaining(['message_created', 'message_callback', 'bot_started']) }]);
    const update = { update_type: 'message_created', timestamp: 1, message: { sender: fake.user(USER), recipient: { chat_id: CHAT, chat_type: 'dialog' }, body: { mid: 'mid.w.1', text: 'привет' } } };
    const post = (secret?: string) =>
      fetch(`http://127.0.0.1:${adapter.webhookPort}/max/hook`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(secret ? { 'x-max-bot-api-secret': secret } : {}) },
        body: JSON.stringify(update),
      });
    expect((await post()).status).toBe(401);
    expect((await post('wrong-secret')).status).toBe(401);
    expect(received).toHaveLength(0);
    expect((await post('secret-123')).status).toBe(200);
    expect(received[0]).toMatchObject({ kind: 'text', text: 'привет' });
  });

  it('polling removes a webhook left from an earlier deployment, and says so', async () => {
    await adapter.stop();
    fake.subscriptions.push({ url: 'https://old.example/hook' });
    adapter = makeAdapter();
    await adapter.start(sink);
    expect(fake.subscriptions).toEqual([]);
    expect(logLines.some((l) => /webhook subscriptions removed/.test(l.msg))).toBe(true);
  });
});

describe('MAX adapter: outbound', () => {
  it('sends html as html, buttons as callback buttons with intent, the menu as message buttons', async () => {
    const r = await send({
      text: '<b>Важно</b>',
      format: 'html',
      buttons: [[{ label: 'Да', action: 'y', style: 'positive' }, { label: 'Сайт', url: 'https://example.org' }]],
      menu: [['Мои вопросы', 'Профиль']],
    });
    expect(r.ok).toBe(true);
    const m = fake.messagesTo(CHAT)[0]!;
    expect(m).toMatchObject({ text: '<b>Важно</b>', format: 'html' });
    expect(m.keyboard).toEqual([
      [
        { type: 'callback', text: 'Да', payload: 'y', intent: 'positive' },
        { type: 'link', text: 'Сайт', url: 'https://example.org' },
      ],
      [
        { type: 'message', text: 'Мои вопросы' },
        { type: 'message', text: 'Профиль' },
      ],
    ]);
  });

  it('edits text and buttons; an edit without buttons removes them', async () => {
    const r = (await send({ text: 'до', buttons: [[{ label: 'A', action: 'a' }]] })) as { ok: true; platformMessageId: string };
    const e1 = await adapter.deliver({ op: 'edit', to: { platform: 'max', chatId: String(CHAT) }, platformMessageId: r.platformMessageId, message: { text: 'после', buttons: [[{ label: 'B', action: 'b' }]] } });
    expect(e1).toEqual({ ok: true, platformMessageId: r.platformMessageId });
    const e2 = await adapter.deliver({ op: 'edit', to: { platform: 'max', chatId: String(CHAT) }, platformMessageId: r.platformMessageId, message: { text: 'итог' } });
    expect(e2.ok).toBe(true);
    const m = fake.messagesTo(CHAT)[0]!;
    expect(m.edits.map((x) => x.text)).toEqual(['после', 'итог']);
    expect(m.edits[0]!.keyboard).toEqual([[{ type: 'callback', text: 'B', payload: 'b' }]]);
    expect(m.edits[1]!.keyboard).toBeUndefined();
    const gone = await adapter.deliver({ op: 'edit', to: { platform: 'max', chatId: String(CHAT) }, platformMessageId: 'mid.nope', message: { text: 'x' } });
    expect(gone).toMatchObject({ ok: false, reason: 'rejected' });
  });

  it('keeps keyboards within MAX limits: rows of 7, 30 rows and 210 buttons a message, the rest on pages', async () => {
    const row = (n: number, p: string) => Array.from({ length: n }, (_, i) => ({ label: `${p}${i}`, action: `${p}:${i}` }));
    const r = await send({ text: 'много', buttons: [row(9, 'a'), ...Array.from({ length: 34 }, (_, i) => row(1, `r${i}`))] });
    expect(r.ok).toBe(true);
    const sent = fake.messagesTo(CHAT);
    expect(sent.map((m) => m.text)).toEqual(['много', '…']);
    expect(sent[0]!.keyboard!.map((r) => r.length).slice(0, 2)).toEqual([7, 2]);
    expect(sent[0]!.keyboard).toHaveLength(30);
    expect(sent.flatMap((m) => m.keyboard!.flat()).length).toBe(43);
    // 30 rows of 7 are 210 buttons: one message carries them all.
    fake.messages.length = 0;
    expect((await send({ text: 'ровно', buttons: Array.from({ length: 30 }, (_, i) => row(7, `x${i}-`)) })).ok).toBe(true);
    expect(fake.messagesTo(CHAT)).toHaveLength(1);
  });

  it('leaves out a button whose payload is over 1024 bytes, cuts a label over 128 characters', async () => {
    const r = await send({ text: 't', buttons: [[{ label: 'x'.repeat(200), action: 'ok' }, { label: 'big', action: 'я'.repeat(600) }]] });
    expect(r.ok).toBe(true);
    const k = fake.messagesTo(CHAT)[0]!.keyboard!;
    expect(k.flat()).toHaveLength(1);
    expect(Array.from(k[0]![0]!.text)).toHaveLength(128);
  });

  it('refuses a text over 4,000 characters itself (html counted with its tags), sends one of 4,000', async () => {
    expect(await send({ text: 'я'.repeat(4001) })).toMatchObject({ ok: false, reason: 'rejected' });
    expect((await send({ text: 'я'.repeat(4000) })).ok).toBe(true);
    expect(await send({ text: `<b>${'я'.repeat(3993)}</b>`, format: 'html' })).toMatchObject({ ok: true });
    expect(fake.callsOf('POST /messages')).toHaveLength(2);
  });

  it('a reply quotes the message it answers', async () => {
    const { mid } = fake.pushMessage({ userId: USER, text: 'вопрос' });
    await waitReceived(1);
    const r = await adapter.deliver({ op: 'send', to: { platform: 'max', chatId: String(CHAT) }, message: { text: 'ответ' }, idempotencyKey: 2, replyToMessageId: mid });
    expect(r.ok).toBe(true);
    expect(fake.messagesTo(CHAT)[0]!.link).toEqual({ type: 'reply', mid });
  });

  it('429 with Retry-After comes back as rate limited for that long; 5xx as transient', async () => {
    fake.failNext('POST /messages', 429, 'too.many.requests', 1, 3);
    expect(await send({ text: 'a' })).toMatchObject({ ok: false, reason: 'rate_limited', retryAfterMs: 3000 });
    fake.failNext('POST /messages', 429, 'too.many.requests', 1);
    expect(await send({ text: 'a' })).toMatchObject({ ok: false, reason: 'rate_limited', retryAfterMs: 1000 });
    fake.failNext('POST /messages', 503, 'service.unavailable');
    expect(await send({ text: 'a' })).toMatchObject({ ok: false, reason: 'transient' });
    expect((await send({ text: 'a' })).ok).toBe(true);
  });

  it('uploads a picture as an image and a document with its name; re-sends a MAX file by its token', async () => {
    const bytes = Buffer.from('картинка');
    const photo = await adapter.deliver({ op: 'send', to: { platform: 'max', chatId: String(CHAT) }, idempotencyKey: 3, message: { text: 'Фото', file: { kind: 'photo', name: 'a.jpg', source: { type: 'bytes', base64: bytes.toString('base64') } } } });
    expect(photo.ok).toBe(true);
    expect(fake.uploads[0]).toMatchObject({ type: 'image', filename: 'a.jpg', bytes: bytes.length });
    expect(fake.messagesTo(CHAT)[0]!.attachments[0]!.type).toBe('image');
    const att = fake.addFile('план.pdf', Buffer.from('pdf'));
    const ref = { platform: 'max' as const, fileId: `file:${(att.payload as { token: string }).token}`, kind: 'document' as const };
    const again = await adapter.deliver({ op: 'send', to: { platform: 'max', chatId: String(CHAT) }, idempotencyKey: 4, message: { text: '', file: { kind: 'document', name: 'план.pdf', source: { type: 'platform', ref } } } });
    expect(again.ok).toBe(true);
    expect(fake.uploads).toHaveLength(1);
  });

  it('a file MAX refuses is rejected for good, not retried', async () => {
    fake.failNext('POST /uploads', 400, 'proto.payload');
    const r = await adapter.deliver({ op: 'send', to: { platform: 'max', chatId: String(CHAT) }, idempotencyKey: 5, message: { text: 'x', file: { kind: 'document', name: 'a.exe', source: { type: 'bytes', base64: 'AAAA' } } } });
    expect(r).toMatchObject({ ok: false, reason: 'rejected' });
    const forged = await adapter.deliver({ op: 'send', to: { platform: 'max', chatId: String(CHAT) }, idempotencyKey: 6, message: { text: 'x', file: { kind: 'document', name: 'a', source: { type: 'platform', ref: { platform: 'max', fileId: 'file:nope', kind: 'document' } } } } });
    expect(forged).toMatchObject({ ok: false, reason: 'rejected', detail: expect.stringContaining('attachment.invalid') });
  });

  it('a person who blocked the bot is unreachable', async () => {
    fake.block(USER);
    expect(await send({ text: 'a' })).toMatchObject({ ok: false, reason: 'unreachable', detail: expect.stringContaining('chat.denied') });
  });

  it('publishes the command list of the default language only', async () => {
    await adapter.setCommands('en', [{ command: 'help', description: 'help' }]);
    expect(fake.commands).toEqual([]);
    await adapter.setCommands('ru', [{ command: 'help', description: 'справка' }]);
    expect(fake.commands).toEqual([{ name: 'help', description: 'справка' }]);
  });
});

describe('MAX adapter: a revoked token', () => {
  it('stops polling with a clear log and tells main, instead of spinning', async () => {
    fake.revoke();
    await fake.waitFor(() => fatal.length > 0, 'the fatal report');
    expect(fatal[0]).toMatch(/token was refused.*MAX_BOT_TOKEN/);
    expect(logLines.some((l) => /token was refused/.test(l.msg))).toBe(true);
    const polls = fake.callsOf('GET /updates').length;
    await new Promise((r) => setTimeout(r, 200));
    expect(fake.callsOf('GET /updates').length).toBe(polls);
    expect(JSON.stringify(logLines)).not.toContain(fake.token);
  });

  it('refuses to start with a refused token', async () => {
    await adapter.stop();
    fake.revoke();
    adapter = makeAdapter();
    await expect(adapter.start(sink)).rejects.toThrow(/token was refused/);
  });
});
