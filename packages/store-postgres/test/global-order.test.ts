import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Client } from 'pg';
import { chainEvents, ExpectedRevision, streamName } from '@ocop/eventstore';
import { collect, event, readAllEvents, readAllOf, right } from '@ocop/eventstore/contract';
import { instant } from '@ocop/kernel';
import { appendArguments, appendCall } from '../src/append-call.js';
import { quoteIdentifier } from '../src/schema.js';
import { connectionString, openTestStore, whenPostgres } from './database.js';

/**
 * Writer A: a connection of its own runs the store's append function inside a transaction it keeps open,
 * as a slow writer would. Its transaction id is taken before B's, so A comes first in the global order.
 */
const slowWriter = async (schema: string) => {
  const client = new Client({ connectionString });
  await client.connect();
  await client.query('BEGIN');
  const slow = event({ writer: 'A' });
  const chained = chainEvents(streamName('Slow-a'), { firstRevision: 0n, previousHash: null }, [slow], instant('2026-05-22T03:00:00.000Z'));
  await client.query(appendCall(quoteIdentifier(schema)), [
    ...appendArguments(streamName('Slow-a'), undefined, chained, instant('2026-05-22T03:00:00.000Z')),
  ]);
  let open = true;
  return {
    eventId: slow.eventId,
    end: async (how: 'COMMIT' | 'ROLLBACK') => {
      if (!open) return;
      open = false;
      await client.query(how);
      await client.end();
    },
  };
};

const outOfOrder = (how: 'COMMIT' | 'ROLLBACK') => async () => {
  const { store, schema, dispose } = await openTestStore({ pollIntervalMs: 20 });
  const a = await slowWriter(schema);
  try {
    const b = event({ writer: 'B' });
    right(await store.append('Fast-b', [b], ExpectedRevision.noStream), 'B commits while A is open');
    assert.equal(await readAllEvents(store), [], 'a reader saw B while A, which comes before it, could still commit');
    const c = collect(store, 'start');
    await a.end(how);
    const expected = how === 'COMMIT' ? [a.eventId, b.eventId] : [b.eventId];
    assert.is(await c.caughtUp(), expected.length, 'the subscriber said it was caught up before A was decided');
    await c.subscription.stop();
    // Had the subscriber delivered B while A was open, A would come after B here, or not at all.
    assert.equal(
      c.events.map((e) => e.eventId),
      expected,
    );
    assert.equal(
      (await readAllOf(store, expected.length)).map((e) => e.eventId),
      expected,
    );
  } finally {
    // On a failed check A is still open, and would keep the schema from being dropped.
    await a.end('ROLLBACK');
    await dispose();
  }
};

await whenPostgres(() => {
  test(
    'a transaction that commits after a later one is not skipped: readers wait for it, then deliver both in order',
    outOfOrder('COMMIT'),
  );
  test('a transaction that rolls back holds readers back only until it ends', outOfOrder('ROLLBACK'));
}, test);

test.run();
