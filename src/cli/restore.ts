import 'dotenv/config';
import { loadConfig, ConfigError } from '../config.js';
import { restoreDatabase, RestoreRefusedError } from '../db/backup.js';
import { InstanceLockedError } from '../db/instance-lock.js';

/**
 * `npm run restore FILE`: puts a backup in place of the database (DATABASE_PATH). Refuses while
 * the bot runs on that database; the replaced database is kept beside it.
 */
function main(): void {
  const file = process.argv[2];
  if (!file) throw new RestoreRefusedError('name the backup file: npm run restore data/backups/nastavnik-….db');
  const config = loadConfig(process.env);
  if (config.databasePath === ':memory:') throw new RestoreRefusedError('DATABASE_PATH is :memory:');
  const { previous } = restoreDatabase(config.databasePath, file);
  process.stdout.write(
    `restored ${file} into ${config.databasePath}` + (previous ? `; the database it replaced is kept as ${previous}` : '') + '\nstart the bot again.\n',
  );
}

try {
  main();
} catch (err) {
  const known = err instanceof RestoreRefusedError || err instanceof InstanceLockedError || err instanceof ConfigError;
  process.stderr.write(`restore refused: ${known || err instanceof Error ? (err as Error).message : String(err)}\n`);
  process.exit(1);
}
