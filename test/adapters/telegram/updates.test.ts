import { describe, expect, it } from 'vitest';
import type { Update } from 'grammy/types';
import { parseCommand, toIncoming } from '../../../src/adapters/telegram/updates.js';

const BOT = { id: 999, username: 'nastavnik_bot' };
const person = { id: 501, is_bot: false, first_name: 'Анна', last_name: 'Петрова', language_code: 'ru' };
const privateChat = { id: 501, type: 'private' as const, first_name: 'Анна' };

function message(fields: Record<string, unknown>, chat: Record<string, unknown> = privateChat): Update {
  return { update_id: 1000, message: { message_id: 7, date: 1, chat, from: person, ...fields } } as unknown as Update;
}

describe('toIncoming: messages', () => {
  it('maps a command with args, the sender and ids', () => {
    const inc = toIncoming(message({ text: '/start abc123', entities: [{ type: 'bot_command', offset: 0, length: 6 }] }), BOT);
    expect(inc).toEqual({
      updateId: '1000',
      messageId: '7',
      kind: 'command',
      command: 'start',
      args: 'abc123',
      from: {
        platform: 'telegram',
        userId: '501',
        chatId: '501',
        chatType: 'private',
        displayName: 'Анна Петрова',
        languageCode: 'ru',
      },
    });
  });

  it('lower-cases the command, strips its @botname and trims the args', () => {
    const text = '/Invite@Nastavnik_Bot   mentor  ';
    const inc = toIncoming(message({ text, entities: [{ type: 'bot_command', offset: 0, length: 21 }] }), BOT);
    expect(inc).toMatchObject({ kind: 'command', command: 'invite', args: 'mentor' });
  });

  it('drops a command addressed to another bot', () => {
    expect(toIncoming(message({ text: '/start@other_bot', entities: [{ type: 'bot_command', offset: 0, length: 16 }] }), BOT)).toBeNull();
  });

  it('takes a message whose command is not at the start as text', () => {
    const inc = toIncoming(message({ text: 'see /help', entities: [{ type: 'bot_command', offset: 4, length: 5 }] }), BOT);
    expect(inc).toMatchObject({ kind: 'text', text: 'see /help' });
    // and a slash without an entity is text too
    expect(toIncoming(message({ text: '/start' }), BOT)).toMatchObject({ kind: 'text', text: '/start' });
  });

  it('maps text with its reply-to message id, and a supergroup as a group', () => {
    const inc = toIncoming(
      message({ text: 'hello', reply_to_message: { message_id: 3, date: 1, chat: privateChat } }, { id: -100123, type: 'supergroup', title: 'Школа' }),
      BOT,
    );
    expect(inc).toMatchObject({ kind: 'text', text: 'hello', replyToMessageId: '3', messageId: '7' });
    expect(inc?.from).toMatchObject({ chatId: '-100123', chatType: 'group', userId: '501' });
  });

  it('maps the largest photo with its caption', () => {
    const inc = toIncoming(
      message({
        caption: 'план урока',
        photo: [
          { file_id: 'small', file_unique_id: 's', width: 90, height: 90, file_size: 1000 },
          { file_id: 'big', file_unique_id: 'b', width: 1280, height: 960, file_size: 90000 },
          { file_id: 'mid', file_unique_id: 'm', width: 320, height: 240, file_size: 9000 },
        ],
      }),
      BOT,
    );
    expect(inc).toMatchObject({
      kind: 'file',
      caption: 'план урока',
      file: { platform: 'telegram', fileId: 'big', kind: 'photo', size: 90000, mime: 'image/jpeg' },
    });
  });

  it('maps a document, a voice, an audio and a video', () => {
    const doc = toIncoming(
      message({ document: { file_id: 'D1', file_unique_id: 'd', file_name: 'plan.pdf', mime_type: 'application/pdf', file_size: 12345 } }),
      BOT,
    );
    expect(doc).toEqual(
      expect.objectContaining({
        kind: 'file',
        file: { platform: 'telegram', fileId: 'D1', kind: 'document', name: 'plan.pdf', mime: 'application/pdf', size: 12345 },
      }),
    );
    expect(doc).not.toHaveProperty('caption');
    expect(toIncoming(message({ voice: { file_id: 'V1', file_unique_id: 'v', duration: 3 } }), BOT)).toMatchObject({
      kind: 'file',
      file: { fileId: 'V1', kind: 'voice', mime: 'audio/ogg' },
    });
    expect(
      toIncoming(message({ audio: { file_id: 'A1', file_unique_id: 'a', duration: 3, mime_type: 'audio/mpeg', file_name: 'a.mp3' } }), BOT),
    ).toMatchObject({ kind: 'file', file: { fileId: 'A1', kind: 'audio', name: 'a.mp3', mime: 'audio/mpeg' } });
    expect(
      toIncoming(message({ video: { file_id: 'M1', file_unique_id: 'm', duration: 3, width: 1, height: 1 } }), BOT),
    ).toMatchObject({ kind: 'file', file: { fileId: 'M1', kind: 'video' } });
  });

  it('maps stickers, locations, polls, contacts and GIFs as unsupported', () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ sticker: { file_id: 'S', file_unique_id: 's', type: 'regular', width: 1, height: 1, is_animated: false, is_video: false } }, 'sticker'],
      [{ location: { latitude: 55.7, longitude: 37.6 } }, 'location'],
      [{ poll: { id: 'p', question: 'q', options: [], total_voter_count: 0, is_closed: false, is_anonymous: true, type: 'regular', allows_multiple_answers: false } }, 'poll'],
      [{ contact: { phone_number: '+7', first_name: 'A' } }, 'contact'],
      [{ animation: { file_id: 'G', file_unique_id: 'g', width: 1, height: 1, duration: 1 }, document: { file_id: 'G', file_unique_id: 'g' } }, 'animation'],
    ];
    for (const [fields, what] of cases) {
      expect(toIncoming(message(fields), BOT)).toMatchObject({ kind: 'unsupported', what, updateId: '1000' });
    }
  });

  it('drops service messages', () => {
    expect(toIncoming(message({ new_chat_members: [person] }, { id: -5, type: 'group', title: 'g' }), BOT)).toBeNull();
    expect(toIncoming(message({ pinned_message: { message_id: 1, date: 1, chat: privateChat } }), BOT)).toBeNull();
  });
});

