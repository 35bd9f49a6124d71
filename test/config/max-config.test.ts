import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

const TOKEN = 'f9LHodD0cOLW7qZQo5Yp4sWNbFSb7DnBL1K2N5O5vMYCShXQUyMx0IUn';

describe('MAX settings', () => {
  it('is on when the token is set, long polling against MAX by default', () => {
    const config = loadConfig({ MAX_BOT_TOKEN: TOKEN });
    expect(config.max).toEqual({ token: TOKEN, apiBaseUrl: undefined, webhook: undefined });
    expect(config.playground.enabled).toBe(false);
    expect(config.databasePath).toBe('data/nastavnik.db');
    expect(loadConfig({}).max).toBeUndefined();
  });

  it('takes a base URL (tests point it at a fake) and a webhook with its secret', () => {
    const config = loadConfig({
      MAX_BOT_TOKEN: TOKEN,
      MAX_API_BASE_URL: 'http://127.0.0.1:9999/',
      MAX_WEBHOOK_URL: 'https://bot.school.example/max',
      MAX_WEBHOOK_SECRET: 'a-secret_123',
      MAX_WEBHOOK_PORT: '9100',
    });
    expect(config.max).toEqual({
      token: TOKEN,
      apiBaseUrl: 'http://127.0.0.1:9999/',
      webhook: { url: 'https://bot.school.example/max', secret: 'a-secret_123', port: 9100 },
    });
  });

  it('names the bad variable and never shows the values', () => {
    const bad = (env: Record<string, string>, name: string) => {
      try {
        loadConfig(env);
        expect.unreachable();
      } catch (err) {
        expect(err).toBeInstanceOf(ConfigError);
        expect((err as Error).message).toContain(name);
        expect((err as Error).message).not.toContain(TOKEN);
      }
    };
    bad({ MAX_BOT_TOKEN: TOKEN, MAX_WEBHOOK_URL: 'https://bot.example/max' }, 'MAX_WEBHOOK_SECRET');
    bad({ MAX_BOT_TOKEN: TOKEN, MAX_WEBHOOK_URL: 'http://bot.example/max', MAX_WEBHOOK_SECRET: 'secret1' }, 'MAX_WEBHOOK_URL');
    bad({ MAX_BOT_TOKEN: TOKEN, MAX_WEBHOOK_URL: 'https://bot.example/max', MAX_WEBHOOK_SECRET: 'bad secret!' }, 'MAX_WEBHOOK_SECRET');
    bad({ MAX_BOT_TOKEN: 'short' }, 'MAX_BOT_TOKEN');
  });
});
