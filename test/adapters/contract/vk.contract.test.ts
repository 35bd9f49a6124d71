/** The vk-io adapter against the fake VK API (Bots Long Poll, uploads, error codes). */
import { createVkAdapter } from '../../../src/adapters/vk/index.js';
import { TOO_MANY_RETRY_MS, VK_ERROR } from '../../../src/adapters/vk/errors.js';
import { silentLogger } from '../../../src/log.js';
import { FakeVkServer } from '../../support/fake-vk-server.js';
import { firstFilePart } from '../../support/multipart.js';
import { adapterContract, type ContractWorld } from './contract.js';
import { Recorder } from './recorder.js';

const USER = 7101;

adapterContract({
  name: 'VK (vk-io + fake VK API)',
  async open(outcome) {
    const fake = await FakeVkServer.start();
    const adapter = createVkAdapter({ token: fake.token, groupId: fake.groupId, apiBaseUrl: fake.apiBaseUrl, logger: silentLogger(), apiLimit: 1000, pollingWaitMs: 10 });
    const rec = new Recorder(outcome);
    await adapter.start(rec.sink);
    const world: ContractWorld = {
      adapter,
      chat: { platform: 'vk', chatId: String(USER) },
      async type(text) {
        const n = rec.received.length;
        fake.pushMessageNew({ fromId: USER, text });
        return rec.next(n, 'a message');
      },
      async press(messageId, label) {
        const n = rec.received.length;
        const m = fake.messagesTo(USER).find((x) => String(x.conversationMessageId) === messageId)!;
        const button = m.keyboard!.buttons.flat().find((b) => b.action.label === label)!;
        const eventId = fake.pushMessageEvent({ userId: USER, payload: button.action.payload ?? '{}', conversationMessageId: m.conversationMessageId });
        const incoming = await rec.next(n, 'a press');
        const answer = await fake.waitFor(() => fake.callsOf('messages.sendMessageEventAnswer').find((c) => c.params.event_id === eventId), 'the answer');
        const ack = answer.params.event_data ? (JSON.parse(answer.params.event_data) as { text: string }).text : undefined;
        return { incoming, ack };
      },
      async sendFile(name, bytes) {
        const n = rec.received.length;
        const url = fake.addFile(name, bytes);
        fake.pushMessageNew({ fromId: USER, text: '', attachments: [{ type: 'doc', doc: { id: 5, owner_id: USER, title: name, ext: name.split('.').pop(), size: bytes.length, url, access_key: 'k' } }] });
        return rec.next(n, 'a file');
      },
      seen(messageId) {
        const m = fake.messagesTo(USER).find((x) => String(x.conversationMessageId) === messageId);
        if (!m) return undefined;
        const last = m.edits.at(-1);
        const keyboard = last ? last.keyboard : m.keyboard;
        return { text: last ? last.text : m.text, buttons: (keyboard?.buttons ?? []).flat().map((b) => b.action.label) };
      },
      lastFile() {
        const upload = fake.uploads.at(-1);
        const part = upload ? firstFilePart(upload.raw, upload.contentType) : null;
        return part ? { name: part.filename ?? '', bytes: part.bytes } : undefined;
      },
      block: () => fake.failPeer(USER, VK_ERROR.NOT_ALLOWED),
      rateLimitNext() {
        fake.failNext('messages.send', VK_ERROR.TOO_MANY);
        return TOO_MANY_RETRY_MS;
      },
      async close() {
        await adapter.stop();
        await fake.close();
      },
    };
    return world;
  },
});
