import { dirname, join } from 'node:path';
import { z } from 'zod';

/**
 * Settings come from the environment (and `.env`, loaded by main). Read once, in main, and
 * passed down; tests pass their own env. An error names the bad variable and never its value.
 */

const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optionalString = z.preprocess(emptyToUndefined, z.string().optional());
const optionalUrl = z.preprocess(emptyToUndefined, z.url().optional());
const port = (fallback: number) =>
  z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).max(65535).default(fallback));
/** A positive whole number, or unset (the core's default applies). */
const optionalCount = (max: number) => z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(max).optional());
const bool = (fallback: boolean) =>
  z.preprocess(
    emptyToUndefined,
    z
      .enum(['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off'])
      .default(fallback ? 'true' : 'false')
      .transform((v) => ['1', 'true', 'yes', 'on'].includes(v)),
  );

function isZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const envSchema = z
  .object({
    TELEGRAM_BOT_TOKEN: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .regex(/^\d+:[A-Za-z0-9_-]{20,}$/, 'must look like 123456:ABC… (from @BotFather)')
        .optional(),
    ),
    TELEGRAM_API_ROOT: optionalUrl,
    TELEGRAM_WEBHOOK_URL: optionalUrl,
    TELEGRAM_WEBHOOK_SECRET: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .regex(/^[A-Za-z0-9_-]{16,256}$/, 'must be 16–256 characters of A-Z, a-z, 0-9, _ and -')
        .optional(),
    ),
    WEBHOOK_PORT: port(8080),
    VK_GROUP_TOKEN: optionalString,
    VK_GROUP_ID: z.preprocess(emptyToUndefined, z.coerce.number().int().positive().optional()),
    VK_API_BASE_URL: optionalUrl,
    // VK Callback API instead of Bots Long Poll: set both the confirmation string and the secret key.
    VK_CALLBACK_CONFIRMATION: z.preprocess(
      emptyToUndefined,
      z.string().regex(/^[A-Za-z0-9]{1,64}$/, 'must be the confirmation string from the community settings').optional(),
    ),
    VK_CALLBACK_SECRET: z.preprocess(
      emptyToUndefined,
      z.string().regex(/^[A-Za-z0-9]{8,50}$/, 'must be 8–50 latin letters and digits (the secret key in the Callback API settings)').optional(),
    ),
    VK_CALLBACK_PORT: port(8081),
    VK_CALLBACK_HOST: z.preprocess(emptyToUndefined, z.string().default('0.0.0.0')),
    // MAX (the platform for organisations, business.max.ru): on when the token is set.
    MAX_BOT_TOKEN: z.preprocess(
      emptyToUndefined,
      z.string().regex(/^\S{20,512}$/, 'must be the bot token from the MAX platform (Чат-боты → Настройки), without spaces').optional(),
    ),
    MAX_API_BASE_URL: optionalUrl,
    MAX_WEBHOOK_URL: z.preprocess(emptyToUndefined, z.url().regex(/^https:\/\//, 'must be an https:// URL (MAX posts only to HTTPS)').optional()),
    MAX_WEBHOOK_SECRET: z.preprocess(
      emptyToUndefined,
      z.string().regex(/^[A-Za-z0-9_-]{5,256}$/, 'must be 5–256 characters of A-Z, a-z, 0-9, _ and -').optional(),
    ),
    MAX_WEBHOOK_PORT: port(8082),
    DATABASE_PATH: optionalString,
    BOOTSTRAP_CODE: z.preprocess(
      emptyToUndefined,
      z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'must be 8–64 characters of A-Z, a-z, 0-9, _ and -').optional(),
    ),
    ORGANISATION_NAME: z.preprocess(emptyToUndefined, z.string().max(200).default('Наша организация')),
    DEFAULT_TIMEZONE: z.preprocess(
      emptyToUndefined,
      z.string().refine(isZone, 'must be an IANA time zone such as Europe/Moscow').default('Europe/Moscow'),
    ),
    DEFAULT_LANGUAGE: z.preprocess(emptyToUndefined, z.enum(['ru', 'en']).default('ru')),
    LOG_LEVEL: z.preprocess(
      emptyToUndefined,
      z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    ),
    // What one sender may cost (core/sender-limits.ts has the defaults).
    INBOUND_MEMBER_PER_MINUTE: optionalCount(10_000),
    INBOUND_STRANGER_PER_HOUR: optionalCount(10_000),
    WRONG_CODES_LIMIT: optionalCount(1000),
    WRONG_CODES_COOLDOWN_MINUTES: optionalCount(24 * 60),
    // How long the words of a delivered message stay in the database (the outbox), in days.
    MESSAGES_KEEP_DAYS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(3650).default(30)),
    PLAYGROUND: z.preprocess(emptyToUndefined, z.enum(['auto', 'on', 'off']).default('auto')),
    PLAYGROUND_PORT: port(3000),
    PLAYGROUND_HOST: z.preprocess(emptyToUndefined, z.string().default('127.0.0.1')),
    // Backups (ops): daily at BACKUP_TIME (the organisation's zone) into BACKUP_DIR, the newest BACKUP_KEEP kept.
    BACKUP: bool(true),
    BACKUP_DIR: optionalString,
    BACKUP_TIME: z.preprocess(
      emptyToUndefined,
      z.string().regex(/^([01]?\d|2[0-3]):[0-5]\d$/, 'must be a time of day such as 03:00').default('03:00'),
    ),
    BACKUP_KEEP: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(1000).default(14)),
    // Health and metrics (ops): /healthz and /metrics on this port, on localhost unless told otherwise.
    METRICS: bool(true),
    METRICS_PORT: port(9464),
    METRICS_HOST: z.preprocess(emptyToUndefined, z.string().default('127.0.0.1')),
  })
  .superRefine((env, ctx) => {
    if (env.TELEGRAM_WEBHOOK_URL && !env.TELEGRAM_WEBHOOK_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['TELEGRAM_WEBHOOK_SECRET'],
        message: 'is required when TELEGRAM_WEBHOOK_URL is set',
      });
    }
    if (Boolean(env.VK_CALLBACK_CONFIRMATION) !== Boolean(env.VK_CALLBACK_SECRET)) {
      ctx.addIssue({
        code: 'custom',
        path: [env.VK_CALLBACK_CONFIRMATION ? 'VK_CALLBACK_SECRET' : 'VK_CALLBACK_CONFIRMATION'],
        message: 'is required too: the Callback API needs both the confirmation string and the secret key',
      });
    }
    if (env.MAX_WEBHOOK_URL && !env.MAX_WEBHOOK_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['MAX_WEBHOOK_SECRET'], message: 'is required when MAX_WEBHOOK_URL is set' });
    }
    if (env.VK_GROUP_TOKEN && !env.VK_GROUP_ID) {
      ctx.addIssue({ code: 'custom', path: ['VK_GROUP_ID'], message: 'is required when VK_GROUP_TOKEN is set' });
    }
  });

