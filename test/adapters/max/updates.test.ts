import { describe, expect, it } from 'vitest';
import { decodeMaxFileId, encodeMaxFileId, mapUpdate, markupToHtml, parseCommand } from '../../../src/adapters/max/updates.js';

const user = { user_id: 11, first_name: 'Анна', last_name: 'Иванова', name: 'Анна Иванова', username: null, is_bot: false, last_activity_time: 1 };
const created = (body: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  update_type: 'message_created',
  timestamp: 1,
  message: { sender: user, recipient: { chat_id: 77, chat_type: 'dialog', user_id: 5 }, timestamp: 1, body: { mid: 'mid.1', seq: 1, ...body }, ...extra },
  user_locale: 'ru',
});

describe('MAX updates → Incoming', () => {
  it('a text: the sender, the dialog as the chat, the language', () => {
    const r = mapUpdate(created({ text: 'привет' }));
    expect(r).toEqual({
      incoming: {
        updateId: 'message_created:mid.1',
        from: { platform: 'max', userId: '11', chatId: '77', chatType: 'private', displayName: 'Анна Иванова', languageCode: 'ru' },
        messageId: 'mid.1',
        kind: 'text',
        text: 'привет',
      },
    });
  });

  it('commands, also addressed to this bot; a command for another bot is ignored', () => {
    expect(parseCommand('/Start  CODE1 ')).toEqual({ command: 'start', args: 'CODE1' });
    expect(parseCommand('/link@nastavnik_bot ABC', 'nastavnik_bot')).toEqual({ command: 'link', args: 'ABC' });
    expect(parseCommand('/link@other ABC', 'nastavnik_bot')).toBe('other_bot');
    expect(parseCommand('не команда')).toBeNull();
    expect(mapUpdate(created({ text: '/help@other' }), { userId: 5, username: 'me' })).toEqual({ ignored: 'a command for another bot' });
  });

  it('files: a document with its name and size, a photo, with the caption; a sticker is not taken', () => {
    const doc = { type: 'file', payload: { url: 'https://files/x', token: 'T1' }, filename: 'план.pdf', size: 10 };
    const r = mapUpdate(created({ text: 'вот', attachments: [doc] }));
    expect(r).toMatchObject({ incoming: { kind: 'file', caption: 'вот', file: { platform: 'max', kind: 'document', name: 'план.pdf', size: 10 } } });
    const fileId = (r as { incoming: { file: { fileId: string } } }).incoming.file.fileId;
    expect(decodeMaxFileId(fileId)).toEqual({ type: 'file', token: 'T1', url: 'https://files/x' });
    expect(mapUpdate(created({ text: '', attachments: [{ type: 'image', payload: { photo_id: 3, url: 'u', token: 'P' } }] }))).toMatchObject({
      incoming: { kind: 'file', file: { kind: 'photo', mime: 'image/jpeg' } },
    });
    expect(mapUpdate(created({ text: '', attachments: [{ type: 'sticker', payload: { code: 'x' } }] }))).toMatchObject({ incoming: { kind: 'unsupported', what: 'sticker' } });
    expect(encodeMaxFileId('file', 'T')).toBe('file:T');
  });

  it('a reply names the message it answers', () => {
    expect(mapUpdate(created({ text: 'да' }, { link: { type: 'reply', message: { mid: 'mid.bot.9' } } }))).toMatchObject({ incoming: { replyToMessageId: 'mid.bot.9' } });
  });

  it('a button press: its payload as the action, the callback to answer, the message it was under', () => {
    const r = mapUpdate({
      update_type: 'message_callback',
      timestamp: 2,
      callback: { timestamp: 2, callback_id: 'cb1', payload: 'q:take:5', user },
      message: { recipient: { chat_id: 77, chat_type: 'dialog' }, body: { mid: 'mid.bot.1' } },
    });
    expect(r).toMatchObject({ callbackId: 'cb1', incoming: { updateId: 'message_callback:cb1', kind: 'action', data: 'q:take:5', messageId: 'mid.bot.1', from: { chatId: '77' } } });
  });

  it('a payload the bot did not make is passed to the core to refuse; an overlong one as empty', () => {
    const press = (payload: unknown) =>
      mapUpdate({ update_type: 'message_callback', timestamp: 2, callback: { callback_id: 'cb2', payload, user }, message: { recipient: { chat_id: 77 }, body: { mid: 'm' } } });
    expect(press('{"evil":1}')).toMatchObject({ incoming: { kind: 'action', data: '{"evil":1}' } });
    expect(press('x'.repeat(2000))).toMatchObject({ incoming: { kind: 'action', data: '' } });
    expect(press(undefined)).toMatchObject({ incoming: { kind: 'action', data: '' } });
  });

  it('bot_started is /start with the deep link payload (at most 128 characters)', () => {
    expect(mapUpdate({ update_type: 'bot_started', timestamp: 5, chat_id: 77, user, payload: 'CODE' })).toMatchObject({
      incoming: { updateId: 'bot_started:77:5', kind: 'command', command: 'start', args: 'CODE' },
    });
    expect(mapUpdate({ update_type: 'bot_started', timestamp: 5, chat_id: 77, user })).toMatchObject({ incoming: { args: '' } });
    const long = mapUpdate({ update_type: 'bot_started', timestamp: 5, chat_id: 77, user, payload: 'x'.repeat(300) });
    expect((long as { incoming: { args: string } }).incoming.args).toHaveLength(128);
  });

  it('the bot added to a group chat', () => {
    expect(mapUpdate({ update_type: 'bot_added', timestamp: 5, chat_id: -9, user, is_channel: false })).toMatchObject({ incoming: { kind: 'joined_group', from: { chatType: 'group' } } });
  });

  it('bad input never throws: junk, a bot talking, silent events, unknown types', () => {
    for (const junk of [null, 1, 'x', [], {}, { update_type: 5 }, { update_type: 'message_created' }, { update_type: 'message_created', message: { body: 'x' } }]) {
      expect(mapUpdate(junk)).toHaveProperty('ignored');
    }
    expect(mapUpdate(created({ text: 'hi' }, { sender: { ...user, is_bot: true } }))).toEqual({ ignored: 'message from a bot' });
    expect(mapUpdate({ update_type: 'message_edited', timestamp: 1, message: {} })).toHaveProperty('ignored');
    expect(mapUpdate({ update_type: 'bot_stopped', timestamp: 1, chat_id: 77, user })).toHaveProperty('ignored');
    expect(mapUpdate({ update_type: 'something_new', timestamp: 3, chat_id: 77, user })).toMatchObject({ incoming: { kind: 'unsupported', what: 'event:something_new' } });
    expect(mapUpdate({ update_type: 'something_new', timestamp: 3 })).toHaveProperty('ignored');
  });

  it('markup → the port\'s html, escaped', () => {
    expect(markupToHtml('a <b> c', [{ type: 'emphasized', from: 2, length: 3 }])).toBe('a <i>&lt;b&gt;</i> c');
    expect(markupToHtml('site', [{ type: 'link', from: 0, length: 4, url: 'https://x.org/?a=1&b="2"' }])).toBe('<a href="https://x.org/?a=1&amp;b=&quot;2&quot;">site</a>');
    expect(markupToHtml('ab', [{ type: 'strong', from: 1, length: 9 }])).toBeUndefined();
    expect(markupToHtml('ab', [])).toBeUndefined();
  });
});