describe('toIncoming: button presses', () => {
  it('maps a callback query to an action with the message that carried the button', () => {
    const update = {
      update_id: 2000,
      callback_query: {
        id: 'cbq-1',
        from: person,
        chat_instance: 'ci',
        data: 'offer.take:42',
        message: { message_id: 88, date: 1, chat: privateChat, from: { id: BOT.id, is_bot: true, first_name: 'Bot' }, text: 'offer' },
      },
    } as unknown as Update;
    expect(toIncoming(update, BOT)).toEqual({
      updateId: '2000',
      kind: 'action',
      data: 'offer.take:42',
      messageId: '88',
      from: { platform: 'telegram', userId: '501', chatId: '501', chatType: 'private', displayName: 'Анна Петрова', languageCode: 'ru' },
    });
  });

  it('falls back to the person as the chat for a button without a message', () => {
    const update = { update_id: 2001, callback_query: { id: 'x', from: person, chat_instance: 'ci', inline_message_id: 'im', data: 'a' } } as unknown as Update;
    const inc = toIncoming(update, BOT);
    expect(inc).toMatchObject({ kind: 'action', data: 'a', from: { chatId: '501', chatType: 'private' } });
    expect(inc).not.toHaveProperty('messageId');
  });
});

describe('toIncoming: membership', () => {
  const group = { id: -100777, type: 'supergroup' as const, title: 'Методобъединение' };
  const me = { id: BOT.id, is_bot: true, first_name: 'Bot', username: BOT.username };
  function membership(oldStatus: string, newStatus: string, chat: Record<string, unknown> = group): Update {
    return {
      update_id: 3000,
      my_chat_member: {
        chat,
        from: person,
        date: 1,
        old_chat_member: { status: oldStatus, user: me },
        new_chat_member: { status: newStatus, user: me },
      },
    } as unknown as Update;
  }

  it('maps the bot added to a group as joined_group, from the person who added it', () => {
    expect(toIncoming(membership('left', 'member'), BOT)).toEqual({
      updateId: '3000',
      kind: 'joined_group',
      from: expect.objectContaining({ userId: '501', chatId: '-100777', chatType: 'group' }),
    });
    expect(toIncoming(membership('kicked', 'administrator', { id: -100888, type: 'channel', title: 'c' }), BOT)).toMatchObject({
      kind: 'joined_group',
      from: { chatType: 'channel' },
    });
  });

  it('ignores the bot leaving, being promoted, and private blocks', () => {
    expect(toIncoming(membership('member', 'left'), BOT)).toBeNull();
    expect(toIncoming(membership('member', 'administrator'), BOT)).toBeNull();
    expect(toIncoming(membership('member', 'kicked', privateChat), BOT)).toBeNull();
  });
});

describe('toIncoming: other updates', () => {
  it('maps an edited message from a person as unsupported', () => {
    const update = { update_id: 4000, edited_message: { message_id: 1, date: 1, edit_date: 2, chat: privateChat, from: person, text: 'x' } } as unknown as Update;
    expect(toIncoming(update, BOT)).toMatchObject({ kind: 'unsupported', what: 'edited_message', from: { userId: '501' } });
  });

  it('drops updates without a person', () => {
    const update = { update_id: 4001, channel_post: { message_id: 1, date: 1, chat: { id: -1, type: 'channel', title: 'c' }, text: 'x' } } as unknown as Update;
    expect(toIncoming(update, BOT)).toBeNull();
  });
});

describe('parseCommand', () => {
  it('gives null without a leading bot_command entity', () => {
    expect(parseCommand({ text: 'hello' })).toBeNull();
    expect(parseCommand({ text: '/x', entities: [{ type: 'bold', offset: 0, length: 2 }] })).toBeNull();
  });
  it('keeps the args verbatim apart from trimming', () => {
    expect(parseCommand({ text: '/find  Иванова  Мария', entities: [{ type: 'bot_command', offset: 0, length: 5 }] })).toEqual({
      command: 'find',
      args: 'Иванова  Мария',
    });
  });
});
