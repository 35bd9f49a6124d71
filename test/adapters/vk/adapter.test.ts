import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createVkAdapter, PAGE_TEXT, type VkAdapter } from '../../../src/adapters/vk/adapter.js';
import { randomIdFor } from '../../../src/adapters/vk/random-id.js';
import { fileCursor } from '../../../src/adapters/long-poll-cursor.js';
import { memoryCursor } from '../../support/memory-cursor.js';
import { Writable } from 'node:stream';
import { createLogger } from '../../../src/log.js';
import type { Button, HandleOutcome, Incoming } from '../../../src/messaging/types.js';
import { FakeVkServer } from '../../support/fake-vk-server.js';

const USER = 1001;

let fake: FakeVkServer;
let adapter: VkAdapter;
let received: Incoming[];
let outcome: (i: Incoming) => HandleOutcome | Promise<HandleOutcome>;
/** What the adapter logged (warn and above), one parsed line each. */
let logLines: { msg: string; [k: string]: unknown }[];

function makeAdapter(): VkAdapter {
  return createVkAdapter({
    token: fake.token,
    groupId: fake.groupId,
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
    apiLimit: 1000,
    pollingWaitMs: 10,
  });
}

beforeEach(async () => {
  fake = await FakeVkServer.start();
  received = [];
  logLines = [];
  outcome = () => ({});
  adapter = makeAdapter();
  await adapter.start(async (i) => {
    received.push(i);
    return outcome(i);
  });
});

afterEach(async () => {
  await adapter.stop();
  await fake.close();
});

const waitReceived = (n: number) => fake.waitFor(() => received.length >= n && received, `${n} incoming`);

