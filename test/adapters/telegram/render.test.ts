import { describe, expect, it } from 'vitest';
import { InputFile } from 'grammy';
import {
  chatIdOf,
  editMarkup,
  fileInput,
  inlineKeyboard,
  menuKeyboard,
  RenderError,
  replyParameters,
  sendMarkup,
} from '../../../src/adapters/telegram/render.js';
import { secretMatches } from '../../../src/adapters/telegram/webhook.js';

describe('render', () => {
  it('turns buttons into an inline keyboard with callback data, urls and styles', () => {
    expect(
      inlineKeyboard([
        [{ label: 'Взять', action: 'offer.take:1', style: 'positive' }, { label: 'Нет', action: 'offer.skip:1', style: 'negative' }],
        [{ label: 'Сайт', url: 'https://example.org' }],
      ]),
    ).toEqual({
      inline_keyboard: [
        [
          { text: 'Взять', callback_data: 'offer.take:1', style: 'success' },
          { text: 'Нет', callback_data: 'offer.skip:1', style: 'danger' },
        ],
        [{ text: 'Сайт', url: 'https://example.org' }],
      ],
    });
  });

  it('refuses a button without action and url, or with an action over 64 bytes', () => {
    expect(() => inlineKeyboard([[{ label: 'x' }]])).toThrow(RenderError);
    expect(() => inlineKeyboard([[{ label: 'x', action: 'a'.repeat(65) }]])).toThrow(RenderError);
  });

  it('turns a menu into a persistent reply keyboard, and [] into its removal', () => {
    expect(menuKeyboard([['Задать вопрос', 'Профиль'], ['Помощь']])).toEqual({
      keyboard: [[{ text: 'Задать вопрос' }, { text: 'Профиль' }], [{ text: 'Помощь' }]],
      resize_keyboard: true,
      is_persistent: true,
    });
    expect(menuKeyboard([])).toEqual({ remove_keyboard: true });
  });

  it('lets buttons win over a menu, and sends no markup without either', () => {
    expect(sendMarkup({ text: 't', buttons: [[{ label: 'a', action: 'a' }]], menu: [['m']] })).toEqual({
      inline_keyboard: [[{ text: 'a', callback_data: 'a' }]],
    });
    expect(sendMarkup({ text: 't', menu: [] })).toEqual({ remove_keyboard: true });
    expect(sendMarkup({ text: 't' })).toBeUndefined();
  });

  it('edits without buttons to an empty inline keyboard', () => {
    expect(editMarkup({ text: 't' })).toEqual({ inline_keyboard: [] });
  });

  it('builds reply parameters and chat ids', () => {
    expect(replyParameters('15')).toEqual({ reply_parameters: { message_id: 15, allow_sending_without_reply: true } });
    expect(replyParameters(undefined)).toEqual({});
    expect(replyParameters('abc')).toEqual({});
    expect(chatIdOf('-100123')).toBe(-100123);
    expect(chatIdOf('@channel')).toBe('@channel');
  });

  it('uploads bytes and re-sends a Telegram file by id, never a file of another platform', () => {
    expect(fileInput({ kind: 'document', name: 'a.txt', source: { type: 'bytes', base64: Buffer.from('hi').toString('base64') } })).toBeInstanceOf(InputFile);
    expect(
      fileInput({ kind: 'photo', name: 'p.jpg', source: { type: 'platform', ref: { platform: 'telegram', fileId: 'AgAD', kind: 'photo' } } }),
    ).toBe('AgAD');
    expect(() =>
      fileInput({ kind: 'photo', name: 'p.jpg', source: { type: 'platform', ref: { platform: 'vk', fileId: 'photo1_2', kind: 'photo' } } }),
    ).toThrow(RenderError);
  });
});

describe('webhook secret', () => {
  const secret = 'correct-horse-battery-staple-0123';
  it('matches only the exact secret', () => {
    expect(secretMatches(secret, secret)).toBe(true);
    expect(secretMatches(secret + 'x', secret)).toBe(false);
    expect(secretMatches('short', secret)).toBe(false);
    expect(secretMatches('', secret)).toBe(false);
    expect(secretMatches(undefined, secret)).toBe(false);
    expect(secretMatches([secret, secret], secret)).toBe(false);
  });
});
