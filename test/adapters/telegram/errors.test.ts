import { describe, expect, it } from 'vitest';
import { GrammyError, HttpError } from 'grammy';
import { isNotModified, scrubToken, toDeliveryFailure } from '../../../src/adapters/telegram/errors.js';

function grammyError(error_code: number, description: string, parameters: Record<string, unknown> = {}): GrammyError {
  return new GrammyError('Call to sendMessage failed!', { ok: false, error_code, description, parameters }, 'sendMessage', {});
}

describe('toDeliveryFailure', () => {
  it('maps 429 to rate_limited with retry_after in milliseconds', () => {
    expect(toDeliveryFailure(grammyError(429, 'Too Many Requests: retry after 7', { retry_after: 7 }))).toEqual({
      ok: false,
      reason: 'rate_limited',
      retryAfterMs: 7000,
      detail: '429: Too Many Requests: retry after 7',
    });
  });

  it('waits a second on a 429 without retry_after', () => {
    expect(toDeliveryFailure(grammyError(429, 'Too Many Requests'))).toMatchObject({ reason: 'rate_limited', retryAfterMs: 1000 });
  });

  it('maps 403 (blocked, deactivated) to unreachable', () => {
    expect(toDeliveryFailure(grammyError(403, 'Forbidden: bot was blocked by the user'))).toEqual({
      ok: false,
      reason: 'unreachable',
      detail: '403: Forbidden: bot was blocked by the user',
    });
    expect(toDeliveryFailure(grammyError(403, 'Forbidden: user is deactivated'))).toMatchObject({ reason: 'unreachable' });
  });

  it('maps 400 to rejected with the description', () => {
    expect(toDeliveryFailure(grammyError(400, "Bad Request: can't parse entities"))).toEqual({
      ok: false,
      reason: 'rejected',
      detail: "400: Bad Request: can't parse entities",
    });
    expect(toDeliveryFailure(grammyError(400, 'Bad Request: group chat was upgraded to a supergroup chat', { migrate_to_chat_id: -1001 }))).toMatchObject({
      reason: 'rejected',
      detail: expect.stringContaining('-1001'),
    });
  });

  it('maps a 400 about a chat that does not exist to unreachable', () => {
    expect(toDeliveryFailure(grammyError(400, 'Bad Request: chat not found'))).toMatchObject({ reason: 'unreachable' });
  });

  it('maps 5xx, 401 and answers without a code to transient', () => {
    expect(toDeliveryFailure(grammyError(502, 'Bad Gateway'))).toMatchObject({ reason: 'transient', detail: '502: Bad Gateway' });
    expect(toDeliveryFailure(grammyError(401, 'Unauthorized'))).toMatchObject({ reason: 'transient' });
    const noCode = new GrammyError('x', { ok: false, error_code: undefined as unknown as number, description: undefined as unknown as string }, 'm', {});
    expect(toDeliveryFailure(noCode)).toMatchObject({ reason: 'transient' });
  });

  it('maps a network failure to transient, naming the code and not the URL', () => {
    const inner = Object.assign(new Error('request to http://127.0.0.1:1/bot123:SECRET/sendMessage failed'), { code: 'ECONNREFUSED' });
    const result = toDeliveryFailure(new HttpError("Network request for 'sendMessage' failed!", inner));
    expect(result).toMatchObject({ ok: false, reason: 'transient' });
    expect(result.detail).toContain('ECONNREFUSED');
    expect(result.detail).not.toContain('SECRET');
  });

  it('maps anything else to transient', () => {
    expect(toDeliveryFailure(new TypeError('boom'))).toMatchObject({ reason: 'transient', detail: 'unexpected: TypeError' });
    expect(toDeliveryFailure('weird')).toMatchObject({ reason: 'transient' });
  });
});

describe('helpers', () => {
  it('recognises "message is not modified"', () => {
    expect(isNotModified(grammyError(400, 'Bad Request: message is not modified: specified new message content and reply markup are exactly the same'))).toBe(true);
    expect(isNotModified(grammyError(400, 'Bad Request: message to edit not found'))).toBe(false);
  });

  it('scrubs a token out of a text', () => {
    expect(scrubToken('GET /bot1:abc/getMe and /file/bot1:abc/x', '1:abc')).toBe('GET /bot<token>/getMe and /file/bot<token>/x');
  });
});
