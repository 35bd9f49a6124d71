/**
 * The bot as it runs in production (`src/main.ts`, a process of its own) with only MAX
 * configured, against the fake MAX API: it identifies, publishes its commands, polls, answers
 * the first person (the bootstrap code through a deep link), keeps its marker next to the
 * database, and when the token is revoked it logs why and stops with an error instead of spinning.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialogOf, FakeMaxServer } from '../support/fake-max-server.js';

const TOKEN = 'max-test-token-0123456789abcdef';
const BOOTSTRAP = 'bootstrap-max-1';
const USER = 9501;

let fake: FakeMaxServer;
let dir: string;
let child: ChildProcess;
let output = '';
let exited: Promise<number | null>;

beforeAll(async () => {
  fake = await FakeMaxServer.start({ token: TOKEN });
  dir = mkdtempSync(join(tmpdir(), 'nastavnik-max-'));
  child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: {
      PATH: process.env.PATH,
      MAX_BOT_TOKEN: TOKEN,
      MAX_API_BASE_URL: fake.apiBaseUrl,
      DATABASE_PATH: join(dir, 'bot.db'),
      BOOTSTRAP_CODE: BOOTSTRAP,
      PLAYGROUND: 'off',
      METRICS: 'off',
      BACKUP: 'off',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (c: Buffer) => (output += c.toString('utf8')));
  child.stderr!.on('data', (c: Buffer) => (output += c.toString('utf8')));
  exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
}, 30_000);

afterAll(async () => {
  if (child.exitCode === null) child.kill('SIGTERM');
  await exited;
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the bot process with MAX', () => {
  it('polls MAX, publishes its commands and answers the first person', async () => {
    await fake.waitFor(() => fake.callsOf('GET /updates').length > 0, `the bot to poll (output: ${output})`, 30_000);
    await fake.waitFor(() => fake.commands.length > 0, 'the command list');
    expect(fake.commands.map((c) => c.name)).toContain('help');
    fake.pushBotStarted({ userId: USER, payload: BOOTSTRAP });
    const reply = await fake.waitFor(() => fake.messagesTo(dialogOf(USER))[0], 'the answer', 15_000);
    expect(reply.keyboard?.flat().some((b) => b.type === 'callback')).toBe(true);
    await fake.waitFor(() => existsSync(join(dir, 'bot.db.max-marker')), 'the marker file next to the database');
    expect(output).not.toContain(TOKEN);
  }, 40_000);

  it('a second process for the same bot and database stops at once with a clear message, the first goes on', async () => {
    const second = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: { PATH: process.env.PATH, MAX_BOT_TOKEN: TOKEN, MAX_API_BASE_URL: fake.apiBaseUrl, DATABASE_PATH: join(dir, 'bot.db'), PLAYGROUND: 'off', METRICS: 'off', BACKUP: 'off' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let said = '';
    second.stderr!.on('data', (c: Buffer) => (said += c.toString('utf8')));
    const polls = fake.callsOf('GET /updates').length;
    const code = await new Promise<number | null>((resolve) => second.on('exit', resolve));
    expect(code).toBe(1);
    expect(said).toMatch(/another instance of the bot/);
    fake.pushMessage({ userId: USER, text: 'я здесь' });
    await fake.waitFor(() => fake.messagesTo(dialogOf(USER)).length > 1, 'the first process answering', 15_000);
    // The poll that brought the message may have been open before the count: wait for the next one.
    await fake.waitFor(() => fake.callsOf('GET /updates').length > polls, 'the first process polling on', 15_000);
  }, 40_000);

  it('a revoked token: one clear log line, and the process stops with an error', async () => {
    fake.revoke();
    const code = await exited;
    expect(code).toBe(1);
    expect(output).toMatch(/token was refused.*MAX_BOT_TOKEN/);
    expect(output).not.toContain(TOKEN);
  }, 30_000);
});
