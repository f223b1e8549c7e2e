import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import { eventStoreContract, right } from '@ocop/eventstore/contract';
import { openSqliteStore } from '../src/index.js';

for (const check of eventStoreContract('sqlite', async ({ clock }) => {
  const dir = mkdtempSync(join(tmpdir(), 'ocop-sqlite-'));
  const store = right(await openSqliteStore({ path: join(dir, 'events.sqlite'), clock }), 'opening the store');
  return {
    store,
    dispose: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}))
  test(check.name, check.run);

test.run();
