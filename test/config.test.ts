import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { ConfigError, loadConfig } from '../src/config.js';
import { acquireInstanceLock, InstanceLockedError } from '../src/db/instance-lock.js';

describe('config', () => {
  it('has defaults that run the playground when no messenger is configured', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      databasePath: 'data/playground.db',
      defaultTimezone: 'Europe/Moscow',
      defaultLanguage: 'ru',
      playground: { enabled: true, port: 3000, host: '127.0.0.1' },
    });
    expect(c.telegram).toBeUndefined();
  });

  it('inbound limits: unset ones are left to the core defaults; a bad one is named', () => {
    expect(loadConfig({}).limits).toEqual({});
    expect(loadConfig({ INBOUND_STRANGER_PER_HOUR: '5', WRONG_CODES_COOLDOWN_MINUTES: '30' }).limits).toEqual({ strangerAnswersPerHour: 5, codeCooldownMinutes: 30 });
    expect(() => loadConfig({ INBOUND_MEMBER_PER_MINUTE: '0' })).toThrow(/INBOUND_MEMBER_PER_MINUTE/);
  });

  it('turns Telegram on with a token and the playground off unless asked', () => {
    const token = '123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdef';
    const c = loadConfig({ TELEGRAM_BOT_TOKEN: token, TELEGRAM_API_ROOT: 'http://127.0.0.1:9001' });
    expect(c.telegram).toEqual({ token, apiRoot: 'http://127.0.0.1:9001', webhook: undefined });
    expect(c.playground.enabled).toBe(false);
    expect(c.databasePath).toBe('data/nastavnik.db');
    expect(loadConfig({ DATABASE_PATH: 'x/y.db' }).databasePath).toBe('x/y.db');
    expect(loadConfig({ TELEGRAM_BOT_TOKEN: token, PLAYGROUND: 'on' }).playground.enabled).toBe(true);
  });

  it('names every bad variable and never prints a secret', () => {
    const secret = 'not-a-token-but-secret-value-42';
    try {
      loadConfig({ TELEGRAM_BOT_TOKEN: secret, DEFAULT_TIMEZONE: 'Mars/Olympus', PLAYGROUND_PORT: 'abc', TELEGRAM_WEBHOOK_URL: 'https://x.example/hook' });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const message = (err as Error).message;
      expect(message).toContain('TELEGRAM_BOT_TOKEN');
      expect(message).toContain('DEFAULT_TIMEZONE');
      expect(message).toContain('PLAYGROUND_PORT');
      expect(message).not.toContain(secret);
    }
  });

  it('asks for the webhook secret with the webhook URL', () => {
    expect(() => loadConfig({ TELEGRAM_BOT_TOKEN: '123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdef', TELEGRAM_WEBHOOK_URL: 'https://x.example/hook' })).toThrow(
      /TELEGRAM_WEBHOOK_SECRET is required/,
    );
  });
});

describe('one instance per database', () => {
  it('a second instance is refused while the first lives; a stale lock is taken over', () => {
    const db = `${mkdtempSync(`${tmpdir()}/lock-`)}/bot.db`;
    const release = acquireInstanceLock(db);
    // Pretend another live process holds it: pid 1 always exists.
    release();
    writeFileSync(`${db}.lock`, '1');
    expect(() => acquireInstanceLock(db)).toThrow(InstanceLockedError);
    writeFileSync(`${db}.lock`, '999999999');
    const again = acquireInstanceLock(db);
    again();
  });
});
