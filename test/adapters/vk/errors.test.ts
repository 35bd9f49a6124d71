import { describe, expect, it } from 'vitest';
import { resultForThrown, resultForVkError } from '../../../src/adapters/vk/errors.js';
import { htmlToPlain } from '../../../src/adapters/vk/message-text.js';
import { randomIdFor } from '../../../src/adapters/vk/random-id.js';

describe('VK error mapping', () => {
  it('maps the codes the dispatcher acts on', () => {
    expect(resultForVkError(6)).toMatchObject({ reason: 'rate_limited', retryAfterMs: 1000 });
    expect(resultForVkError(9)).toMatchObject({ reason: 'rate_limited', retryAfterMs: 10_000 });
    expect(resultForVkError(901)).toMatchObject({ reason: 'unreachable', detail: expect.stringContaining('not allowed messages') });
    expect(resultForVkError(902)).toMatchObject({ reason: 'unreachable' });
    expect(resultForVkError(900)).toMatchObject({ reason: 'unreachable' });
    expect(resultForVkError(10)).toMatchObject({ reason: 'transient' });
    expect(resultForVkError(5)).toMatchObject({ reason: 'transient' });
    expect(resultForVkError(914, 'Message is too long')).toEqual({ ok: false, reason: 'rejected', detail: 'vk error 914: Message is too long' });
  });

  it('maps thrown errors: vk-io API errors by code, anything else as transient', () => {
    const apiError = Object.assign(new Error('Code №901 - no'), { name: 'APIError', code: 901 });
    expect(resultForThrown(apiError)).toMatchObject({ reason: 'unreachable' });
    expect(resultForThrown(new Error('ECONNRESET'))).toMatchObject({ reason: 'transient', detail: 'network: ECONNRESET' });
    expect(resultForThrown('weird')).toMatchObject({ reason: 'transient' });
  });
});

describe('random_id', () => {
  it('is the same for the same key, a positive int32, distinct per page and per batch', () => {
    expect(randomIdFor(12345)).toBe(randomIdFor(12345));
    expect(randomIdFor(12345)).not.toBe(randomIdFor(12346));
    for (const key of [1, 2 ** 31, 2 ** 40 + 7, 0, -5]) {
      const id = randomIdFor(key);
      expect(Number.isInteger(id) && id >= 1 && id <= 2_147_483_647).toBe(true);
    }
    expect(randomIdFor(7, 1)).not.toBe(randomIdFor(7, 0));
    expect(randomIdFor(7, 1)).toBe(randomIdFor(7, 1));
    expect(randomIdFor(7, 0, '1,2')).not.toBe(randomIdFor(7, 0, '1'));
  });
});

describe('HTML to VK text', () => {
  it('drops tags, keeps link URLs, decodes entities once', () => {
    expect(htmlToPlain('<b>Жирный</b> и <i>курсив</i>')).toBe('Жирный и курсив');
    expect(htmlToPlain('См. <a href="https://a.ru/x?a=1&amp;b=2">здесь</a>')).toBe('См. здесь (https://a.ru/x?a=1&b=2)');
    expect(htmlToPlain('<a href="https://a.ru">https://a.ru</a>')).toBe('https://a.ru');
    expect(htmlToPlain('1 &lt; 2 &amp;&amp; &amp;lt;b&amp;gt;<br>строка')).toBe('1 < 2 && &lt;b&gt;\nстрока');
  });
});
