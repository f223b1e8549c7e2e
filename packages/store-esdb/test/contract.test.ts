import { test } from 'uvu';
import { eventStoreContract } from '@ocop/eventstore/contract';
import { announce, openStore, openTarget } from './target.js';

// The contract's 1 MB event is larger than EventStoreDB's default MaxAppendSize (1 MiB): the stand-in is
// configured like a server started with --max-append-size 4194304, as docs/stores.md asks.
const target = await openTarget({ maxAppendSize: 4 * 1024 * 1024 });
announce('contract', target);

for (const check of eventStoreContract(`esdb on ${target.name}`, async ({ clock }) => {
  const store = await openStore(target, { clock });
  return { store, dispose: async () => void (await store.close()) };
}))
  test(check.name, check.run);

test.after(() => target.close());
test.run();
