import { test } from 'uvu';
import { memoryStore } from '../src/index.js';
import { eventStoreContract } from '../src/contract/index.js';

for (const check of eventStoreContract('memory', ({ clock }) => {
  const store = memoryStore({ clock });
  return Promise.resolve({ store, dispose: async () => void (await store.close()) });
}))
  test(check.name, check.run);

test.run();
