/**
 * VK drops a messages.send that repeats a recent `random_id`, which makes a resend after a
 * crash harmless. The id is derived from the outbox row's idempotency key, a positive int32:
 * the key itself for the first message of a delivery (outbox ids never collide with each other),
 * a hash of key, part and salt otherwise (the follow-up pages of one delivery; a batch, whose
 * salt is the list of chats it addresses).
 */

const INT32_MAX = 2_147_483_647;

/** FNV-1a, 32 bits. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function randomIdFor(idempotencyKey: number, part = 0, salt = ''): number {
  if (part === 0 && salt === '' && Number.isSafeInteger(idempotencyKey) && idempotencyKey >= 1) {
    return ((idempotencyKey - 1) % INT32_MAX) + 1;
  }
  const h = fnv1a(`${idempotencyKey}#${part}#${salt}`) & INT32_MAX;
  return h === 0 ? 1 : h;
}
