import { LocalAdapter } from '../../../src/adapters/local/local-adapter.js';
import { adapterContract, type ContractWorld } from './contract.js';
import { Recorder } from './recorder.js';

const USER = 'anna';

adapterContract({
  name: 'local',
  async open(outcome) {
    const adapter = new LocalAdapter();
    const rec = new Recorder(outcome);
    await adapter.start(rec.sink);
    const world: ContractWorld = {
      adapter,
      chat: { platform: 'local', chatId: USER },
      async type(text) {
        const n = rec.received.length;
        await adapter.send(USER, text);
        return rec.received[n]!;
      },
      async press(messageId, label) {
        const n = rec.received.length;
        const outcome = await adapter.press(USER, label, messageId);
        return { incoming: rec.received[n]!, ack: outcome.ackText };
      },
      async sendFile(name, bytes) {
        const n = rec.received.length;
        await adapter.sendFile(USER, { kind: 'document', name, bytes });
        return rec.received[n]!;
      },
      seen(messageId) {
        const m = adapter.messagesOf(USER).find((x) => x.id === messageId);
        return m && { text: m.text, buttons: m.buttons.flat().map((b) => b.label) };
      },
      lastFile() {
        const m = [...adapter.messagesOf(USER)].reverse().find((x) => x.file);
        return m?.file && { name: m.file.name, bytes: m.file.bytes };
      },
      block: () => adapter.block(USER),
      rateLimitNext(seconds) {
        adapter.throttleNext(seconds * 1000);
        return seconds * 1000;
      },
      close: () => adapter.stop(),
    };
    return world;
  },
});
