/**
 * VK Callback API receiver (node:http). VK POSTs one JSON update at a time:
 * - `confirmation` → the confirmation string (VK checks the server with it);
 * - anything else must carry the community's secret key (compared in constant time) and our
 *   group id; the answer "ok" is sent only after the update was handed over and the handler
 *   resolved (stored), so a crash before that makes VK send the update again.
 * A handler failure answers 500: VK retries.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../../log.js';

export interface CallbackServerOptions {
  port: number;
  host?: string;
  /** Only this path is served (default "/"). */
  path?: string;
  confirmation: string;
  secret: string;
  groupId: number;
  /** Resolves when the update is safely handled; a rejection makes VK retry. */
  onUpdate(update: Record<string, unknown>): Promise<void>;
  logger: Logger;
}

const MAX_BODY_BYTES = 1_000_000;

/** Equal strings, compared in time that does not depend on where they differ. */
export function secretsEqual(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given, 'utf8').digest();
  const b = createHash('sha256').update(expected, 'utf8').digest();
  return timingSafeEqual(a, b) && given.length === expected.length;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > MAX_BODY_BYTES) throw new Error('body too large');
    chunks.push(buf);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export class CallbackServer {
  private server?: Server;
  private readonly inFlight = new Set<Promise<void>>();

  constructor(private readonly options: CallbackServerOptions) {}

  /** The port actually listened on (useful with port 0 in tests). */
  get port(): number {
    const addr = this.server?.address() as AddressInfo | null | undefined;
    return addr?.port ?? 0;
  }

  async start(): Promise<void> {
    const server = createServer((req, res) => {
      const task = this.handle(req, res).catch((err: unknown) => {
        this.options.logger.error({ err: (err as Error).message }, 'vk callback: request failed');
        if (!res.headersSent) res.writeHead(500).end();
      });
      this.inFlight.add(task);
      void task.finally(() => this.inFlight.delete(task));
    });
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.options.port, this.options.host ?? '0.0.0.0', () => {
        server.off('error', reject);
        resolve();
      });
    });
  }

  /** Stops taking requests; resolves when the requests in flight are answered. */
  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    await Promise.allSettled([...this.inFlight]);
    server.closeAllConnections();
    await closed;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { logger } = this.options;
    const path = (req.url ?? '/').split('?')[0];
    if (req.method !== 'POST' || path !== (this.options.path ?? '/')) {
      res.writeHead(404).end();
      return;
    }
    let body: unknown;
    try {
      body = JSON.parse(await readBody(req));
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      res.writeHead(400).end();
      return;
    }
    const update = body as Record<string, unknown>;
    if (Number(update.group_id) !== this.options.groupId) {
      logger.warn({ groupId: update.group_id }, 'vk callback: update for another community refused');
      res.writeHead(403).end();
      return;
    }
    if (update.type === 'confirmation') {
      res.writeHead(200, { 'content-type': 'text/plain' }).end(this.options.confirmation);
      return;
    }
    if (typeof update.secret !== 'string' || !secretsEqual(update.secret, this.options.secret)) {
      logger.warn({ type: update.type }, 'vk callback: wrong secret, refused');
      res.writeHead(403).end();
      return;
    }
    try {
      await this.options.onUpdate(update);
    } catch (err) {
      logger.error({ type: update.type, eventId: update.event_id, err: (err as Error).message }, 'vk callback: update not handled, VK will retry');
      res.writeHead(500).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
  }
}
