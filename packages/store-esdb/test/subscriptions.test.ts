import { deepEqual, equal, ok } from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { test } from 'uvu';
import { either as E } from 'fp-ts';
import { ExpectedRevision, type RecordedEvent } from '@ocop/eventstore';
import { collect, events, left, readAllEvents, right, within } from '@ocop/eventstore/contract';
import { startStandIn } from './standin/server.js';
import { announce, openStore, openTarget, standInOnly, type Target } from './target.js';

const target = await openTarget();
announce('subscriptions', target);

const ids = (es: ReadonlyArray<RecordedEvent>): ReadonlyArray<string> => es.map((e) => e.eventId);

const until = (condition: () => boolean, what: string): Promise<void> =>
  within(
    (async () => {
      while (!condition()) await sleep(5);
    })(),
    what,
  );

test('a slow handler is fed one event at a time, in order, however small the batch', async () => {
  const store = await openStore(target);
  right(await store.append('Test-a', events(120), ExpectedRevision.noStream));
  const received: RecordedEvent[] = [];
  let inHandler = false;
  const subscription = store.subscribeToAll({
    from: 'start',
    batchSize: 2,
    onEvent: async (e) => {
      ok(!inHandler, 'two handlers ran at once');
      inHandler = true;
      await sleep(0);
      received.push(e);
      inHandler = false;
    },
  });
  await until(() => received.length === 120, '120 events');
  await subscription.stop();
  deepEqual(ids(received), ids(await readAllEvents(store)));
  await store.close();
});

test('closing the store while a handler is busy and events wait: close returns, the subscription ends after the handler', async () => {
  const store = await openStore(target);
  right(await store.append('Test-a', events(50), ExpectedRevision.noStream));
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let handled = 0;
  const subscription = store.subscribeToAll({
    from: 'start',
    batchSize: 2,
    onEvent: async () => {
      if (++handled === 1) await gate;
    },
  });
  await until(() => handled === 1, 'the first event');
  await sleep(50);
  deepEqual(await within(store.close(), 'the store to close'), E.right(undefined));
  release();
  equal(left(await within(subscription.done, 'the subscription to end'))._tag, 'StoreUnavailable');
  equal(handled, 1);
});

standInOnly(
  target,
  'dropped connections are resubscribed from the last event delivered: nothing skipped, nothing twice',
  async (standIn) => {
    const store = await openStore(target, { resubscribeDelayMs: 20 });
    right(await store.append('Test-a', events(40), ExpectedRevision.noStream));
    const received: RecordedEvent[] = [];
    let drops = 0;
    const before = standIn.received.subscriptions.length;
    const c = store.subscribeToAll({
      from: 'start',
      batchSize: 4,
      onEvent: async (e) => {
        received.push(e);
        // Once while catching up, with events on their way.
        if (received.length === 10 && drops++ === 0) await standIn.dropConnections();
      },
    });
    await until(() => received.length === 40, 'the events stored before the drop');
    // Once while live: the append itself reconnects.
    await standIn.dropConnections();
    right(await store.append('Test-b', events(15), ExpectedRevision.noStream));
    await until(() => received.length === 55, 'the events appended after the drop');
    await c.stop();
    deepEqual(ids(received), ids(await readAllEvents(store)));
    const resubscriptions = standIn.received.subscriptions.slice(before + 1);
    ok(resubscriptions.length >= 2, `resubscribed ${resubscriptions.length} times`);
    for (const { from } of resubscriptions)
      ok(
        received.some((e) => typeof from === 'object' && e.position.commit === from.commit && e.position.prepare === from.prepare),
        'a resubscription did not start at an event delivered',
      );
    await store.close();
  },
);

standInOnly(target, 'when the server is gone, operations return StoreUnavailable and subscriptions end with it', async () => {
  const standIn = await startStandIn();
  const gone: Target = { name: 'a stand-in about to stop', connectionString: standIn.connectionString, standIn, close: standIn.stop };
  const store = await openStore(gone, { resubscribeAttempts: 2, resubscribeDelayMs: 10 });
  right(await store.append('Test-a', events(3), ExpectedRevision.noStream));
  const c = collect(store, 'start');
  await c.caughtUp();
  await standIn.stop();
  equal(left(await within(c.subscription.done, 'the subscription to end'))._tag, 'StoreUnavailable');
  equal(left(await store.append('Test-a', events(1), ExpectedRevision.any))._tag, 'StoreUnavailable');
  equal(left(await store.readStream('Test-a'))._tag, 'StoreUnavailable');
  for await (const batch of store.readAll()) equal(left(batch)._tag, 'StoreUnavailable');
  await store.close();
});

standInOnly(target, 'from a server without the caught-up signal (before 23.10) it is derived from the last event stored', async () => {
  const standIn = await startStandIn({ caughtUp: false });
  const older: Target = { name: 'an older stand-in', connectionString: standIn.connectionString, standIn, close: standIn.stop };
  const store = await openStore(older);
  const empty = collect(store, 'start');
  equal(await empty.caughtUp(), 0, 'a store with no events is caught up at once');
  await empty.subscription.stop();
  right(await store.append('Test-a', events(20), ExpectedRevision.noStream));
  // System events after the store's last one must not keep the signal waiting.
  standIn.log.writeSystem('$stats-127.0.0.1:2113', '$statsCollected', '{}');
  const c = collect(store, 'start', 3);
  equal(await c.caughtUp(), 20);
  right(await store.append('Test-b', events(5), ExpectedRevision.noStream));
  await c.received(25);
  equal(c.caughtUpCalls(), 1);
  await c.subscription.stop();
  const last = c.events[c.events.length - 1];
  ok(last);
  const resumed = collect(store, last.position);
  equal(await resumed.caughtUp(), 0, 'resuming at the last event is caught up at once');
  await resumed.subscription.stop();
  await store.close();
  await standIn.stop();
});

test.after(() => target.close());
test.run();
