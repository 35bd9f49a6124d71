import 'dotenv/config';
import { loadConfig, ConfigError, type Config } from './config.js';
import { createLogger } from './log.js';
import { openDatabase } from './db/database.js';
import { acquireInstanceLock, InstanceLockedError } from './db/instance-lock.js';
import { systemClock, type Clock } from './clock.js';
import { App } from './app/app.js';
import type { MessengerAdapter } from './messaging/types.js';
import { openPlayground, preparePlayground, seedPlaygroundDemo } from './playground/playground.js';
import { createTelegramAdapter } from './adapters/telegram/index.js';
import { createVkAdapter, fileCursor } from './adapters/vk/index.js';
import { BackupSchedule } from './db/backup.js';
import { HealthCheck } from './ops/health.js';
import { createMetrics } from './ops/metrics.js';
import { startOpsServer, type OpsServer } from './ops/server.js';
import { createMaxAdapter } from './adapters/max/index.js';

/**
 * The composition root: config → database → core → adapters → dispatcher and scheduler.
 * With no messenger token it runs the local playground with a demo organisation.
 */

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig(process.env);
  } catch (err) {
    if (err instanceof ConfigError) fail(`${err.message}\nSee .env.example and the README's settings table.`);
    throw err;
  }
  const log = createLogger(config.logLevel);
  if (!config.telegram && !config.vk && !config.max && !config.playground.enabled) {
    fail(
      'No messenger is configured and the playground is off.\n' +
        'Set TELEGRAM_BOT_TOKEN (from @BotFather), VK_GROUP_TOKEN with VK_GROUP_ID and/or MAX_BOT_TOKEN in .env,\n' +
        'or set PLAYGROUND=on to try the bot locally. See README.md.',
    );
  }

  let release: () => void;
  try {
    release = acquireInstanceLock(config.databasePath);
  } catch (err) {
    if (err instanceof InstanceLockedError) fail(err.message);
    throw err;
  }
  const db = openDatabase(config.databasePath);
  const adapters: MessengerAdapter[] = [];
  let backups: BackupSchedule | null = null;
  let ops: OpsServer | null = null;
  let stopping = false;
  const shutdown = async (reason: string, code = 0) => {
    if (stopping) return;
    stopping = true;
    log.info({ reason }, 'stopping');
    try {
      await extras.stop?.();
      await app.stop();
      await backups?.stop();
      await ops?.stop();
    } finally {
      db.close();
      release();
      process.exit(code);
    }
  };

  const onFatal = (reason: string) => void shutdown(reason, 1);
  let telegramBotUsername: string | undefined;
  if (config.telegram) {
    const telegram = createTelegramAdapter({
      token: config.telegram.token,
      apiRoot: config.telegram.apiRoot,
      webhook: config.telegram.webhook,
      logger: log,
      onFatal,
      defaultLanguage: config.defaultLanguage,
    });
    telegramBotUsername = (await telegram.identify()).username;
    adapters.push(telegram);
  }
  if (config.vk) {
    adapters.push(
      createVkAdapter({
        ...config.vk,
        logger: log,
        // Bots Long Poll goes on where it stopped after a restart (the router ignores repeats).
        longPollCursor: config.databasePath === ':memory:' ? undefined : fileCursor(`${config.databasePath}.vk-longpoll`),
      }),
    );
  }
  let maxBotUsername: string | undefined;
  if (config.max) {
    const max = createMaxAdapter({
      token: config.max.token,
      apiBaseUrl: config.max.apiBaseUrl,
      webhook: config.max.webhook,
      logger: log,
      onFatal,
      defaultLanguage: config.defaultLanguage,
      // Long polling goes on from its marker after a restart (the router ignores repeats).
      marker: config.databasePath === ':memory:' ? undefined : fileCursor(`${config.databasePath}.max-marker`),
    });
    maxBotUsername = (await max.identify()).username;
    adapters.push(max);
  }
  const playgroundParts = config.playground.enabled ? preparePlayground(db, config.databasePath) : null;
  if (playgroundParts) adapters.push(playgroundParts.local);
  const clock: Clock = playgroundParts?.clock ?? systemClock;

  const app = new App({
    db,
    clock,
    log,
    adapters,
    settings: {
      bootstrapCode: config.bootstrapCode,
      organisationName: config.organisationName,
      defaultTimezone: config.defaultTimezone,
      defaultLanguage: config.defaultLanguage,
      telegramBotUsername,
      vkGroupId: config.vk?.groupId,
      limits: config.limits,
      messagesKeepDays: config.messagesKeepDays,
      maxBotUsername,
    },
  });
  const extras: { stop?: () => Promise<void> } = {};
  // The demo organisation goes only into a database no messenger shares.
  if (playgroundParts && !config.telegram && !config.vk && !config.max) seedPlaygroundDemo(app, log);
  await app.start();
  backups = config.backup ? new BackupSchedule(config.databasePath, config.backup, log) : null;
  backups?.start();
  if (config.metrics) {
    const health = new HealthCheck(app, db, backups?.status ?? null);
    try {
      ops = await startOpsServer({ ...config.metrics, health, metrics: createMetrics(app, health, backups?.status ?? null), log });
      log.info({ url: ops.url }, 'health and metrics: /healthz, /metrics');
    } catch (err) {
      // The bot goes on without them: answering people matters more than being watched.
      log.error({ err: (err as Error).message, port: config.metrics.port }, 'health and metrics could not listen; set METRICS_PORT or METRICS=off');
    }
  }
  if (playgroundParts) {
    const playground = await openPlayground({ app, parts: playgroundParts, log, host: config.playground.host, port: config.playground.port });
    extras.stop = playground.stop;
    process.stdout.write(`\nThe playground is open: ${playground.url}\n\n`);
  }
  log.info(
    { telegram: Boolean(config.telegram), vk: Boolean(config.vk), max: Boolean(config.max), playground: Boolean(playgroundParts), database: config.databasePath },
    'nastavnik is running',
  );
  if (config.bootstrapCode && app.org.bootstrapUsedAt === null) {
    log.info('no administrator yet: send /start with the BOOTSTRAP_CODE to the bot to become one');
  }
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((err) => {
  process.stderr.write(`nastavnik failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
