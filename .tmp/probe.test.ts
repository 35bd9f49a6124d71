import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { bundleOf, messageKeys, shapeOf } from '../test/i18n/render-check.js';
it('probe', () => {
  const { bundle } = bundleOf('ru', readFileSync('locales/ru.ftl', 'utf8'));
  const keys = messageKeys(bundle);
  console.log('keys', keys.length, [...shapeOf(bundle, 'question-closed-asker').vars], [...shapeOf(bundle, 'session-created').counted]);
});
