// The server behaviour the stand-in models, checked through the client alone, with no store in between.
// Against a real server (ESDB_CONNECTION_STRING) these tests check the model itself.
import { deepEqual, equal, ok } from 'node:assert/strict';
import { test } from 'uvu';
import {
  BACKWARDS,
  END,
  EventStoreDBClient,
  excludeSystemEvents,
  jsonEvent,
  NO_STREAM,
  STREAM_EXISTS,
  START,
  StreamNotFoundError,
  WrongExpectedVersionError,
  type AppendExpectedRevision,
  type Position,
} from '@eventstore/db-client';
import { within } from '@ocop/eventstore/contract';
import { announce, freshNamespace, openTarget } from './target.js';

const target = await openTarget();
announce('server model', target);
const client = EventStoreDBClient.connectionString(target.connectionString);
const fresh = (): string => `${freshNamespace()}.Test-a`;
const tested = (i: number) => jsonEvent({ type: 'Tested', data: { i } });

const revisions = async (stream: string): Promise<ReadonlyArray<bigint>> => {
  const found: bigint[] = [];
  for await (const { event } of client.readStream(stream)) if (event) found.push(event.revision);
  return found;
};

const conflict = async (stream: string, expected: AppendExpectedRevision): Promise<WrongExpectedVersionError> => {
  try {
    await client.appendToStream(stream, tested(0), { expectedRevision: expected });
  } catch (error) {
    if (error instanceof WrongExpectedVersionError) return error;
    throw error;
  }
  throw new Error(`appending with ${String(expected)} succeeded`);
};

test('revisions count from 0, and an append answers with the revision of its last event', async () => {
  const stream = fresh();
  equal((await client.appendToStream(stream, [tested(1), tested(2)], { expectedRevision: NO_STREAM })).nextExpectedRevision, 1n);
  equal((await client.appendToStream(stream, tested(3), { expectedRevision: 1n })).nextExpectedRevision, 2n);
  deepEqual(await revisions(stream), [0n, 1n, 2n]);
});

test('a conflict reports the current revision, or no_stream when the stream does not exist', async () => {
  const stream = fresh();
  equal((await conflict(stream, 3n)).actualVersion, 'no_stream');
  equal((await conflict(stream, STREAM_EXISTS)).actualVersion, 'no_stream');
  await client.appendToStream(stream, [tested(1), tested(2)], { expectedRevision: NO_STREAM });
  const error = await conflict(stream, NO_STREAM);
  equal(error.actualVersion, 1n);
  equal(error.streamName, stream);
});

test('the same events after the same expected revision are written once; a partial match is a conflict', async () => {
  const stream = fresh();
  const batch = [tested(1), tested(2)];
  await client.appendToStream(stream, batch, { expectedRevision: NO_STREAM });
  equal((await client.appendToStream(stream, batch, { expectedRevision: NO_STREAM })).nextExpectedRevision, 1n);
  deepEqual(await revisions(stream), [0n, 1n]);
  const second = batch[1];
  ok(second);
  let refused = false;
  try {
    await client.appendToStream(stream, [second, tested(3)], { expectedRevision: 0n });
  } catch (error) {
    refused = error instanceof WrongExpectedVersionError;
  }
  ok(refused, 'a batch that matches only in part was accepted');
  deepEqual(await revisions(stream), [0n, 1n]);
});

test('a stream that does not exist reads as StreamNotFoundError', async () => {
  let error: unknown;
  try {
    for await (const _ of client.readStream(fresh())) void _;
  } catch (e) {
    error = e;
  }
  ok(error instanceof StreamNotFoundError);
});

test('$all grows in position order and holds system events, which a filtered subscription leaves out', async () => {
  // Read to the end: a read left early never finishes in the client, and its dispose() would wait for it.
  let before: Position | undefined;
  for await (const { event } of client.readAll({ direction: BACKWARDS, fromPosition: END, maxCount: 1 })) before = event?.position;
  const [a, b] = [fresh(), fresh()];
  await client.appendToStream(a, [tested(1), tested(2)], { expectedRevision: NO_STREAM });
  await client.appendToStream(b, [tested(3)], { expectedRevision: NO_STREAM });
  await client.appendToStream(a, [tested(4)], { expectedRevision: 1n });
  const ours: Array<{ stream: string; position: Position }> = [];
  let system = 0;
  for await (const { event } of client.readAll({ fromPosition: START, maxCount: 100_000 })) {
    if (!event) continue;
    if (event.type.startsWith('$')) system++;
    if (event.streamId === a || event.streamId === b) ours.push({ stream: event.streamId, position: event.position });
  }
  ok(system > 0, 'no system event in $all');
  deepEqual(
    ours.map((e) => e.stream),
    [a, a, b, a],
  );
  for (let i = 1; i < ours.length; i++) {
    const [p, q] = [ours[i - 1]?.position, ours[i]?.position];
    ok(p && q && (p.commit < q.commit || (p.commit === q.commit && p.prepare < q.prepare)), 'positions do not grow');
  }
  const seen: string[] = [];
  const subscription = client.subscribeToAll({ fromPosition: before ?? START, filter: excludeSystemEvents() });
  const caughtUp = new Promise<void>((resolve) => subscription.once('caughtUp', resolve));
  const last = new Promise<void>((resolve) =>
    subscription.on('data', ({ event }) => {
      if (event) seen.push(event.type);
      if (event?.streamId === a && event.revision === 2n) resolve();
    }),
  );
  await within(last, 'the events appended');
  // EventStoreDB 23.10 and later say when the subscription turns live; the stand-in models those.
  if (target.standIn) await within(caughtUp, 'the caught-up signal');
  await subscription.unsubscribe();
  ok(seen.length > 0 && seen.every((type) => !type.startsWith('$')), `the filter let ${seen.join(', ')} through`);
});

test.after(async () => {
  await client.dispose();
  await target.close();
});
test.run();