describe('VK adapter: inbound through Bots Long Poll', () => {
  it('takes a text, a command, the "Начать" button and a file, in order', async () => {
    fake.pushMessageNew({ fromId: USER, text: 'Здравствуйте' });
    fake.pushMessageNew({ fromId: USER, text: '/Start ABC123' });
    fake.pushMessageNew({ fromId: USER, text: 'Начать', payload: { command: 'start' } });
    fake.pushMessageNew({
      fromId: USER,
      text: 'план',
      attachments: [{ type: 'doc', doc: { id: 5, owner_id: USER, title: 'plan.pdf', ext: 'pdf', size: 1234, url: 'https://vk.example/doc5', access_key: 'k5' } }],
    });
    await waitReceived(4);
    expect(received.map((i) => i.kind)).toEqual(['text', 'command', 'command', 'file']);
    expect(received[0]).toMatchObject({ kind: 'text', text: 'Здравствуйте', from: { platform: 'vk', userId: String(USER), chatId: String(USER), chatType: 'private', languageCode: 'ru' } });
    expect(received[1]).toMatchObject({ command: 'start', args: 'ABC123' });
    expect(received[2]).toMatchObject({ command: 'start', args: '' });
    expect(received[3]).toMatchObject({ kind: 'file', caption: 'план', file: { kind: 'document', name: 'plan.pdf', size: 1234, fileId: 'doc1001_5_k5|https://vk.example/doc5' } });
    expect(new Set(received.map((i) => i.updateId)).size).toBe(4);
    expect(received[0]!.updateId).toMatch(/^message_new:\d+$/);
  });

  it('answers a callback button press with sendMessageEventAnswer after the sink, with the ack text', async () => {
    outcome = () => ({ ackText: 'Принято' });
    const eventId = fake.pushMessageEvent({ userId: USER, payload: { a: 'q.take:42' }, conversationMessageId: 7 });
    await waitReceived(1);
    expect(received[0]).toMatchObject({ kind: 'action', data: 'q.take:42', messageId: '7', updateId: `message_event:${eventId}` });
    const [answer] = await fake.waitFor(() => fake.callsOf('messages.sendMessageEventAnswer').length > 0 && fake.callsOf('messages.sendMessageEventAnswer'), 'event answer');
    expect(answer!.params).toMatchObject({ event_id: eventId, user_id: String(USER), peer_id: String(USER) });
    expect(JSON.parse(answer!.params.event_data!)).toEqual({ type: 'show_snackbar', text: 'Принято' });
  });

  it('answers the press also when the sink throws, and keeps polling', async () => {
    outcome = () => {
      throw new Error('core failed');
    };
    fake.pushMessageEvent({ userId: USER, payload: { a: 'x:1' }, conversationMessageId: 3 });
    await fake.waitFor(() => fake.callsOf('messages.sendMessageEventAnswer').length === 1, 'event answer');
    expect(fake.callsOf('messages.sendMessageEventAnswer')[0]!.params.event_data).toBeUndefined();
    outcome = () => ({});
    fake.pushMessageNew({ fromId: USER, text: 'ещё' });
    await waitReceived(2);
    expect(received[1]).toMatchObject({ kind: 'text', text: 'ещё' });
  });

  it('passes a forged payload on as an empty action (the core refuses it) and still answers', async () => {
    fake.pushMessageEvent({ userId: USER, payload: { hack: true }, conversationMessageId: 3 });
    await waitReceived(1);
    expect(received[0]).toMatchObject({ kind: 'action', data: '' });
    await fake.waitFor(() => fake.callsOf('messages.sendMessageEventAnswer').length === 1, 'event answer');
  });

  it('marks group conversations, stickers and unknown event types, and ignores its own replies', async () => {
    fake.pushMessageNew({ fromId: USER, peerId: 2_000_000_005, text: `[club${fake.groupId}|@bot] /start` });
    fake.pushMessageNew({ fromId: USER, attachments: [{ type: 'sticker', sticker: { sticker_id: 1 } }] });
    fake.pushUpdate('message_reply', { id: 1, peer_id: USER, from_id: -fake.groupId, text: 'own' });
    fake.pushUpdate('like_add', { liker_id: USER, object_type: 'post' });
    fake.pushUpdate('something_new', { user_id: USER });
    fake.pushMessageNew({ fromId: USER, text: 'end' });
    await fake.waitFor(() => received.some((i) => i.kind === 'text' && i.text === 'end') && received.length >= 4, 'the last message');
    expect(received).toHaveLength(4);
    expect(received.find((i) => i.from.chatType === 'group')).toMatchObject({ kind: 'command', command: 'start', from: { chatId: '2000000005' } });
    const own = received.filter((i) => i.from.chatId === String(USER));
    expect(own.map((i) => (i.kind === 'unsupported' ? i.what : i.kind))).toEqual(['sticker', 'event:something_new', 'text']);
  });

  it.each([1, 2, 3] as const)('goes on polling after the long-poll server answers failed: %i', async (n) => {
    fake.failPoll(n);
    await fake.waitFor(() => fake.failedPolls === 1, 'the failed answer');
    if (n !== 1) await fake.waitFor(() => fake.callsOf('groups.getLongPollServer').length >= 2, 'a new long-poll server');
    fake.pushMessageNew({ fromId: USER, text: 'после сбоя' });
    await waitReceived(1);
    expect(received[0]).toMatchObject({ kind: 'text', text: 'после сбоя' });
    expect(fake.callsOf('groups.getLongPollServer')).toHaveLength(n === 1 ? 1 : 2);
  });

  it('handles the updates of one chat one after another', async () => {
    const order: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    outcome = async (i) => {
      if (i.kind === 'text' && i.text === 'first') await gate;
      order.push(i.kind === 'text' ? i.text : i.kind);
      return {};
    };
    fake.pushMessageNew({ fromId: USER, text: 'first' });
    fake.pushMessageNew({ fromId: USER, text: 'second' });
    fake.pushMessageNew({ fromId: 2002, text: 'other chat' });
    await fake.waitFor(() => order.includes('other chat'), 'the other chat');
    expect(order).toEqual(['other chat']);
    release();
    await fake.waitFor(() => order.length === 3, 'all three');
    expect(order).toEqual(['other chat', 'first', 'second']);
  });
});

describe('VK adapter: stopping', () => {
  it('stop() waits for the update in flight and takes no more', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    outcome = async () => {
      await gate;
      return {};
    };
    fake.pushMessageNew({ fromId: USER, text: 'долгое' });
    await waitReceived(1);
    let stopped = false;
    const stopping = adapter.stop().then(() => (stopped = true));
    // A round trip to the fake while the sink is still busy: stop() has not resolved.
    await fetch(`${fake.url}/nothing`);
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect(stopped).toBe(true);
    // The poll held at stop time is answered with a new update: it is logged, not handed over.
    const late = fake.pushMessageNew({ fromId: USER, text: 'после остановки' });
    await fake.waitFor(() => logLines.some((l) => l.updateId === late.updateId), 'the late update logged');
    expect(received).toHaveLength(1);
    expect(JSON.stringify(logLines)).not.toContain('после остановки');
  });
});

