import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createVkAdapter, type VkAdapter } from '../../../src/adapters/vk/adapter.js';
import { secretsEqual } from '../../../src/adapters/vk/callback-server.js';
import { silentLogger } from '../../../src/log.js';
import type { HandleOutcome, Incoming } from '../../../src/messaging/types.js';
import { FakeVkServer } from '../../support/fake-vk-server.js';

const SECRET = 'callback-secret-123';
const CONFIRMATION = 'a1b2c3d4';

let fake: FakeVkServer;
let adapter: VkAdapter;
let received: Incoming[];
let handler: (i: Incoming) => Promise<HandleOutcome>;

beforeEach(async () => {
  fake = await FakeVkServer.start();
  received = [];
  handler = async () => ({});
  adapter = createVkAdapter({
    token: fake.token,
    groupId: fake.groupId,
    apiBaseUrl: fake.apiBaseUrl,
    logger: silentLogger(),
    callback: { port: 0, host: '127.0.0.1', confirmation: CONFIRMATION, secret: SECRET },
  });
  await adapter.start(async (i) => {
    received.push(i);
    return handler(i);
  });
});

afterEach(async () => {
  await adapter.stop();
  await fake.close();
});

function post(body: unknown): Promise<Response> {
  return fetch(`http://127.0.0.1:${adapter.callbackPort}/`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

const messageNew = (text: string, secret = SECRET) => ({
  type: 'message_new',
  group_id: fake.groupId,
  event_id: 'e1',
  v: '5.199',
  secret,
  object: { message: { id: 10, conversation_message_id: 4, peer_id: 42, from_id: 42, text, date: 1 }, client_info: {} },
});

describe('VK Callback API', () => {
  it('answers the confirmation request with the confirmation string', async () => {
    const res = await post({ type: 'confirmation', group_id: fake.groupId });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(CONFIRMATION);
    expect(fake.callsOf('groups.getLongPollServer')).toHaveLength(0);
  });

  it('refuses an update with a wrong or missing secret, or for another community', async () => {
    expect((await post(messageNew('hi', 'wrong'))).status).toBe(403);
    const { secret: _s, ...noSecret } = messageNew('hi');
    expect((await post(noSecret)).status).toBe(403);
    expect((await post({ ...messageNew('hi'), group_id: 1 })).status).toBe(403);
    expect(received).toHaveLength(0);
  });

  it('answers "ok" only after the sink resolved', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const events: string[] = [];
    handler = async () => {
      events.push('sink entered');
      await gate;
      events.push('sink resolved');
      return {};
    };
    const response = post(messageNew('Здравствуйте')).then(async (res) => {
      events.push('answered');
      return { status: res.status, text: await res.text() };
    });
    await fake.waitFor(() => events.includes('sink entered'), 'the sink');
    // A full round trip to the same server while the sink is still busy: no answer yet.
    await post({ type: 'confirmation', group_id: fake.groupId });
    expect(events).toEqual(['sink entered']);
    release();
    expect(await response).toEqual({ status: 200, text: 'ok' });
    expect(events).toEqual(['sink entered', 'sink resolved', 'answered']);
    expect(received[0]).toMatchObject({ kind: 'text', text: 'Здравствуйте', updateId: 'message_new:10' });
  });

  it('answers 500 when the sink fails, so VK sends the update again', async () => {
    handler = async () => {
      throw new Error('db locked');
    };
    const res = await post(messageNew('x'));
    expect(res.status).toBe(500);
  });

  it('answers a callback button press through the API and "ok" to VK', async () => {
    handler = async () => ({ ackText: 'Готово' });
    const res = await post({
      type: 'message_event',
      group_id: fake.groupId,
      event_id: 'e2',
      secret: SECRET,
      object: { user_id: 42, peer_id: 42, event_id: 'evt-9', payload: { a: 'q.take:1' }, conversation_message_id: 5 },
    });
    expect(await res.text()).toBe('ok');
    expect(received[0]).toMatchObject({ kind: 'action', data: 'q.take:1', messageId: '5', updateId: 'message_event:evt-9' });
    expect(fake.callsOf('messages.sendMessageEventAnswer')[0]!.params).toMatchObject({ event_id: 'evt-9', user_id: '42' });
  });

  it('answers "ok" to events it ignores and 400 to garbage', async () => {
    const res = await post({ type: 'message_typing_state', group_id: fake.groupId, secret: SECRET, object: { from_id: 42 } });
    expect(await res.text()).toBe('ok');
    const bad = await fetch(`http://127.0.0.1:${adapter.callbackPort}/`, { method: 'POST', body: 'not json' });
    expect(bad.status).toBe(400);
    expect(received).toHaveLength(0);
  });
});

describe('secretsEqual', () => {
  it('is true only for equal strings', () => {
    expect(secretsEqual('abc', 'abc')).toBe(true);
    expect(secretsEqual('abd', 'abc')).toBe(false);
    expect(secretsEqual('ab', 'abc')).toBe(false);
    expect(secretsEqual('', 'abc')).toBe(false);
  });
});
