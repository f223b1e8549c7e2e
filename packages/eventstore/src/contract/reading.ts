import { deepEqual, equal, ok } from 'node:assert/strict';
import { ExpectedRevision } from '../expected-revision.js';
import { comparePositions } from '../position.js';
import type { RecordedEvent } from '../envelope.js';
import { checkOn, event, events, left, readAllEvents, readAllOf, right, type ContractCheck, type StoreFactory } from './fixtures.js';

const revisions = (es: ReadonlyArray<RecordedEvent>): ReadonlyArray<bigint> => es.map((e) => e.revision);

const increasing = (es: ReadonlyArray<RecordedEvent>): void => {
  for (let i = 1; i < es.length; i++) {
    const [a, b] = [es[i - 1], es[i]];
    if (a && b) equal(comparePositions(a.position, b.position), -1, `position of event ${i} does not follow the one before`);
  }
};

export const readingChecks = (factory: StoreFactory): ReadonlyArray<ContractCheck> => {
  const check = checkOn(factory);
  return [
    check('revisions count from 0 per stream and global positions grow in append order', async (store) => {
      const results = [];
      for (const [stream, n] of [
        ['Test-a', 2],
        ['Test-b', 3],
        ['Test-a', 1],
        ['Other-x', 2],
        ['Test-b', 1],
      ] as const)
        results.push(right(await store.append(stream, events(n, stream), ExpectedRevision.any)));
      const all = await readAllOf(store, 9);
      equal(all.length, 9);
      increasing(all);
      deepEqual(
        all.map((e) => `${e.stream}@${e.revision}`),
        ['Test-a@0', 'Test-a@1', 'Test-b@0', 'Test-b@1', 'Test-b@2', 'Test-a@2', 'Other-x@0', 'Other-x@1', 'Test-b@3'],
      );
      deepEqual(
        results.flatMap((r) => r.events),
        all,
        'the recorded events an append returns are those stored',
      );
      for (const r of results)
        deepEqual(r.position, r.events[r.events.length - 1]?.position, 'an append returns the position of its last event');
    }),
    check('readStream reads forwards, backwards, from a revision and up to a limit', async (store) => {
      right(await store.append('Test-a', events(10), ExpectedRevision.noStream));
      const read = async (options: Parameters<typeof store.readStream>[1]): Promise<ReadonlyArray<bigint>> =>
        revisions(right(await store.readStream('Test-a', options)));
      deepEqual(await read({}), [0n, 1n, 2n, 3n, 4n, 5n, 6n, 7n, 8n, 9n]);
      deepEqual(await read({ direction: 'forwards', fromRevision: 3n, limit: 4 }), [3n, 4n, 5n, 6n]);
      deepEqual(await read({ direction: 'backwards' }), [9n, 8n, 7n, 6n, 5n, 4n, 3n, 2n, 1n, 0n]);
      deepEqual(await read({ direction: 'backwards', fromRevision: 5n, limit: 3 }), [5n, 4n, 3n]);
      deepEqual(await read({ direction: 'backwards', limit: 1 }), [9n]);
      deepEqual(await read({ direction: 'backwards', fromRevision: 50n, limit: 2 }), [9n, 8n]);
      deepEqual(await read({ fromRevision: 10n }), []);
      deepEqual(await read({ limit: 0 }), []);
      deepEqual(right(await store.readStream('Test-missing')), []);
    }),
    check('readAll pages through every event in global order, after an exclusive position', async (store) => {
      for (let i = 0; i < 5; i++) right(await store.append(`Test-${i % 2}`, events(5, `batch${i}`), ExpectedRevision.any));
      await readAllOf(store, 25);
      const sizes: number[] = [];
      for await (const batch of store.readAll({ batchSize: 10 })) sizes.push(right(batch).length);
      deepEqual(sizes, [10, 10, 5]);
      const all = await readAllEvents(store, { batchSize: 3 });
      equal(all.length, 25);
      increasing(all);
      const seventh = all[6];
      ok(seventh);
      deepEqual(await readAllEvents(store, { from: seventh.position, batchSize: 4 }), all.slice(7));
      const last = all[24];
      ok(last);
      deepEqual(await readAllEvents(store, { from: last.position }), []);
    }),
    check('readAll of some types gives exactly those events, in global order, however the pages fall', async (store) => {
      // Wanted events are rare: many pages hold none of them, and the last event is of another type.
      for (let i = 0; i < 12; i++) {
        const type = i % 5 === 0 ? 'Wanted' : i % 5 === 3 ? 'AlsoWanted' : 'Other';
        right(await store.append(`Test-${i % 3}`, [event({ i }, { type }), event({ i }, { type: 'Other' })], ExpectedRevision.any));
      }
      const all = await readAllOf(store, 24);
      const wanted = all.filter((e) => e.type !== 'Other');
      equal(wanted.length, 5);
      for (const batchSize of [1, 2, 3, 7, 100])
        deepEqual(await readAllEvents(store, { types: ['Wanted', 'AlsoWanted'], batchSize }), wanted, `pages of ${batchSize}`);
      const from = all[5];
      ok(from);
      deepEqual(
        await readAllEvents(store, { types: ['AlsoWanted'], from: from.position, batchSize: 2 }),
        all.slice(6).filter((e) => e.type === 'AlsoWanted'),
      );
      deepEqual(await readAllEvents(store, { types: ['Unknown'], batchSize: 4 }), []);
    }),
    check('bad read options are refused with a typed error', async (store) => {
      right(await store.append('Test-a', [event()], ExpectedRevision.any));
      equal(left(await store.readStream('Test-a', { limit: -1 }))._tag, 'InvalidReadOptions');
      equal(left(await store.readStream('Test-a', { limit: 1.5 }))._tag, 'InvalidReadOptions');
      equal(left(await store.readStream('Test-a', { fromRevision: -1n }))._tag, 'InvalidReadOptions');
      for (const batchSize of [0, 10_001])
        for await (const batch of store.readAll({ batchSize })) equal(left(batch)._tag, 'InvalidReadOptions');
      equal(left(await store.subscribeToAll({ from: 'start', batchSize: 0, onEvent: () => undefined }).done)._tag, 'InvalidReadOptions');
      for (const types of [[], [''], [1]] as unknown as ReadonlyArray<ReadonlyArray<string>>) {
        for await (const batch of store.readAll({ types })) equal(left(batch)._tag, 'InvalidReadOptions');
        equal(left(await store.subscribeToAll({ from: 'start', types, onEvent: () => undefined }).done)._tag, 'InvalidReadOptions');
      }
    }),
  ];
};
