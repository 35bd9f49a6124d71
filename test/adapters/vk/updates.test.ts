import { describe, expect, it } from 'vitest';
import { decodeVkFileId, mapUpdate, parseCommand } from '../../../src/adapters/vk/updates.js';

const GROUP = 777;
const msg = (message: Record<string, unknown>, clientInfo: Record<string, unknown> = {}) => ({
  type: 'message_new',
  group_id: GROUP,
  event_id: 'e',
  object: { message: { id: 10, conversation_message_id: 3, peer_id: 42, from_id: 42, text: '', date: 1, ...message }, client_info: clientInfo },
});
const incoming = (raw: unknown) => {
  const m = mapUpdate(raw, GROUP);
  if ('ignored' in m) throw new Error(`ignored: ${m.ignored}`);
  return m.incoming;
};

describe('VK update mapping', () => {
  it('maps a text with its ids and the language hint', () => {
    expect(incoming(msg({ text: 'Добрый день' }, { lang_id: 3 }))).toEqual({
      updateId: 'message_new:10',
      messageId: '3',
      from: { platform: 'vk', userId: '42', chatId: '42', chatType: 'private', languageCode: 'en' },
      kind: 'text',
      text: 'Добрый день',
    });
  });

  it('maps commands: lower-cased name, the rest as args', () => {
    expect(incoming(msg({ text: '/LINK  ab12 ' }))).toMatchObject({ kind: 'command', command: 'link', args: 'ab12' });
    expect(incoming(msg({ text: '/help' }))).toMatchObject({ kind: 'command', command: 'help', args: '' });
    expect(parseCommand('/ not a command')).toBeNull();
    expect(parseCommand('/')).toBeNull();
    expect(parseCommand('путь/к/файлу')).toBeNull();
  });

  it('maps the "Начать" button to /start, with the vk.me ref as the invitation code', () => {
    expect(incoming(msg({ text: 'Начать', payload: '{"command":"start"}' }))).toMatchObject({ kind: 'command', command: 'start', args: '' });
    expect(incoming(msg({ text: 'Начать', payload: '{"command":"start"}', ref: 'INV42' }))).toMatchObject({ command: 'start', args: 'INV42' });
  });

  it('gives a main-menu press its full label from the payload', () => {
    const long = 'Очень длинный пункт меню, который не помещается в сорок символов';
    expect(incoming(msg({ text: long.slice(0, 39) + '…', payload: JSON.stringify({ m: long }) }))).toMatchObject({ kind: 'text', text: long });
  });

  it('treats a broken or forged payload on a message as nothing', () => {
    expect(incoming(msg({ text: 'привет', payload: '{not json' }))).toMatchObject({ kind: 'text', text: 'привет' });
    expect(incoming(msg({ text: 'привет', payload: '{"a":"q.take:1"}' }))).toMatchObject({ kind: 'text', text: 'привет' });
  });

  it('maps photos, documents and audio messages to files', () => {
    const photo = incoming(msg({ attachments: [{ type: 'photo', photo: { id: 5, owner_id: 42, access_key: 'ak', sizes: [{ type: 's', width: 75, height: 75, url: 'https://x/s.jpg' }, { type: 'x', width: 604, height: 604, url: 'https://x/x.jpg' }] } }] }));
    expect(photo).toMatchObject({ kind: 'file', file: { platform: 'vk', kind: 'photo', fileId: 'photo42_5_ak|https://x/x.jpg' } });
    const voice = incoming(msg({ attachments: [{ type: 'audio_message', audio_message: { id: 6, owner_id: 42, access_key: 'k6', link_ogg: 'https://x/a.ogg' } }] }));
    expect(voice).toMatchObject({ kind: 'file', file: { kind: 'voice', fileId: 'doc42_6_k6|https://x/a.ogg', mime: 'audio/ogg' } });
    const doc = incoming(msg({ text: 'отчёт', attachments: [{ type: 'doc', doc: { id: 7, owner_id: 42, title: 'Отчёт.xlsx', ext: 'xlsx', size: 99, url: 'https://x/d' } }] }));
    expect(doc).toMatchObject({ kind: 'file', caption: 'отчёт', file: { kind: 'document', name: 'Отчёт.xlsx', size: 99, fileId: 'doc42_7|https://x/d' } });
    expect(decodeVkFileId('doc42_7|https://x/d')).toEqual({ attachment: 'doc42_7', url: 'https://x/d' });
    expect(decodeVkFileId('photo1_2')).toEqual({ attachment: 'photo1_2' });
  });

  it('maps stickers, wall posts, audio, locations and forwards to unsupported', () => {
    expect(incoming(msg({ attachments: [{ type: 'sticker', sticker: {} }] }))).toMatchObject({ kind: 'unsupported', what: 'sticker' });
    expect(incoming(msg({ attachments: [{ type: 'wall', wall: { id: 1 } }] }))).toMatchObject({ kind: 'unsupported', what: 'wall' });
    expect(incoming(msg({ attachments: [{ type: 'audio', audio: { id: 1 } }] }))).toMatchObject({ kind: 'unsupported', what: 'audio' });
    expect(incoming(msg({ geo: { coordinates: {} } }))).toMatchObject({ kind: 'unsupported', what: 'location' });
    expect(incoming(msg({ fwd_messages: [{ text: 'x' }] }))).toMatchObject({ kind: 'unsupported', what: 'forward' });
    // A text with a sticker is still a text.
    expect(incoming(msg({ text: 'смотри', attachments: [{ type: 'sticker', sticker: {} }] }))).toMatchObject({ kind: 'text' });
  });

  it('marks group conversations and strips the mention of the community', () => {
    expect(incoming(msg({ id: 0, peer_id: 2000000003, text: `[club${GROUP}|Наставник], /help` }))).toMatchObject({
      updateId: 'message_new:2000000003_3',
      kind: 'command',
      command: 'help',
      from: { chatType: 'group', chatId: '2000000003', userId: '42' },
    });
    expect(incoming(msg({ id: 0, peer_id: 2000000003, action: { type: 'chat_invite_user', member_id: -GROUP } }))).toMatchObject({ kind: 'joined_group' });
  });

  it('keeps the reply-to id', () => {
    expect(incoming(msg({ text: 'да', reply_message: { conversation_message_id: 2 } }))).toMatchObject({ replyToMessageId: '2' });
  });

  it('maps a callback button press to an action', () => {
    const m = mapUpdate({ type: 'message_event', group_id: GROUP, object: { user_id: 42, peer_id: 42, event_id: 'abc', payload: { a: 'q.take:5' }, conversation_message_id: 9 } }, GROUP);
    expect(m).toEqual({
      incoming: { updateId: 'message_event:abc', from: { platform: 'vk', userId: '42', chatId: '42', chatType: 'private' }, kind: 'action', data: 'q.take:5', messageId: '9' },
      event: { eventId: 'abc', userId: 42, peerId: 42 },
    });
  });

  it('ignores its own replies, typing, communities writing and other communities, and never throws', () => {
    for (const raw of [
      { type: 'message_reply', object: { id: 1, peer_id: 42, from_id: -GROUP } },
      { type: 'message_typing_state', object: { from_id: 42 } },
      { type: 'wall_post_new', object: { id: 1, from_id: 42 } },
      { type: 'like_add', object: { liker_id: 42 } },
      msg({ from_id: -5 }),
      { ...msg({ text: 'x' }), group_id: 1 },
      null,
      'garbage',
      { type: 'message_new' },
      { type: 'message_new', object: { message: { peer_id: 'x' } } },
      { type: 'message_event', object: { user_id: 42 } },
      { type: 'unknown_thing' },
    ]) {
      expect('ignored' in mapUpdate(raw, GROUP)).toBe(true);
    }
    expect(mapUpdate({ type: 'unknown_thing', event_id: 'u1', object: { user_id: 42 } }, GROUP)).toMatchObject({
      incoming: { kind: 'unsupported', what: 'event:unknown_thing', updateId: 'unknown_thing:u1' },
    });
  });
});
