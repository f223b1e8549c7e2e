import { deepEqual, equal, ok } from 'node:assert/strict';
import { test } from 'uvu';
import { either as E } from 'fp-ts';
import { EventStoreDBClient, jsonEvent, NO_STREAM, WrongExpectedVersionError } from '@eventstore/db-client';
import { ExpectedRevision, verifyStream } from '@ocop/eventstore';
import { event, events, left, metadata, readAllEvents, right } from '@ocop/eventstore/contract';
import { openEsdbStore } from '../src/index.js';
import { actualRevision } from '../src/failures.js';
import { announce, freshNamespace, openStore, openTarget, standInOnly } from './target.js';

const target = await openTarget();
announce('esdb', target);
const client = EventStoreDBClient.connectionString(target.connectionString);

/** What the stand-in was sent for `stream` (nothing to check against a real server). */
const wire = (stream: string) => target.standIn?.received.appends.filter((a) => a.stream === stream).map((a) => a.expected);

test('NoStream and Exact reach the server as NO_STREAM and the revision; Any and StreamExists as the revision planned on', async () => {
  const namespace = freshNamespace();
  const store = await openStore(target, { namespace });
  right(await store.append('Test-a', [event()], ExpectedRevision.noStream));
  right(await store.append('Test-a', [event()], ExpectedRevision.exact(0n)));
  right(await store.append('Test-a', [event()], ExpectedRevision.any));
  right(await store.append('Test-a', [event()], ExpectedRevision.streamExists));
  right(await store.append('Test-b', [event()], ExpectedRevision.any));
  if (target.standIn) {
    deepEqual(wire(`${namespace}.Test-a`), ['no_stream', 0n, 1n, 2n]);
    deepEqual(wire(`${namespace}.Test-b`), ['no_stream']);
  }
  deepEqual(
    right(await store.readStream('Test-a')).map((e) => e.revision),
    [0n, 1n, 2n, 3n],
  );
  await store.close();
});

test('a conflict on a missing stream names it as noStream, never as a number', async () => {
  const store = await openStore(target);
  for (const expected of [ExpectedRevision.exact(0n), ExpectedRevision.exact(5n), ExpectedRevision.streamExists])
    deepEqual(left(await store.append('Test-missing', [event()], expected)), {
      _tag: 'WrongExpectedRevision',
      stream: 'Test-missing',
      expected,
      actual: 'noStream',
    });
  // The client's own report of a missing stream, which BigInt() would throw on.
  const reported = new WrongExpectedVersionError(undefined, { streamName: 'Test-missing', current: 'no_stream', expected: 0n });
  equal(actualRevision(reported.actualVersion), 'noStream');
  equal(actualRevision(4n), 4n);
  await store.close();
});

test('a head another process moved is caught by the server: Exact conflicts with the actual revision, Any is planned again', async () => {
  const namespace = freshNamespace();
  const [mine, theirs] = [await openStore(target, { namespace }), await openStore(target, { namespace })];
  right(await mine.append('Test-a', [event()], ExpectedRevision.noStream));
  right(await theirs.append('Test-a', [event()], ExpectedRevision.exact(0n)));
  deepEqual(left(await mine.append('Test-a', [event()], ExpectedRevision.exact(0n))), {
    _tag: 'WrongExpectedRevision',
    stream: 'Test-a',
    expected: ExpectedRevision.exact(0n),
    actual: 1n,
  });
  right(await theirs.append('Test-a', [event()], ExpectedRevision.any));
  equal(right(await mine.append('Test-a', [event()], ExpectedRevision.any)).nextRevision, 4n);
  // Mine sent Exact(0) on its stale head and was refused; its Any went out on the head it then read (1),
  // was refused again (theirs had appended), and went out on 2.
  if (target.standIn) deepEqual(wire(`${namespace}.Test-a`), ['no_stream', 0n, 0n, 1n, 1n, 2n]);
  ok(E.isRight(verifyStream(right(await mine.readStream('Test-a')))), 'the chain forked');
  await mine.close();
  await theirs.close();
});

