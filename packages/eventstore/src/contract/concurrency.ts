import { deepEqual, equal, ok } from 'node:assert/strict';
import { either as E } from 'fp-ts';
import { ExpectedRevision } from '../expected-revision.js';
import { comparePositions } from '../position.js';
import { verifyStream } from '../verify.js';
import { checkOn, event, events, readAllOf, readStream, right, show, type ContractCheck, type StoreFactory } from './fixtures.js';

export const concurrencyChecks = (factory: StoreFactory): ReadonlyArray<ContractCheck> => {
  const check = checkOn(factory);
  return [
    check('writers racing on one stream: one wins each revision, the others get WrongExpectedRevision', async (store) => {
      const writers = 8;
      const rounds = 10;
      const winners: string[] = [];
      for (let round = 0; round < rounds; round++) {
        const expected = ExpectedRevision.after(round === 0 ? undefined : BigInt(round - 1));
        const attempts = Array.from({ length: writers }, () => event({ round }));
        const results = await Promise.all(attempts.map((e) => store.append('Test-hot', [e], expected)));
        const won = results.flatMap((r, i) => (E.isRight(r) ? [attempts[i]?.eventId ?? ''] : []));
        equal(won.length, 1, `round ${round}: ${won.length} writers won`);
        winners.push(...won);
        for (const r of results)
          if (E.isLeft(r))
            deepEqual(r.left, { _tag: 'WrongExpectedRevision', stream: 'Test-hot', expected, actual: BigInt(round) }, show(r.left));
      }
      const stream = await readStream(store, 'Test-hot');
      deepEqual(
        stream.map((e) => e.eventId),
        winners,
      );
      ok(E.isRight(verifyStream(stream)));
    }),
    check('writers on many streams at once: every event stored once, in stream order, every chain intact', async (store) => {
      const writers = 16;
      const appends = 10;
      const shared = 'Test-shared';
      await Promise.all(
        Array.from({ length: writers }, async (_, w) => {
          for (let i = 0; i < appends; i++) {
            right(await store.append(`Test-w${w}`, events(1 + (i % 3), `w${w}`), ExpectedRevision.any));
            if (i % 4 === 0) right(await store.append(shared, events(1, `w${w}`), ExpectedRevision.any));
          }
        }),
      );
      const perWriter = [...Array(appends).keys()].reduce((n, i) => n + 1 + (i % 3), 0);
      const sharedCount = writers * Math.ceil(appends / 4);
      const all = await readAllOf(store, writers * perWriter + sharedCount, { batchSize: 37 });
      equal(all.length, writers * perWriter + sharedCount);
      equal(new Set(all.map((e) => e.eventId)).size, all.length, 'an event was delivered twice');
      const lastRevision = new Map<string, bigint>();
      for (let i = 0; i < all.length; i++) {
        const e = all[i];
        const before = all[i - 1];
        ok(e);
        if (before) equal(comparePositions(before.position, e.position), -1, 'the global order is not strictly increasing');
        equal(e.revision, (lastRevision.get(e.stream) ?? -1n) + 1n, `${e.stream} is out of order in the global order`);
        lastRevision.set(e.stream, e.revision);
      }
      for (const stream of lastRevision.keys()) ok(E.isRight(verifyStream(await readStream(store, stream))), stream);
    }),
  ];
};
