import { deepEqual, equal } from 'node:assert/strict';
import { either as E } from 'fp-ts';
import { ExpectedRevision } from '../expected-revision.js';
import { checkOn, collect, event, left, right, within, type ContractCheck, type StoreFactory } from './fixtures.js';

export const lifecycleChecks = (factory: StoreFactory): ReadonlyArray<ContractCheck> => {
  const check = checkOn(factory);
  return [
    check('after close every operation returns StoreUnavailable and running subscriptions end with it', async (store) => {
      right(await store.append('Test-a', [event()], ExpectedRevision.any));
      const c = collect(store, 'start');
      await c.caughtUp();
      deepEqual(await store.close(), E.right(undefined));
      equal(left(await within(c.subscription.done, 'the subscription to end'))._tag, 'StoreUnavailable');
      equal(left(await store.append('Test-a', [event()], ExpectedRevision.any))._tag, 'StoreUnavailable');
      equal(left(await store.readStream('Test-a'))._tag, 'StoreUnavailable');
      for await (const batch of store.readAll()) equal(left(batch)._tag, 'StoreUnavailable');
      equal(
        left(await within(store.subscribeToAll({ from: 'start', onEvent: () => undefined }).done, 'a late subscription'))._tag,
        'StoreUnavailable',
      );
      deepEqual(await store.close(), E.right(undefined), 'closing twice');
    }),
  ];
};
