import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

const base = { VK_GROUP_TOKEN: 'vk1.a.token', VK_GROUP_ID: '777' };

describe('VK settings', () => {
  it('uses Bots Long Poll without Callback API settings', () => {
    expect(loadConfig(base).vk).toEqual({ token: 'vk1.a.token', groupId: 777, apiBaseUrl: undefined, callback: undefined });
  });

  it('turns the Callback API on with the confirmation string and the secret key', () => {
    const vk = loadConfig({ ...base, VK_CALLBACK_CONFIRMATION: 'a1b2c3d4', VK_CALLBACK_SECRET: 'Secret12345', VK_CALLBACK_PORT: '9001' }).vk;
    expect(vk?.callback).toEqual({ port: 9001, host: '0.0.0.0', confirmation: 'a1b2c3d4', secret: 'Secret12345' });
  });

  it('names the missing half and never shows the values', () => {
    try {
      loadConfig({ ...base, VK_CALLBACK_CONFIRMATION: 'a1b2c3d4' });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      expect((err as Error).message).toContain('VK_CALLBACK_SECRET');
      expect((err as Error).message).not.toContain('a1b2c3d4');
    }
    expect(() => loadConfig({ ...base, VK_CALLBACK_CONFIRMATION: 'a1b2c3d4', VK_CALLBACK_SECRET: 'short' })).toThrow(/VK_CALLBACK_SECRET/);
  });
});
