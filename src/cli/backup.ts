import 'dotenv/config';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadConfig, ConfigError } from '../config.js';
import { backupDatabase, rotateBackups } from '../db/backup.js';

/**
 * `npm run backup`: one backup now, into the backup folder of the settings (BACKUP_DIR, by
 * default data/backups beside the database), then rotation. Safe while the bot runs: SQLite's
 * online backup reads a consistent snapshot; the bot keeps writing (WAL).
 */
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const dbPath = config.databasePath;
  if (dbPath === ':memory:') throw new Error('DATABASE_PATH is :memory:; there is nothing to back up');
  if (!existsSync(dbPath)) throw new Error(`there is no database at ${dbPath} yet`);
  const dir = config.backup?.dir ?? join(dirname(dbPath), 'backups');
  const file = await backupDatabase(dbPath, dir);
  const removed = rotateBackups(dbPath, dir, config.backup?.keep ?? 14);
  process.stdout.write(`backup written: ${file}${removed.length ? ` (${removed.length} old removed)` : ''}\n`);
}

main().catch((err) => {
  process.stderr.write(`backup failed: ${err instanceof ConfigError || err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
