import { deepEqual, equal } from 'node:assert/strict';
import { ExpectedRevision } from '../expected-revision.js';
import { start } from '../position.js';
import type { EventStore } from '../store.js';
import { checkOn, event, left, readStream, right, type ContractCheck, type StoreFactory } from './fixtures.js';

const conflict = async (store: EventStore, stream: string, expected: ExpectedRevision, actual: bigint | 'noStream'): Promise<void> => {
  const before = (await readStream(store, stream)).length;
  const error = left(await store.append(stream, [event()], expected), `appending with ${expected._tag}`);
  deepEqual(error, { _tag: 'WrongExpectedRevision', stream, expected, actual });
  equal((await readStream(store, stream)).length, before, 'a conflicting append wrote something');
};

export const expectationChecks = (factory: StoreFactory): ReadonlyArray<ContractCheck> => {
  const check = checkOn(factory);
  return [
    check('Any appends to a missing stream and to an existing one', async (store) => {
      equal(right(await store.append('Test-a', [event()], ExpectedRevision.any)).nextRevision, 1n);
      equal(right(await store.append('Test-a', [event(), event()], ExpectedRevision.any)).nextRevision, 3n);
      deepEqual(
        (await readStream(store, 'Test-a')).map((e) => e.revision),
        [0n, 1n, 2n],
      );
    }),
    check('NoStream creates a stream, then conflicts naming the actual revision', async (store) => {
      right(await store.append('Test-a', [event()], ExpectedRevision.noStream));
      await conflict(store, 'Test-a', ExpectedRevision.noStream, 0n);
    }),
    check('StreamExists conflicts on a missing stream (actual: noStream) and appends to an existing one', async (store) => {
      await conflict(store, 'Test-a', ExpectedRevision.streamExists, 'noStream');
      right(await store.append('Test-a', [event()], ExpectedRevision.any));
      equal(right(await store.append('Test-a', [event()], ExpectedRevision.streamExists)).nextRevision, 2n);
    }),
    check('Exact appends at the current revision and conflicts above, below and on a missing stream', async (store) => {
      await conflict(store, 'Test-a', ExpectedRevision.exact(0n), 'noStream');
      right(await store.append('Test-a', [event()], ExpectedRevision.noStream));
      equal(right(await store.append('Test-a', [event(), event()], ExpectedRevision.exact(0n))).nextRevision, 3n);
      await conflict(store, 'Test-a', ExpectedRevision.exact(0n), 2n);
      await conflict(store, 'Test-a', ExpectedRevision.exact(5n), 2n);
      equal(right(await store.append('Test-a', [event()], ExpectedRevision.exact(2n))).nextRevision, 4n);
    }),
    check('an append of no events checks the expectation and writes nothing', async (store) => {
      deepEqual(right(await store.append('Test-a', [], ExpectedRevision.noStream)), { nextRevision: 0n, position: start, events: [] });
      equal(left(await store.append('Test-a', [], ExpectedRevision.streamExists))._tag, 'WrongExpectedRevision');
      equal(left(await store.append('Test-a', [], ExpectedRevision.exact(0n)))._tag, 'WrongExpectedRevision');
      const written = right(await store.append('Test-a', [event()], ExpectedRevision.noStream));
      deepEqual(right(await store.append('Test-a', [], ExpectedRevision.exact(0n))), {
        nextRevision: 1n,
        position: written.position,
        events: [],
      });
      right(await store.append('Test-a', [], ExpectedRevision.streamExists));
      right(await store.append('Test-a', [], ExpectedRevision.any));
      deepEqual(left(await store.append('Test-a', [], ExpectedRevision.noStream)), {
        _tag: 'WrongExpectedRevision',
        stream: 'Test-a',
        expected: ExpectedRevision.noStream,
        actual: 0n,
      });
      equal((await readStream(store, 'Test-a')).length, 1);
    }),
  ];
};
