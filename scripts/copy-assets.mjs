// After `tsc -p tsconfig.build.json`: the files the compiled code reads beside itself.
// The SQL migrations (src/db/migrations → dist/db/migrations) and the playground's page
// (src/playground/page → dist/playground/page). locales/ and data/ are read from the
// project's root, one level above dist/, as from src/.
import { cpSync, rmSync } from 'node:fs';

for (const dir of ['db/migrations', 'playground/page']) {
  rmSync(`dist/${dir}`, { recursive: true, force: true });
  cpSync(`src/${dir}`, `dist/${dir}`, { recursive: true });
}
