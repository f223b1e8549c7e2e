import { test } from 'uvu';
import { eventStoreContract } from '@ocop/eventstore/contract';
import { openTestStore, whenPostgres } from './database.js';

await whenPostgres(() => {
  for (const check of eventStoreContract('postgres', ({ clock }) => openTestStore({ clock }))) test(check.name, check.run);
}, test);

test.run();