describe('VK adapter: long-poll cursor', () => {
  const startWith = async (cursor: ReturnType<typeof memoryCursor> | undefined, got: string[]) => {
    const a = createVkAdapter({ token: fake.token, groupId: fake.groupId, apiBaseUrl: fake.apiBaseUrl, logger: createLogger('silent'), ...(cursor ? { longPollCursor: cursor } : {}) });
    await a.start(async (i) => {
      if (i.kind === 'text') got.push(i.text);
      return {};
    });
    return a;
  };

  it('after a restart, takes the messages sent while the bot was down', async () => {
    const cursor = memoryCursor();
    const first: string[] = [];
    const a = await startWith(cursor, first);
    fake.pushMessageNew({ fromId: USER, text: 'до остановки' });
    await fake.waitFor(() => first.length === 1 && cursor.value === '2', 'the first message and its cursor');
    await a.stop();
    // Sent while down (the poll held at stop time sees them, but a stopped adapter neither takes nor saves them).
    fake.pushMessageNew({ fromId: USER, text: 'пока бот спал 1' });
    fake.pushMessageNew({ fromId: USER, text: 'пока бот спал 2' });
    await fake.waitFor(() => received.length === 3, 'the other adapter saw them');
    expect(cursor.value).toBe('2');

    const again: string[] = [];
    const b = await startWith(cursor, again);
    await fake.waitFor(() => again.length === 2, 'the missed messages');
    expect(again).toEqual(['пока бот спал 1', 'пока бот спал 2']);
    await fake.waitFor(() => cursor.value === '4', 'the cursor moved on');
    await b.stop();

    // Without a cursor a restart starts from now.
    const fresh: string[] = [];
    const c = await startWith(undefined, fresh);
    fake.pushMessageNew({ fromId: USER, text: 'новое' });
    await fake.waitFor(() => fresh.length === 1, 'the new message');
    expect(fresh).toEqual(['новое']);
    await c.stop();
  });

  it('a file cursor survives in a file', async () => {
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = `${mkdtempSync(`${tmpdir()}/vk-cursor-`)}/sub/lp.ts`;
    const c1 = fileCursor(path);
    expect(c1.load()).toBeUndefined();
    c1.save('1234');
    expect(fileCursor(path).load()).toBe('1234');
  });
});