export type Env = z.infer<typeof envSchema>;

export interface Config {
  telegram?: {
    token: string;
    apiRoot?: string;
    webhook?: { url: string; secret: string; port: number };
  };
  vk?: {
    token: string;
    groupId: number;
    apiBaseUrl?: string;
    /** Set: updates come through the Callback API on this port; unset: Bots Long Poll. */
    callback?: { port: number; host: string; confirmation: string; secret: string };
  };
  max?: {
    token: string;
    apiBaseUrl?: string;
    /** Set: updates come to this HTTPS URL (a subscription with the secret); unset: long polling. */
    webhook?: { url: string; secret: string; port: number };
  };
  databasePath: string;
  bootstrapCode?: string;
  organisationName: string;
  defaultTimezone: string;
  defaultLanguage: 'ru' | 'en';
  logLevel: Env['LOG_LEVEL'];
  /** Inbound limits set in the environment; unset ones take the core's defaults. */
  limits: { memberUpdatesPerMinute?: number; strangerAnswersPerHour?: number; wrongCodes?: number; codeCooldownMinutes?: number };
  /** Days the words of a delivered message are kept (then blanked; the facts stay for reports). */
  messagesKeepDays: number;
  playground: { enabled: boolean; port: number; host: string };
  /** Unset: no scheduled backups (BACKUP=off, or an in-memory database). */
  backup?: { dir: string; time: string; keep: number; timezone: string };
  /** Unset: no /healthz and /metrics (METRICS=off). */
  metrics?: { port: number; host: string };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid settings:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Validates the environment; throws ConfigError naming each bad variable (never its value). */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.') || '(environment)'} ${i.message}`));
  }
  const e = parsed.data;
  const hasMessenger = Boolean(e.TELEGRAM_BOT_TOKEN || e.VK_GROUP_TOKEN || e.MAX_BOT_TOKEN);
  // The playground alone keeps its demo in a file of its own, apart from a real organisation's.
  const databasePath = e.DATABASE_PATH ?? (hasMessenger ? 'data/nastavnik.db' : 'data/playground.db');
  return {
    telegram: e.TELEGRAM_BOT_TOKEN
      ? {
          token: e.TELEGRAM_BOT_TOKEN,
          apiRoot: e.TELEGRAM_API_ROOT,
          webhook: e.TELEGRAM_WEBHOOK_URL
            ? { url: e.TELEGRAM_WEBHOOK_URL, secret: e.TELEGRAM_WEBHOOK_SECRET!, port: e.WEBHOOK_PORT }
            : undefined,
        }
      : undefined,
    vk: e.VK_GROUP_TOKEN
      ? {
          token: e.VK_GROUP_TOKEN,
          groupId: e.VK_GROUP_ID!,
          apiBaseUrl: e.VK_API_BASE_URL,
          callback:
            e.VK_CALLBACK_CONFIRMATION && e.VK_CALLBACK_SECRET
              ? { port: e.VK_CALLBACK_PORT, host: e.VK_CALLBACK_HOST, confirmation: e.VK_CALLBACK_CONFIRMATION, secret: e.VK_CALLBACK_SECRET }
              : undefined,
        }
      : undefined,
    max: e.MAX_BOT_TOKEN
      ? {
          token: e.MAX_BOT_TOKEN,
          apiBaseUrl: e.MAX_API_BASE_URL,
          webhook: e.MAX_WEBHOOK_URL ? { url: e.MAX_WEBHOOK_URL, secret: e.MAX_WEBHOOK_SECRET!, port: e.MAX_WEBHOOK_PORT } : undefined,
        }
      : undefined,
    databasePath,
    bootstrapCode: e.BOOTSTRAP_CODE,
    organisationName: e.ORGANISATION_NAME,
    defaultTimezone: e.DEFAULT_TIMEZONE,
    defaultLanguage: e.DEFAULT_LANGUAGE,
    logLevel: e.LOG_LEVEL,
    limits: Object.fromEntries(
      Object.entries({
        memberUpdatesPerMinute: e.INBOUND_MEMBER_PER_MINUTE,
        strangerAnswersPerHour: e.INBOUND_STRANGER_PER_HOUR,
        wrongCodes: e.WRONG_CODES_LIMIT,
        codeCooldownMinutes: e.WRONG_CODES_COOLDOWN_MINUTES,
      }).filter(([, v]) => v !== undefined),
    ),
    messagesKeepDays: e.MESSAGES_KEEP_DAYS,
    playground: {
      enabled: e.PLAYGROUND === 'on' || (e.PLAYGROUND === 'auto' && !hasMessenger),
      port: e.PLAYGROUND_PORT,
      host: e.PLAYGROUND_HOST,
    },
    backup:
      e.BACKUP && databasePath !== ':memory:'
        ? { dir: e.BACKUP_DIR ?? join(dirname(databasePath), 'backups'), time: e.BACKUP_TIME, keep: e.BACKUP_KEEP, timezone: e.DEFAULT_TIMEZONE }
        : undefined,
    metrics: e.METRICS ? { port: e.METRICS_PORT, host: e.METRICS_HOST } : undefined,
  };
}
