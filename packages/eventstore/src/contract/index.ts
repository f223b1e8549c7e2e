import { commandChecks } from './commands.js';
import { concurrencyChecks } from './concurrency.js';
import { expectationChecks } from './expectations.js';
import type { ContractCheck, StoreFactory } from './fixtures.js';
import { idempotencyChecks } from './idempotency.js';
import { integrityChecks } from './integrity.js';
import { lifecycleChecks } from './lifecycle.js';
import { readingChecks } from './reading.js';
import { subscriptionChecks } from './subscriptions.js';
import { validationChecks } from './validation.js';

export type { ContractCheck, OpenedStore, StoreFactory } from './fixtures.js';
export { collect, event, events, metadata, readAllEvents, readAllOf, right, left, steppingClock, within } from './fixtures.js';
export { tally, tallyCodec, type TallyCommand, type TallyEvent, type TallyRefusal, type TallyState } from './tally.js';

/**
 * The behaviour every event store must have, as checks that throw (node:assert) on failure, independent
 * of any test runner. Each check opens a fresh store with `factory` and disposes of it at the end.
 *
 *   for (const c of eventStoreContract('sqlite', factory)) test(c.name, c.run);
 */
export const eventStoreContract = (name: string, factory: StoreFactory): ReadonlyArray<ContractCheck> =>
  [
    expectationChecks,
    readingChecks,
    validationChecks,
    idempotencyChecks,
    integrityChecks,
    subscriptionChecks,
    concurrencyChecks,
    lifecycleChecks,
    commandChecks,
  ]
    .flatMap((checks) => checks(factory))
    .map((c) => ({ name: `${name}: ${c.name}`, run: c.run }));
