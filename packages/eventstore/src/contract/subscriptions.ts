import { deepEqual, equal, ok } from 'node:assert/strict';
import { either as E } from 'fp-ts';
import type { RecordedEvent } from '../envelope.js';
import { ExpectedRevision } from '../expected-revision.js';
import { parsePosition, positionToString } from '../position.js';
import { checkOn, collect, event, events, left, readAllOf, right, within, type ContractCheck, type StoreFactory } from './fixtures.js';

const ids = (es: ReadonlyArray<RecordedEvent>): ReadonlyArray<string> => es.map((e) => e.eventId);

export const subscriptionChecks = (factory: StoreFactory): ReadonlyArray<ContractCheck> => {
  const check = checkOn(factory);
  return [
    check('a subscription catches up from the start, says so once, then delivers live events in order', async (store) => {
      for (let i = 0; i < 6; i++) right(await store.append(`Test-${i % 3}`, events(5), ExpectedRevision.any));
      const c = collect(store, 'start', 7);
      equal(await c.caughtUp(), 30, 'caught up before delivering everything stored');
      for (let i = 0; i < 3; i++) right(await store.append('Test-live', events(2), ExpectedRevision.any));
      await c.received(36);
      await c.subscription.stop();
      deepEqual(ids(c.events), ids(await readAllOf(store, 36)));
      equal(c.caughtUpCalls(), 1);
      deepEqual(await c.subscription.done, E.right(undefined));
    }),
    check('resuming from a checkpoint delivers the rest with no gap and no duplicate', async (store) => {
      right(await store.append('Test-a', events(12), ExpectedRevision.any));
      right(await store.append('Test-b', events(8), ExpectedRevision.any));
      const first = collect(store, 'start', 3);
      await first.received(9);
      await first.subscription.stop();
      const last = first.events[first.events.length - 1];
      ok(last);
      const checkpoint = right(parsePosition(positionToString(last.position)), 'parsing the checkpoint');
      right(await store.append('Test-c', events(5), ExpectedRevision.any));
      const second = collect(store, checkpoint, 4);
      await second.received(25 - first.events.length);
      await second.caughtUp();
      await second.subscription.stop();
      deepEqual([...ids(first.events), ...ids(second.events)], ids(await readAllOf(store, 25)));
    }),
    check('events appended while a subscription catches up are delivered once, in order', async (store) => {
      for (let i = 0; i < 10; i++) right(await store.append(`Test-${i}`, events(20), ExpectedRevision.any));
      let appendedDuringCatchUp = false;
      const received: RecordedEvent[] = [];
      const subscription = store.subscribeToAll({
        from: 'start',
        batchSize: 16,
        onEvent: async (e) => {
          received.push(e);
          if (received.length === 5 || received.length === 150) {
            appendedDuringCatchUp = true;
            right(await store.append('Test-during', events(10), ExpectedRevision.any));
          }
        },
      });
      const outside = Array.from({ length: 5 }, (_, i) => store.append(`Test-outside${i}`, events(4), ExpectedRevision.any));
      for (const r of await Promise.all(outside)) right(r);
      await within(
        (async () => {
          while (received.length < 240) await new Promise((resolve) => setTimeout(resolve, 5));
        })(),
        'all 240 events',
      );
      await subscription.stop();
      ok(appendedDuringCatchUp);
      deepEqual(ids(received), ids(await readAllOf(store, 240)));
    }),
    check('a subscription to some types catches up, goes live and delivers only those, however the pages fall', async (store) => {
      for (let i = 0; i < 10; i++)
        right(
          await store.append(
            `Test-${i % 4}`,
            [event({ i }, { type: i % 4 === 1 ? 'Wanted' : 'Other' }), event({ i }, { type: 'Other' })],
            ExpectedRevision.any,
          ),
        );
      const received: RecordedEvent[] = [];
      let atCatchUp = -1;
      const subscription = store.subscribeToAll({
        from: 'start',
        batchSize: 3,
        types: ['Wanted'],
        onEvent: (e) => void received.push(e),
        onCaughtUp: () => void (atCatchUp = received.length),
      });
      await within(
        (async () => {
          while (atCatchUp < 0) await new Promise((resolve) => setTimeout(resolve, 5));
        })(),
        'the caught-up signal',
      );
      equal(atCatchUp, 3);
      // Live: events of other types pass by; the wanted ones arrive.
      right(
        await store.append(
          'Test-live',
          [event({}, { type: 'Other' }), event({}, { type: 'Wanted' }), event({}, { type: 'Other' })],
          ExpectedRevision.any,
        ),
      );
      right(await store.append('Test-live', [event({}, { type: 'Other' })], ExpectedRevision.any));
      right(await store.append('Test-live', [event({}, { type: 'Wanted' })], ExpectedRevision.any));
      await within(
        (async () => {
          while (received.length < 5) await new Promise((resolve) => setTimeout(resolve, 5));
        })(),
        'the live events of the type wanted',
      );
      await subscription.stop();
      deepEqual(ids(received), ids((await readAllOf(store, 25)).filter((e) => e.type === 'Wanted')));
      deepEqual(await subscription.done, E.right(undefined));
    }),
    check('a handler error ends the subscription with that error', async (store) => {
      right(await store.append('Test-a', events(3), ExpectedRevision.any));
      const failure = new Error('projection failed');
      const handled: bigint[] = [];
      const subscription = store.subscribeToAll({
        from: 'start',
        onEvent: (e) => {
          if (e.revision === 1n) throw failure;
          handled.push(e.revision);
        },
      });
      const error = left(await within(subscription.done, 'the subscription to end'));
      ok(error._tag === 'HandlerFailed' && error.error === failure && error.event?.revision === 1n);
      deepEqual(handled, [0n]);
    }),
  ];
};