test("events carry EventStoreDB's $correlationId and $causationId, the rest of the envelope and the hash chain", async () => {
  const namespace = freshNamespace();
  const store = await openStore(target, { namespace });
  const meta = metadata({ correlationId: 'corr-42', causationId: 'cmd-41', ruleSet: 'QĐ 26/2026' });
  const [written] = right(await store.append('Test-a', [event({ n: 1 }, { metadata: meta })], ExpectedRevision.noStream)).events;
  ok(written);
  const raw = [];
  for await (const resolved of client.readStream(`${namespace}.Test-a`)) raw.push(resolved.event);
  const stored = raw[0];
  ok(stored?.isJson);
  deepEqual(stored.metadata, {
    $correlationId: 'corr-42',
    $causationId: 'cmd-41',
    commandId: meta.commandId,
    actor: meta.actor,
    businessTime: meta.businessTime,
    ruleSet: 'QĐ 26/2026',
    schemaVersion: 1,
    recordedTime: written.recordedTime,
    hash: written.hash,
    previousHash: null,
    batchStart: '0',
    batchFirstEventId: written.eventId,
  });
  equal(stored.id, written.eventId, "the envelope's id is EventStoreDB's event id");
  deepEqual(stored.data, { n: 1 });
  deepEqual(right(await store.readStream('Test-a'))[0]?.metadata, meta);
  await store.close();
});

test('the server deduplicates a repeated append by its event ids: written once, reported twice', async () => {
  const stream = `${freshNamespace()}.Test-a`;
  const batch = [jsonEvent({ type: 'Tested', data: { i: 1 } }), jsonEvent({ type: 'Tested', data: { i: 2 } })];
  const first = await client.appendToStream(stream, batch, { expectedRevision: NO_STREAM });
  const again = await client.appendToStream(stream, batch, { expectedRevision: NO_STREAM });
  equal(again.nextExpectedRevision, first.nextExpectedRevision);
  let count = 0;
  for await (const _ of client.readStream(stream)) count++;
  equal(count, 2);
});

standInOnly(target, 'an append whose reply was lost is sent again and written once', async (standIn) => {
  const store = await openStore(target);
  right(await store.append('Test-a', [event()], ExpectedRevision.noStream));
  standIn.loseNextReply();
  const batch = events(3);
  const result = right(await store.append('Test-a', batch, ExpectedRevision.exact(0n)));
  deepEqual(
    result.events.map((e) => e.eventId),
    batch.map((e) => e.eventId),
  );
  equal((await readAllEvents(store)).length, 4);
  deepEqual(right(await store.append('Test-a', batch, ExpectedRevision.exact(0n))), result, 'sending it once more');
  await store.close();
});

test('the same batch appended by two processes at once is written once, and both get what was recorded', async () => {
  const namespace = freshNamespace();
  const [a, b] = [await openStore(target, { namespace }), await openStore(target, { namespace })];
  const batch = events(2);
  const [ra, rb] = await Promise.all([
    a.append('Test-a', batch, ExpectedRevision.noStream),
    b.append('Test-a', batch, ExpectedRevision.noStream),
  ]);
  deepEqual(right(ra), right(rb));
  equal((await readAllEvents(a)).length, 2);
  await a.close();
  await b.close();
});

test('one event id appended to many streams at once: exactly one append wins, the others are DuplicateEventId', async () => {
  const store = await openStore(target);
  const shared = event();
  const results = await Promise.all(Array.from({ length: 8 }, (_, i) => store.append(`Test-${i}`, [shared], ExpectedRevision.any)));
  equal(results.filter(E.isRight).length, 1);
  for (const r of results.filter(E.isLeft)) deepEqual(r.left, { _tag: 'DuplicateEventId', eventId: shared.eventId, index: 0 });
  equal((await readAllEvents(store)).length, 1);
  await store.close();
});

test('a claim left behind by a crash holds its id until its slot is filled by another event, except for its own slot', async () => {
  const namespace = freshNamespace();
  const store = await openStore(target, { namespace });
  const orphan = event();
  // What a process that crashed between claiming and appending leaves: a claim on Test-a@0, and no event.
  await client.appendToStream(
    `${namespace}.ocop:eventId-${orphan.eventId}`,
    jsonEvent({ type: 'ocop:EventIdClaimed', data: { stream: 'Test-a', revision: '0' } }),
    { expectedRevision: NO_STREAM },
  );
  deepEqual(left(await store.append('Test-b', [orphan], ExpectedRevision.noStream)), {
    _tag: 'DuplicateEventId',
    eventId: orphan.eventId,
    index: 0,
  });
  right(await store.append('Test-a', [orphan], ExpectedRevision.noStream), 'its own slot');
  const other = event();
  await client.appendToStream(
    `${namespace}.ocop:eventId-${other.eventId}`,
    jsonEvent({ type: 'ocop:EventIdClaimed', data: { stream: 'Test-a', revision: '1' } }),
    { expectedRevision: NO_STREAM },
  );
  right(await store.append('Test-a', [event()], ExpectedRevision.exact(0n)), 'filling Test-a@1 with another event');
  right(await store.append('Test-b', [other], ExpectedRevision.noStream), 'the stale claim is taken over');
  equal((await readAllEvents(store)).length, 3);
  await store.close();
});

