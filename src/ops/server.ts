import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Registry } from 'prom-client';
import type { Logger } from '../log.js';
import type { HealthCheck } from './health.js';

/**
 * The operations endpoint: GET /healthz (200 healthy / 503 not, JSON naming the problems) and
 * GET /metrics (Prometheus). Bound to 127.0.0.1 unless METRICS_HOST says otherwise: it is for
 * the machine's own checks (Docker's HEALTHCHECK, a local Prometheus), not for the internet.
 */
export interface OpsServer {
  port: number;
  url: string;
  stop(): Promise<void>;
}

export async function startOpsServer(opts: {
  host: string;
  port: number;
  health: HealthCheck;
  metrics: Registry;
  log: Logger;
}): Promise<OpsServer> {
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET' }).end();
      return;
    }
    if (path === '/healthz') {
      let body: string;
      let status: number;
      try {
        const h = opts.health.check();
        status = h.ok ? 200 : 503;
        body = JSON.stringify(h);
      } catch (err) {
        status = 503;
        body = JSON.stringify({ ok: false, problems: ['the health check failed'] });
        opts.log.error({ err }, 'health check failed');
      }
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }).end(body);
      return;
    }
    if (path === '/metrics') {
      opts.metrics.metrics().then(
        (text) => res.writeHead(200, { 'content-type': opts.metrics.contentType }).end(text),
        (err: unknown) => {
          opts.log.error({ err }, 'metrics failed');
          res.writeHead(500).end();
        },
      );
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found: try /healthz or /metrics\n');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    url: `http://${opts.host.includes(':') ? `[${opts.host}]` : opts.host}:${port}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
