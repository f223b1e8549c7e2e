import { deepEqual, equal } from 'node:assert/strict';
import { ExpectedRevision } from '../expected-revision.js';
import { checkOn, event, events, left, readStream, right, type ContractCheck, type StoreFactory } from './fixtures.js';

export const idempotencyChecks = (factory: StoreFactory): ReadonlyArray<ContractCheck> => {
  const check = checkOn(factory);
  return [
    check('sending the last batch again returns what was first recorded and writes nothing', async (store) => {
      const batch = events(2);
      const first = right(await store.append('Test-a', batch, ExpectedRevision.noStream));
      deepEqual(right(await store.append('Test-a', batch, ExpectedRevision.noStream), 'the retry'), first);
      const next = [event()];
      const second = right(await store.append('Test-a', next, ExpectedRevision.exact(1n)));
      deepEqual(right(await store.append('Test-a', next, ExpectedRevision.exact(1n)), 'the second retry'), second);
      deepEqual(right(await store.append('Test-a', next, ExpectedRevision.any), 'a retry with Any'), second);
      equal((await readStream(store, 'Test-a')).length, 3);
    }),
    check('any other reuse of an event id is DuplicateEventId and writes nothing', async (store) => {
      const [a, b, c] = events(3);
      if (!a || !b || !c) throw new Error('three events');
      right(await store.append('Test-a', [a, b], ExpectedRevision.noStream));
      const duplicate = async (what: string, result: ReturnType<typeof store.append>, eventId: string, index: number): Promise<void> =>
        deepEqual(left(await result, what), { _tag: 'DuplicateEventId', eventId, index }, what);
      await duplicate('the same id twice in a batch', store.append('Test-b', [c, c], ExpectedRevision.any), c.eventId, 1);
      await duplicate('an id from another stream', store.append('Test-b', [c, a], ExpectedRevision.any), a.eventId, 1);
      await duplicate('part of the last batch', store.append('Test-a', [b], ExpectedRevision.any), b.eventId, 0);
      await duplicate('the last batch and one more', store.append('Test-a', [a, b, c], ExpectedRevision.any), a.eventId, 0);
      await duplicate('the last batch reordered', store.append('Test-a', [b, a], ExpectedRevision.any), b.eventId, 0);
      await duplicate('the last batch under another expectation', store.append('Test-a', [a, b], ExpectedRevision.exact(7n)), a.eventId, 0);
      right(await store.append('Test-a', [c], ExpectedRevision.exact(1n)));
      await duplicate('a batch that is no longer the last', store.append('Test-a', [a, b], ExpectedRevision.any), a.eventId, 0);
      equal((await readStream(store, 'Test-a')).length, 3);
      deepEqual(await readStream(store, 'Test-b'), []);
    }),
  ];
};