test('system events and claims stay out of readAll and subscriptions; the filter is sent to the server', async () => {
  const namespace = freshNamespace();
  const store = await openStore(target, { namespace });
  right(await store.append('Test-a', events(3), ExpectedRevision.noStream));
  // A link a projection wrote into a store stream, and records of system streams: none is the store's.
  target.standIn?.log.writeSystem(`${namespace}.Test-a`, '$>', `0@${namespace}.Test-a`);
  target.standIn?.log.writeSystem('$stats-127.0.0.1:2113', '$statsCollected', '{}');
  right(await store.append('Test-b', events(2), ExpectedRevision.noStream));
  const stored = await readAllEvents(store, { batchSize: 2 });
  deepEqual(
    stored.map((e) => `${e.stream}@${e.revision}`),
    ['Test-a@0', 'Test-a@1', 'Test-a@2', 'Test-b@0', 'Test-b@1'],
  );
  const received: string[] = [];
  const subscription = store.subscribeToAll({ from: 'start', onEvent: (e) => void received.push(e.eventId) });
  await new Promise<void>((resolve) => {
    const poll = (): unknown => (received.length >= 5 ? resolve() : setTimeout(poll, 5));
    poll();
  });
  await subscription.stop();
  deepEqual(
    received,
    stored.map((e) => e.eventId),
  );
  if (target.standIn) {
    const all = target.standIn.log.records();
    ok(all.filter((r) => r.type.startsWith('$') || r.stream.startsWith('$')).length >= 8, 'the stand-in wrote system events');
    ok(
      all.some((r) => r.stream.startsWith(`${namespace}.ocop:eventId-`)),
      'claims are in $all',
    );
    const filter = target.standIn.received.subscriptions[target.standIn.received.subscriptions.length - 1]?.filter;
    deepEqual(filter && { on: filter.on, regex: filter.regex }, { on: 'streamName', regex: `^${namespace}\\.[A-Za-z][A-Za-z0-9]*-` });
  }
  await store.close();
});

test('an event in a store stream that the store did not write is a CorruptEvent naming it', async () => {
  const namespace = freshNamespace();
  const store = await openStore(target, { namespace });
  await client.appendToStream(`${namespace}.Test-a`, jsonEvent({ type: 'Tested', data: {}, metadata: { correlationId: 'no $' } }));
  const error = left(await store.readStream('Test-a'));
  ok(error._tag === 'CorruptEvent', error._tag);
  ok(error.reason.startsWith('metadata: ') && error.reason.includes('hash'), error.reason);
  for await (const batch of store.readAll()) equal(left(batch)._tag, 'CorruptEvent');
  await store.close();
});

test('namespaces keep stores apart, event ids included', async () => {
  const [a, b] = [await openStore(target), await openStore(target)];
  const shared = event();
  right(await a.append('Test-a', [shared], ExpectedRevision.noStream));
  right(await b.append('Test-a', [shared], ExpectedRevision.noStream));
  right(await b.append('Test-b', events(2), ExpectedRevision.noStream));
  equal((await readAllEvents(a)).length, 1);
  equal((await readAllEvents(b)).length, 3);
  await a.close();
  await b.close();
});

test('a malformed connection string is a validation failure; a server that does not answer is StoreUnavailable', async () => {
  const malformed = left(await openEsdbStore({ connectionString: 'postgres://nowhere' }));
  equal(malformed._tag, 'ValidationFailure');
  equal(left(await openEsdbStore({ connectionString: target.connectionString, namespace: 'Not-valid' }))._tag, 'ValidationFailure');
  const gone = left(await openEsdbStore({ connectionString: 'esdb://127.0.0.1:1?tls=false' }));
  equal(gone._tag, 'StoreUnavailable');
});

test.after(async () => {
  await client.dispose();
  await target.close();
});
test.run();
