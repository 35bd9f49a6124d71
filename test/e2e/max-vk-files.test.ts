/**
 * Files and pictures both ways between MAX and VK, end to end through the real SDKs: in a
 * question's conversation a MAX mentee sends a document (downloaded from MAX, uploaded to VK)
 * and the VK mentor answers with a photo (downloaded from VK, uploaded to MAX as an image).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMaxAdapter, type MaxAdapter } from '../../src/adapters/max/index.js';
import { silentLogger } from '../../src/log.js';
import { dialogOf, FakeMaxServer } from '../support/fake-max-server.js';
import { firstFilePart } from '../support/multipart.js';
import { createVkHarness, type VkHarness } from '../support/vk-harness.js';

const MAX_MENTEE = 9401;
const VK_MENTOR = 9402;

let fake: FakeMaxServer;
let max: MaxAdapter;
let v: VkHarness;

beforeAll(async () => {
  fake = await FakeMaxServer.start({ notReadySends: 1 });
  max = createMaxAdapter({ token: fake.token, apiBaseUrl: fake.apiBaseUrl, logger: silentLogger(), pollTimeoutSeconds: 5, pollRetryMs: 20 });
  v = await createVkHarness({ extraAdapters: [max] });
  await max.start(v.h.app.router.handle);
});
afterAll(async () => {
  await max.stop();
  await v.close();
  await fake.close();
});

const processed = (updateId: string) => Boolean(v.h.db.prepare("SELECT 1 FROM processed_updates WHERE platform = 'max' AND update_id = ?").get(updateId));
async function maxSays(text: string, attachments?: unknown[]) {
  const { updateId } = fake.pushMessage({ userId: MAX_MENTEE, text, ...(attachments ? { attachments } : {}) });
  await fake.waitFor(() => processed(updateId), updateId);
  await v.h.flush();
}
async function maxPresses(label: string) {
  const { callbackId } = fake.pressButton(MAX_MENTEE, label);
  await fake.waitFor(() => fake.answers.some((a) => a.callbackId === callbackId), `the answer to ${label}`);
  await v.h.flush();
}

describe('files between MAX and VK', () => {
  it('a document from MAX reaches VK, a photo from VK reaches MAX, with their bytes', async () => {
    const { h } = v;
    h.addPerson({ name: 'Мария Новикова', roles: ['mentee'], platform: 'max', userId: String(MAX_MENTEE) });
    h.db.prepare("UPDATE accounts SET chat_id = ? WHERE platform = 'max' AND user_id = ?").run(String(dialogOf(MAX_MENTEE)), String(MAX_MENTEE));
    h.addPerson({ name: 'Ольга Белова', roles: ['mentor'], offers: ['spreadsheets'], platform: 'vk', userId: String(VK_MENTOR) });

    await maxSays('/ask');
    await maxSays('Как посчитать средний балл по классу в таблице?');
    await maxPresses('Электронные таблицы');
    await maxPresses('Отправить');
    await v.press(VK_MENTOR, 'Взять');

    const table = Buffer.from('ФИО;Оценка\nИванов;5\n');
    await maxSays('Вот таблица', [fake.addFile('оценки.csv', table)]);
    const upload = await fake.waitFor(() => v.fake.uploads.find((u) => u.kind === 'doc'), 'the upload to VK');
    const part = firstFilePart(upload.raw, upload.contentType)!;
    expect(part.filename).toBe('оценки.csv');
    expect(part.bytes.equals(table)).toBe(true);
    expect(v.fake.messagesTo(VK_MENTOR).some((m) => m.attachment?.startsWith('doc'))).toBe(true);

    const photo = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4]);
    const url = v.fake.addFile('photo.jpg', photo, 'image/jpeg');
    const { updateId } = v.fake.pushMessageNew({
      fromId: VK_MENTOR,
      text: 'Смотрите снимок',
      attachments: [{ type: 'photo', photo: { id: 9, owner_id: VK_MENTOR, access_key: 'pk', sizes: [{ type: 'x', width: 10, height: 10, url }] } }],
    });
    await v.fake.waitFor(() => Boolean(h.db.prepare("SELECT 1 FROM processed_updates WHERE platform = 'vk' AND update_id = ?").get(updateId)), updateId);
    // MAX answers "attachment.not.ready" to the first send after the upload; the SDK waits and sends again.
    await h.flush();
    const image = fake.uploads.find((u) => u.type === 'image');
    expect(image).toBeDefined();
    expect(fake.fileBytes(image!.token)!.equals(photo)).toBe(true);
    const sent = fake.messagesTo(dialogOf(MAX_MENTEE)).find((m) => m.attachments.some((a) => a.type === 'image'));
    expect(sent?.text).toContain('Смотрите снимок');
    expect(fake.callsOf('POST /messages').filter((c) => JSON.stringify(c.body).includes(image!.token)).length).toBe(2);
  });
});