describe('VK adapter: sending', () => {
  const to = { platform: 'vk' as const, chatId: String(USER) };

  it('sends text with a deterministic random_id and returns the conversation message id', async () => {
    const r1 = await adapter.deliver({ op: 'send', to, message: { text: 'Привет' }, idempotencyKey: 41 });
    expect(r1).toEqual({ ok: true, platformMessageId: '1' });
    const call = fake.callsOf('messages.send')[0]!;
    expect(call.params).toMatchObject({ peer_ids: String(USER), message: 'Привет', random_id: String(randomIdFor(41)) });
    // A resend of the same row (after a crash) carries the same random_id and VK drops it.
    const r2 = await adapter.deliver({ op: 'send', to, message: { text: 'Привет' }, idempotencyKey: 41 });
    expect(r2).toEqual(r1);
    expect(fake.callsOf('messages.send')[1]!.params.random_id).toBe(call.params.random_id);
    expect(fake.messagesTo(USER)).toHaveLength(1);
  });

  it('strips HTML and refuses a text over 4096 characters', async () => {
    await adapter.deliver({ op: 'send', to, message: { text: '<b>Важно</b>: <a href="https://x.ru/a">ссылка</a> &amp; всё', format: 'html' }, idempotencyKey: 1 });
    expect(fake.messagesTo(USER)[0]!.text).toBe('Важно: ссылка (https://x.ru/a) & всё');
    const r = await adapter.deliver({ op: 'send', to, message: { text: 'я'.repeat(4097) }, idempotencyKey: 2 });
    expect(r).toMatchObject({ ok: false, reason: 'rejected' });
    expect(fake.callsOf('messages.send')).toHaveLength(1);
  });

  it('renders buttons as an inline keyboard of callback buttons and the menu as a normal keyboard', async () => {
    await adapter.deliver({
      op: 'send',
      to,
      message: { text: 'Вопрос', buttons: [[{ label: 'Взять', action: 'q.take:1', style: 'positive' }, { label: 'Сайт', url: 'https://school.ru' }]] },
      idempotencyKey: 3,
    });
    await adapter.deliver({ op: 'send', to, message: { text: 'Меню', menu: [['Задать вопрос', 'Мои сессии'], ['Профиль']] }, idempotencyKey: 4 });
    await adapter.deliver({ op: 'send', to, message: { text: 'Без меню', menu: [] }, idempotencyKey: 5 });
    const [q, m, empty] = fake.messagesTo(USER);
    expect(q!.keyboard).toEqual({
      inline: true,
      buttons: [[
        { action: { type: 'callback', label: 'Взять', payload: '{"a":"q.take:1"}' }, color: 'positive' },
        { action: { type: 'open_link', label: 'Сайт', link: 'https://school.ru' } },
      ]],
    });
    expect(m!.keyboard).toMatchObject({ inline: false, one_time: false });
    expect(m!.keyboard!.buttons.map((r) => r.map((b) => [b.action.type, b.action.label]))).toEqual([
      [['text', 'Задать вопрос'], ['text', 'Мои сессии']],
      [['text', 'Профиль']],
    ]);
    expect(empty!.keyboard).toEqual({ inline: false, one_time: false, buttons: [] });
  });

  it('puts the menu on a follow-up when the text carries inline buttons, and replies with forward', async () => {
    await adapter.deliver({
      op: 'send',
      to,
      message: { text: 'Готово', buttons: [[{ label: 'Ок', action: 'ok:1' }]], menu: [['Профиль']] },
      idempotencyKey: 30,
      replyToMessageId: '5',
    });
    const [first, second] = fake.messagesTo(USER);
    expect(first).toMatchObject({ text: 'Готово', keyboard: { inline: true }, forward: { peer_id: USER, conversation_message_ids: [5], is_reply: true } });
    expect(second).toMatchObject({ text: PAGE_TEXT, keyboard: { inline: false, one_time: false } });
  });

  it('pages 23 buttons into follow-up messages of at most 10 buttons and 6 rows', async () => {
    const buttons: Button[][] = Array.from({ length: 23 }, (_, i) => [{ label: `Кнопка ${i + 1}`, action: `pick:${i}` }]);
    const r = await adapter.deliver({ op: 'send', to, message: { text: 'Выберите', buttons }, idempotencyKey: 9 });
    const sent = fake.messagesTo(USER);
    expect(sent.map((m) => m.text)).toEqual(['Выберите', PAGE_TEXT, PAGE_TEXT, PAGE_TEXT]);
    for (const m of sent) {
      expect(m.keyboard!.inline).toBe(true);
      expect(m.keyboard!.buttons.length).toBeLessThanOrEqual(6);
      expect(m.keyboard!.buttons.flat().length).toBeLessThanOrEqual(10);
    }
    expect(sent.flatMap((m) => m.keyboard!.buttons.flat().map((b) => b.action.label))).toEqual(buttons.map((row) => row[0]!.label));
    expect(new Set(sent.map((m) => m.randomId)).size).toBe(4);
    expect(r).toEqual({ ok: true, platformMessageId: String(sent[0]!.conversationMessageId) });
  });

  it('a retry after a later page failed re-sends only what VK does not have', async () => {
    const buttons: Button[][] = Array.from({ length: 12 }, (_, i) => [{ label: `B${i}`, action: `pick:${i}` }]);
    // The first page goes through, the second fails with VK's internal error.
    fake.failNext('messages.send', 10, 1, (p) => p.message === PAGE_TEXT);
    const r1 = await adapter.deliver({ op: 'send', to, message: { text: 'X', buttons }, idempotencyKey: 77 });
    expect(r1).toMatchObject({ ok: false, reason: 'transient' });
    expect(fake.messagesTo(USER)).toHaveLength(1);
    const r2 = await adapter.deliver({ op: 'send', to, message: { text: 'X', buttons }, idempotencyKey: 77 });
    expect(r2.ok).toBe(true);
    expect(fake.messagesTo(USER).map((m) => m.text)).toEqual(['X', PAGE_TEXT]);
  });

  it('maps VK errors: 6 and 9 rate limited, 901 and 902 unreachable, 10 transient, others rejected', async () => {
    const results = [];
    for (const code of [6, 9, 901, 902, 10, 914]) {
      fake.failNext('messages.send', code);
      results.push(await adapter.deliver({ op: 'send', to, message: { text: 'x' }, idempotencyKey: 100 + code }));
    }
    expect(results).toMatchObject([
      { ok: false, reason: 'rate_limited', retryAfterMs: 1000 },
      { ok: false, reason: 'rate_limited' },
      { ok: false, reason: 'unreachable' },
      { ok: false, reason: 'unreachable' },
      { ok: false, reason: 'transient' },
      { ok: false, reason: 'rejected', detail: expect.stringContaining('914') },
    ]);
    expect((results[1] as { retryAfterMs: number }).retryAfterMs).toBeGreaterThan(1000);
    expect(fake.messages).toHaveLength(0);
  });

  it('a wrong token is logged as a setup error and kept for retry, never logging the token or the text', async () => {
    const wrong = createVkAdapter({ token: 'wrong-token-xyz', groupId: fake.groupId, apiBaseUrl: fake.apiBaseUrl, logger: createLogger('warn', new Writable({ write(c: Buffer, _e, d) { logLines.push(JSON.parse(c.toString()) as { msg: string }); d(); } })) });
    const r = await wrong.deliver({ op: 'send', to, message: { text: 'секретный текст' }, idempotencyKey: 3 });
    expect(r).toMatchObject({ ok: false, reason: 'transient', detail: expect.stringContaining('vk error 5') });
    expect(logLines.some((l) => l.code === 5)).toBe(true);
    const logged = JSON.stringify(logLines);
    expect(logged).not.toContain('wrong-token-xyz');
    expect(logged).not.toContain('секретный текст');
  });

  it('reports a network failure as transient without throwing', async () => {
    await fake.close();
    const r = await adapter.deliver({ op: 'send', to, message: { text: 'x' }, idempotencyKey: 1 });
    expect(r).toMatchObject({ ok: false, reason: 'transient' });
    fake = await FakeVkServer.start(); // for afterEach
  });

  it('sends one text to 100 chats in one call, with a result per chat', async () => {
    const peers = Array.from({ length: 100 }, (_, i) => 5000 + i);
    fake.failPeer(5003, 901);
    const results = await adapter.deliverBatch!(peers.map((p) => ({ platform: 'vk', chatId: String(p) })), { text: 'Объявление' }, 500);
    expect(fake.callsOf('messages.send')).toHaveLength(1);
    expect(fake.callsOf('messages.send')[0]!.params.peer_ids!.split(',')).toHaveLength(100);
    expect(results.size).toBe(100);
    expect(results.get('5003')).toMatchObject({ ok: false, reason: 'unreachable' });
    expect(results.get('5000')).toEqual({ ok: true, platformMessageId: '1' });
    expect([...results.values()].filter((r) => r.ok)).toHaveLength(99);
    expect(fake.messages).toHaveLength(99);
  });

  it('splits a batch of 150 chats into calls of 100 and 50', async () => {
    const peers = Array.from({ length: 150 }, (_, i) => 6000 + i);
    const results = await adapter.deliverBatch!(peers.map((p) => ({ platform: 'vk', chatId: String(p) })), { text: 'Всем' }, 501);
    expect(fake.callsOf('messages.send').map((c) => c.params.peer_ids!.split(',').length)).toEqual([100, 50]);
    expect([...results.values()].every((r) => r.ok)).toBe(true);
  });

  it('a batch call refused as a whole gives every chat the same result', async () => {
    fake.failNext('messages.send', 6);
    const results = await adapter.deliverBatch!([{ platform: 'vk', chatId: '1' }, { platform: 'vk', chatId: '2' }], { text: 'x' }, 502);
    expect([...results.values()]).toMatchObject([
      { ok: false, reason: 'rate_limited' },
      { ok: false, reason: 'rate_limited' },
    ]);
  });

  it('edits by conversation message id, replacing the keyboard', async () => {
    const sent = await adapter.deliver({ op: 'send', to, message: { text: 'Вопрос', buttons: [[{ label: 'Взять', action: 'q.take:1' }]] }, idempotencyKey: 11 });
    expect(sent.ok).toBe(true);
    const id = (sent as { platformMessageId: string }).platformMessageId;
    const edited = await adapter.deliver({ op: 'edit', to, platformMessageId: id, message: { text: 'Взято' } });
    expect(edited).toEqual({ ok: true, platformMessageId: id });
    const call = fake.callsOf('messages.edit')[0]!;
    expect(call.params).toMatchObject({ peer_id: String(USER), conversation_message_id: id, message: 'Взято' });
    expect(fake.messagesTo(USER)[0]!.edits).toEqual([{ text: 'Взято', keyboard: { inline: true, buttons: [] } }]);
  });

  it('uploads bytes as a document or photo and re-attaches a VK file', async () => {
    const pdf = Buffer.from('%PDF-1.4 fake');
    const r = await adapter.deliver({
      op: 'send',
      to,
      message: { text: 'Отчёт', file: { kind: 'document', name: 'report.pdf', mime: 'application/pdf', source: { type: 'bytes', base64: pdf.toString('base64') } } },
      idempotencyKey: 20,
    });
    expect(r.ok).toBe(true);
    expect(fake.callsOf('docs.getMessagesUploadServer')[0]!.params).toMatchObject({ peer_id: String(USER), type: 'doc' });
    expect(fake.uploads[0]).toMatchObject({ kind: 'doc', filename: 'report.pdf' });
    expect(fake.messagesTo(USER)[0]!.attachment).toMatch(/^doc-777_\d+_dk\d+$/);

    await adapter.deliver({
      op: 'send',
      to,
      message: { text: 'Фото', file: { kind: 'photo', name: 'p.jpg', source: { type: 'bytes', base64: Buffer.from('jpg').toString('base64') } } },
      idempotencyKey: 21,
    });
    expect(fake.messagesTo(USER)[1]!.attachment).toMatch(/^photo-777_\d+_pk\d+$/);

    await adapter.deliver({
      op: 'send',
      to,
      message: { text: '', file: { kind: 'document', name: 'x.pdf', source: { type: 'platform', ref: { platform: 'vk', fileId: 'doc1001_5_k5|https://vk.example/doc5', kind: 'document' } } } },
      idempotencyKey: 22,
    });
    expect(fake.messagesTo(USER)[2]).toMatchObject({ attachment: 'doc1001_5_k5', text: '' });

    const foreign = await adapter.deliver({
      op: 'send',
      to,
      message: { text: '', file: { kind: 'document', name: 'x.pdf', source: { type: 'platform', ref: { platform: 'telegram', fileId: 'AgAD', kind: 'document' } } } },
      idempotencyKey: 23,
    });
    expect(foreign).toMatchObject({ ok: false, reason: 'rejected' });
  });

  it('downloads a file a person sent', async () => {
    const url = fake.addFile('plan.pdf', Buffer.from('PDFDATA'), 'application/pdf');
    fake.pushMessageNew({ fromId: USER, attachments: [{ type: 'doc', doc: { id: 9, owner_id: USER, title: 'plan', ext: 'pdf', size: 7, url, access_key: 'k' } }] });
    await waitReceived(1);
    const incoming = received[0]!;
    if (incoming.kind !== 'file') throw new Error('expected a file');
    const file = await adapter.downloadFile(incoming.file);
    expect(file).toEqual({ bytes: Buffer.from('PDFDATA'), name: 'plan.pdf', mime: 'application/pdf' });
  });

  it('declares VK limits for the dispatcher and the pager', () => {
    expect(adapter.limits).toEqual({ globalPerSecond: 20, perChatIntervalMs: 1000, maxTextLength: 4096, idempotentSend: true, batchPeers: 100, inlineKeyboard: { maxRows: 6, maxButtons: 10 } });
  });
});
