/**
 * The webhook endpoint: a bare node:http server. Telegram proves itself with the secret token
 * header set by setWebhook; anything else gets 401 before its body is read. The answer is sent
 * only after the update was handled, so an update is never acknowledged before it is stored.
 * Bodies are never logged.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Update } from 'grammy/types';
import type { Logger } from '../../log.js';

export const SECRET_HEADER = 'x-telegram-bot-api-secret-token';

/** Telegram's updates are small; a megabyte is far above any real one. */
const MAX_BODY_BYTES = 1024 * 1024;

export interface WebhookServerOptions {
  secret: string;
  port: number;
  host?: string;
  logger: Logger;
  /** Handles one update; the HTTP answer waits for it. */
  handle(update: Update): Promise<void>;
}

export interface WebhookServer {
  /** The port actually listened on (useful when 0 was asked for). */
  readonly port: number;
  /** Stop accepting requests and close the server once the requests in flight are answered. */
  close(): Promise<void>;
}

/**
 * Compares the header with the secret in constant time. Both sides are hashed first, so the
 * buffers given to timingSafeEqual always have the same length and the secret's length does not
 * leak either.
 */
export function secretMatches(given: string | string[] | undefined, secret: string): boolean {
  if (typeof given !== 'string' || given === '') return false;
  const a = createHash('sha256').update(given, 'utf8').digest();
  const b = createHash('sha256').update(secret, 'utf8').digest();
  return timingSafeEqual(a, b);
}

function readBody(req: IncomingMessage): Promise<Buffer | 'too_large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      if (tooLarge) return;
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        tooLarge = true;
        chunks.length = 0;
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? 'too_large' : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function isUpdate(value: unknown): value is Update {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { update_id?: unknown }).update_id === 'number'
  );
}

function answer(res: ServerResponse, status: number): void {
  if (res.headersSent) return;
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'content-length': '0' });
  res.end();
}

export async function startWebhookServer(options: WebhookServerOptions): Promise<WebhookServer> {
  const log = options.logger;
  let closing = false;

  const server: Server = createServer((req, res) => {
    void (async () => {
      if (closing) {
        req.resume();
        // Telegram retries later; the next instance takes it.
        answer(res, 503);
        return;
      }
      if (req.method !== 'POST') {
        req.resume();
        answer(res, 405);
        return;
      }
      if (!secretMatches(req.headers[SECRET_HEADER], options.secret)) {
        req.resume();
        log.warn({ status: 401 }, 'telegram webhook: request without the right secret token refused');
        answer(res, 401);
        return;
      }
      let body: Buffer | 'too_large';
      try {
        body = await readBody(req);
      } catch {
        answer(res, 400);
        return;
      }
      if (body === 'too_large') {
        answer(res, 413);
        return;
      }
      let update: unknown;
      try {
        update = JSON.parse(body.toString('utf8'));
      } catch {
        log.warn({ status: 400 }, 'telegram webhook: body is not JSON');
        answer(res, 400);
        return;
      }
      if (!isUpdate(update)) {
        log.warn({ status: 400 }, 'telegram webhook: body is not an update');
        answer(res, 400);
        return;
      }
      try {
        await options.handle(update);
      } catch (err) {
        // The handler has its own error boundary; this is a last resort. Answer 200 anyway:
        // one bad update must not make Telegram hold back the ones after it.
        log.error({ updateId: update.update_id, err: (err as Error)?.name }, 'telegram webhook: update failed');
      }
      answer(res, 200);
    })();
  });
  server.on('clientError', (_err, socket) => {
    socket.destroy();
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '0.0.0.0', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  log.info({ port }, 'telegram webhook server listening');

  return {
    port,
    close() {
      closing = true;
      return new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
    },
  };
}
