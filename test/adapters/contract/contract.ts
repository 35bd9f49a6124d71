/**
 * The adapter contract: what every messenger adapter must do for the core, the same suite run
 * against each (local, Telegram, VK, MAX) through a driver that plays one person on that
 * platform's test server. A new adapter passes it before it is wired in.
 *
 * Cases: a text; a command with its arguments; a button press with its action, the message it
 * was under, and its answer; an edit of text and buttons; a file the bot sends (name and bytes
 * arrive) and a file a person sends (it reaches the core and downloads to the same bytes); a
 * person who blocked the bot (unreachable); 429 with a retry-after (rate limited for that long,
 * then the next send goes).
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ChatAddress, HandleOutcome, Incoming, MessengerAdapter, OutgoingMessage } from '../../../src/messaging/types.js';

/** An ack the test platform cannot show (telegram-test-api drops answerCallbackQuery's text). */
export const UNOBSERVABLE = Symbol('unobservable');

export interface SeenMessage {
  text: string;
  /** Labels of the inline buttons, in order. */
  buttons: string[];
}

/** One person on one platform's test server, with the adapter started in front of it. */
export interface ContractWorld {
  adapter: MessengerAdapter;
  /** The person's chat, as the core addresses it. */
  chat: ChatAddress;
  /** The person types `text` (a leading "/" is a command); resolves with what reached the core. */
  type(text: string): Promise<Incoming>;
  /** The person presses `label` under the bot's message `messageId`; resolves with what reached the core and the answer shown. */
  press(messageId: string, label: string): Promise<{ incoming: Incoming; ack: string | undefined | typeof UNOBSERVABLE }>;
  /** The person sends a document. */
  sendFile(name: string, bytes: Buffer): Promise<Incoming>;
  /** The bot's message as the person sees it now (edits applied). */
  seen(messageId: string): SeenMessage | undefined;
  /** The last file the bot sent the person. */
  lastFile(): { name: string; bytes: Buffer } | undefined;
  /** The person blocks the bot. */
  block(): void;
  /**
   * The platform answers the next send with "too many requests", saying to wait this long where
   * it can say it (Telegram's retry_after, MAX's Retry-After); returns the wait the adapter
   * should report (VK's error 6 names no time: the adapter's own second).
   */
  rateLimitNext(retryAfterSeconds: number): number;
  close(): Promise<void>;
}

export type Outcome = (incoming: Incoming) => HandleOutcome;

export interface ContractDriver {
  name: string;
  /**
   * A world whose adapter hands updates to `outcome` (the core's stand-in). `needs` says what a
   * case uses; a driver whose test server lacks it (telegram-test-api has no files, 403 or 429)
   * opens another server that has.
   */
  open(outcome: Outcome, needs: 'plain' | 'files' | 'failures'): Promise<ContractWorld>;
}

const send = (w: ContractWorld, message: OutgoingMessage, key = 1) =>
  w.adapter.deliver({ op: 'send', to: w.chat, message, idempotencyKey: key });

const idOf = (r: Awaited<ReturnType<MessengerAdapter['deliver']>>): string => {
  if (!r.ok || !r.platformMessageId) throw new Error(`the send failed: ${JSON.stringify(r)}`);
  return r.platformMessageId;
};

export function adapterContract(driver: ContractDriver): void {
  describe(`adapter contract: ${driver.name}`, () => {
    let world: ContractWorld | undefined;
    const open = async (needs: 'plain' | 'files' | 'failures' = 'plain', outcome: Outcome = () => ({})) => {
      world = await driver.open(outcome, needs);
      return world;
    };
    afterEach(async () => {
      await world?.close();
      world = undefined;
    });

    it('a text reaches the core as a text of this platform\'s person, in their chat', async () => {
      const w = await open();
      const incoming = await w.type('Здравствуйте, коллеги');
      expect(incoming).toMatchObject({ kind: 'text', text: 'Здравствуйте, коллеги', from: { platform: w.adapter.platform, chatId: w.chat.chatId } });
      expect(incoming.updateId).toBeTruthy();
    });

    it('a command comes with its arguments', async () => {
      const w = await open();
      expect(await w.type('/start INVITE42')).toMatchObject({ kind: 'command', command: 'start', args: 'INVITE42' });
    });

    it('a button press carries its action and the message it was under, and is answered with the core\'s text', async () => {
      const w = await open('plain', (i) => (i.kind === 'action' ? { ackText: 'Принято' } : {}));
      const id = idOf(await send(w, { text: 'Выберите', buttons: [[{ label: 'Да', action: 'c:yes' }], [{ label: 'Нет', action: 'c:no' }]] }));
      expect(w.seen(id)).toEqual({ text: 'Выберите', buttons: ['Да', 'Нет'] });
      const { incoming, ack } = await w.press(id, 'Да');
      expect(incoming).toMatchObject({ kind: 'action', data: 'c:yes', messageId: id, from: { chatId: w.chat.chatId } });
      if (ack !== UNOBSERVABLE) expect(ack).toBe('Принято');
    });

    it('an edit replaces the text and the buttons', async () => {
      const w = await open();
      const id = idOf(await send(w, { text: 'Вопрос свободен', buttons: [[{ label: 'Взять', action: 'q:take' }]] }));
      const edited = await w.adapter.deliver({ op: 'edit', to: w.chat, platformMessageId: id, message: { text: 'Вопрос взят', buttons: [[{ label: 'Открыть', action: 'q:open' }]] } });
      expect(edited.ok).toBe(true);
      expect(w.seen(id)).toEqual({ text: 'Вопрос взят', buttons: ['Открыть'] });
    });

    it('a file the bot sends arrives with its name and bytes', async () => {
      const w = await open('files');
      const bytes = Buffer.from('%PDF-1.4 план наставничества');
      const r = await send(w, { text: 'План на год', file: { kind: 'document', name: 'plan.pdf', mime: 'application/pdf', source: { type: 'bytes', base64: bytes.toString('base64') } } });
      expect(r.ok).toBe(true);
      const file = w.lastFile();
      expect(file?.name).toBe('plan.pdf');
      expect(file?.bytes.equals(bytes)).toBe(true);
    });

    it('a file a person sends reaches the core and downloads to the same bytes', async () => {
      const w = await open('files');
      const bytes = Buffer.from('отчёт за четверть');
      const incoming = await w.sendFile('report.txt', bytes);
      expect(incoming).toMatchObject({ kind: 'file', file: { platform: w.adapter.platform, kind: 'document' } });
      if (incoming.kind !== 'file') throw new Error('not a file');
      const got = await w.adapter.downloadFile!(incoming.file);
      expect(got.bytes.equals(bytes)).toBe(true);
    });

    it('a person who blocked the bot is unreachable', async () => {
      const w = await open('failures');
      w.block();
      expect(await send(w, { text: 'Напоминание' })).toMatchObject({ ok: false, reason: 'unreachable' });
    });

    it('429 with a retry-after is "rate limited" for that long; the next send goes', async () => {
      const w = await open('failures');
      const wait = w.rateLimitNext(3);
      expect(await send(w, { text: 'Объявление' })).toMatchObject({ ok: false, reason: 'rate_limited', retryAfterMs: wait });
      expect((await send(w, { text: 'Объявление' }, 2)).ok).toBe(true);
    });
  });
}
