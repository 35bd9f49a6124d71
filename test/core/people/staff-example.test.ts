import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BOOTSTRAP, createHarness, type Harness } from '../../support/harness.js';

/** The example staff list the README points to (data/staff-example.csv) imports whole. */
const EXAMPLE = join(import.meta.dirname, '..', '..', '..', 'data', 'staff-example.csv');

let h: Harness;
afterEach(async () => h?.close());

describe('the example staff list', () => {
  it('imports every row of data/staff-example.csv', async () => {
    h = await createHarness();
    await h.onboard('anna', BOOTSTRAP, { name: 'Анна Иванова' });
    const bytes = readFileSync(EXAMPLE);
    const rows = bytes.toString('utf8').trim().split('\n').length - 1;
    await h.local.sendFile('anna', { kind: 'document', name: 'staff-example.csv', bytes });
    await h.flush();
    const report = h.messages('anna').at(-2)!.text;
    expect(report).toContain(`Принято ${rows} строк`);
    expect(report).toContain('отклонено: 0');
    expect(h.last('anna').file!.bytes.toString('utf8')).toContain('Морозова Ирина Павловна');
  });
});
