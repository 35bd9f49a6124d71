import { describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * `npm start` with no token, as a visitor runs it: it serves the page, a second instance on the
 * same database is refused, and SIGTERM stops it cleanly (the lock is released).
 */

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

function run(env: Record<string, string>) {
  const child = spawn('npm', ['start', '--silent'], {
    env: { ...process.env, TELEGRAM_BOT_TOKEN: '', VK_GROUP_TOKEN: '', PLAYGROUND: '', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
}

async function waitForPage(url: string, proc: { child: ChildProcess; output: () => string }): Promise<Response> {
  for (let i = 0; i < 200; i++) {
    if (proc.child.exitCode !== null) throw new Error(`the bot exited: ${proc.output()}`);
    try {
      return await fetch(url);
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`no page at ${url}: ${proc.output()}`);
}

describe('npm start with no token', () => {
  it('serves the playground, refuses a second instance, and stops cleanly on SIGTERM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'playground-main-'));
    const databasePath = join(dir, 'playground.db');
    const port = await freePort();
    const metricsPort = await freePort();
    const first = run({ DATABASE_PATH: databasePath, PLAYGROUND_PORT: String(port), METRICS_PORT: String(metricsPort) });
    try {
      const page = await waitForPage(`http://127.0.0.1:${port}/`, first);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('/app.js');
      expect(first.output()).toContain(`The playground is open: http://127.0.0.1:${port}/`);
      const people = (await (await fetch(`http://127.0.0.1:${port}/api/people`)).json()) as { people: unknown[] };
      expect(people.people).toHaveLength(10);
      // The operations endpoint is up beside it (what Docker's HEALTHCHECK asks).
      const health = await waitForPage(`http://127.0.0.1:${metricsPort}/healthz`, first);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ ok: true, adapters: { local: { connected: true } } });

      const second = run({ DATABASE_PATH: databasePath, PLAYGROUND_PORT: String(await freePort()) });
      expect(await second.exited).toBe(1);
      expect(second.output()).toContain('another instance of the bot');
    } finally {
      first.child.kill('SIGTERM');
    }
    expect(await first.exited).toBe(0);
    expect(existsSync(`${databasePath}.lock`)).toBe(false);
  }, 60_000);
});
