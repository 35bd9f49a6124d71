/** The MAX adapter on the official SDK, against the fake MAX API (long polling, uploads, limits). */
import { createMaxAdapter } from '../../../src/adapters/max/index.js';
import { silentLogger } from '../../../src/log.js';
import { dialogOf, FakeMaxServer } from '../../support/fake-max-server.js';
import { adapterContract, type ContractWorld } from './contract.js';
import { Recorder } from './recorder.js';

const USER = 6101;

adapterContract({
  name: 'MAX (@maxhub/max-bot-api + fake MAX API)',
  async open(outcome) {
    const fake = await FakeMaxServer.start();
    const adapter = createMaxAdapter({ token: fake.token, apiBaseUrl: fake.apiBaseUrl, logger: silentLogger(), pollTimeoutSeconds: 5, pollRetryMs: 20 });
    const rec = new Recorder(outcome);
    await adapter.start(rec.sink);
    const chatId = dialogOf(USER);
    const world: ContractWorld = {
      adapter,
      chat: { platform: 'max', chatId: String(chatId) },
      async type(text) {
        const n = rec.received.length;
        fake.pushMessage({ userId: USER, text });
        return rec.next(n, 'a message');
      },
      async press(messageId, label) {
        const n = rec.received.length;
        const m = fake.messages.find((x) => x.mid === messageId)!;
        const button = fake.keyboardOf(m)!.flat().find((b) => b.text === label)!;
        const callbackId = fake.pushCallback({ userId: USER, payload: button.payload!, mid: messageId });
        const incoming = await rec.next(n, 'a press');
        const answer = await fake.waitFor(() => fake.answers.find((a) => a.callbackId === callbackId), 'the answer');
        return { incoming, ack: typeof answer.body.notification === 'string' ? answer.body.notification : undefined };
      },
      async sendFile(name, bytes) {
        const n = rec.received.length;
        fake.pushMessage({ userId: USER, text: '', attachments: [fake.addFile(name, bytes)] });
        return rec.next(n, 'a file');
      },
      seen(messageId) {
        const m = fake.messages.find((x) => x.mid === messageId);
        if (!m) return undefined;
        const text = m.edits.length ? m.edits.at(-1)!.text : m.text;
        return { text, buttons: (fake.keyboardOf(m) ?? []).flat().map((b) => b.text) };
      },
      lastFile() {
        const m = [...fake.messagesTo(chatId)].reverse().find((x) => x.attachments.length);
        const token = m?.attachments[0]?.payload.token as string | undefined;
        const upload = fake.uploads.find((u) => u.token === token);
        const bytes = token ? fake.fileBytes(token) : undefined;
        return upload && bytes ? { name: upload.filename ?? '', bytes } : undefined;
      },
      block: () => fake.block(USER),
      rateLimitNext(seconds) {
        fake.failNext('POST /messages', 429, 'too.many.requests', 1, seconds);
        return seconds * 1000;
      },
      async close() {
        await adapter.stop();
        await fake.close();
      },
    };
    return world;
  },
});
