import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Client } from 'pg';
import { either as E } from 'fp-ts';
import { decodeWith } from '@ocop/kernel';
import { comparePositions, ExpectedRevision, verifyStream, type EventStore, type RecordedEvent } from '@ocop/eventstore';
import { collect, event, events, left, readAllOf, right, within } from '@ocop/eventstore/contract';
import { openPostgresStore, PostgresStoreConfig } from '../src/index.js';
import { connectionString, dropSchema, freshSchema, openTestStore, whenPostgres } from './database.js';

const sql = async (text: string): Promise<ReadonlyArray<Record<string, unknown>>> => {
  const client = new Client({ connectionString });
  await client.connect();
  try {
    return (await client.query<Record<string, unknown>>(text)).rows;
  } finally {
    await client.end();
  }
};

/** Appends one event on top of what it reads, retrying on conflicts: a read-modify-write client. */
const increment = async (store: EventStore, stream: string): Promise<number> => {
  for (let conflicts = 0; ; conflicts++) {
    const last = right(await store.readStream(stream, { direction: 'backwards', limit: 1 }))[0];
    const result = await store.append(
      stream,
      [event({ after: last?.revision.toString() ?? null })],
      ExpectedRevision.after(last?.revision),
    );
    if (E.isRight(result)) return conflicts;
    assert.is(result.left._tag, 'WrongExpectedRevision');
  }
};

const inGlobalOrder = (all: ReadonlyArray<RecordedEvent>): void => {
  const lastRevision = new Map<string, bigint>();
  all.forEach((e, i) => {
    const before = all[i - 1];
    if (before) assert.is(comparePositions(before.position, e.position), -1);
    assert.is(e.revision, (lastRevision.get(e.stream) ?? -1n) + 1n, `${e.stream} out of order`);
    lastRevision.set(e.stream, e.revision);
  });
};

await whenPostgres(() => {
  test('32 writers incrementing 4 hot streams through a pool of 16: no update lost, chains intact, global order consistent', async () => {
    const { store, dispose } = await openTestStore({ poolSize: 16 });
    try {
      const writers = 32;
      const perWriter = 12;
      const conflicts = await Promise.all(
        Array.from({ length: writers }, async (_, w) => {
          let n = 0;
          for (let i = 0; i < perWriter; i++) n += await increment(store, `Hot-${w % 4}`);
          return n;
        }),
      );
      assert.ok(conflicts.reduce((a, b) => a + b, 0) > 0, 'the writers never conflicted, so the test did not test');
      for (let h = 0; h < 4; h++) {
        const stream = right(await store.readStream(`Hot-${h}`));
        assert.is(stream.length, (writers / 4) * perWriter);
        assert.ok(E.isRight(verifyStream(stream)));
        stream.forEach((e, i) => assert.equal(e.data, { after: i === 0 ? null : String(i - 1) }, 'an append was made on a stale read'));
      }
      const all = await readAllOf(store, writers * perWriter, { batchSize: 100 });
      assert.is(all.length, writers * perWriter);
      inGlobalOrder(all);
    } finally {
      await dispose();
    }
  });

  test('16 writers racing to create one stream: exactly one succeeds', async () => {
    const { store, dispose } = await openTestStore({ poolSize: 16 });
    try {
      const results = await Promise.all(
        Array.from({ length: 16 }, () => store.append('Dossier-new', events(2), ExpectedRevision.noStream)),
      );
      assert.is(results.filter(E.isRight).length, 1);
      for (const r of results.filter(E.isLeft))
        assert.equal(r.left, { _tag: 'WrongExpectedRevision', stream: 'Dossier-new', expected: ExpectedRevision.noStream, actual: 1n });
    } finally {
      await dispose();
    }
  });

  test('stores opening one new schema at the same time migrate it once, and reopening changes nothing', async () => {
    const schema = freshSchema();
    try {
      const opened = await Promise.all(Array.from({ length: 4 }, () => openPostgresStore({ connectionString, schema })));
      for (const o of opened) await right(o).close();
      const again = right(await openPostgresStore({ connectionString, schema }));
      await again.close();
      assert.equal(
        (await sql(`SELECT version, name FROM "${schema}".migrations`)).map((r) => r['version']),
        [1],
      );
    } finally {
      await dropSchema(schema);
    }
  });

  test("an append notifies the store's channel, and reaches a subscription of another store on the same schema", async () => {
    const { store, schema, dispose } = await openTestStore({ pollIntervalMs: 1000 });
    const other = right(await openPostgresStore({ connectionString, schema }));
    const listener = new Client({ connectionString });
    await listener.connect();
    try {
      await listener.query(`LISTEN "ocop_${schema}"`);
      const notified = new Promise<void>((resolve) => listener.once('notification', () => resolve()));
      const c = collect(store, 'start');
      await c.caughtUp();
      right(await other.append('Dossier-1', events(3), ExpectedRevision.noStream));
      await within(notified, 'a notification');
      await c.received(3);
      await c.subscription.stop();
    } finally {
      await listener.end();
      await other.close();
      await dispose();
    }
  });

  test('an unreachable server is StoreUnavailable, promptly', async () => {
    const error = left(await openPostgresStore({ connectionString: 'postgres://postgres@127.0.0.1:1/test', connectTimeoutMs: 2000 }));
    assert.is(error._tag, 'StoreUnavailable');
  });

  test('a schema dropped under a running store makes its operations StoreUnavailable; a dropped connection is replaced', async () => {
    const { store, schema, dispose } = await openTestStore();
    try {
      right(await store.append('Dossier-1', events(1), ExpectedRevision.noStream));
      await sql(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE pid <> pg_backend_pid() AND query LIKE '%${schema}%'`);
      assert.is(right(await store.readStream('Dossier-1')).length, 1);
      right(await store.append('Dossier-1', events(1), ExpectedRevision.exact(0n)));
      await dropSchema(schema);
      assert.is(left(await store.readStream('Dossier-1'))._tag, 'StoreUnavailable');
      assert.is(left(await store.append('Dossier-1', events(1), ExpectedRevision.any))._tag, 'StoreUnavailable');
      for await (const batch of store.readAll()) assert.is(left(batch)._tag, 'StoreUnavailable');
    } finally {
      await dispose();
    }
  });

  test('an auditor editing stored data gets a hash mismatch; metadata edited out of shape is a CorruptEvent', async () => {
    const { store, schema, dispose } = await openTestStore();
    try {
      right(await store.append('Dossier-1', events(3), ExpectedRevision.noStream));
      await sql(`UPDATE "${schema}".events SET data = '{"tag":"e","i":9}' WHERE revision = 1`);
      const verified = verifyStream(right(await store.readStream('Dossier-1')));
      assert.ok(E.isLeft(verified) && verified.left.reason === 'HashMismatch' && verified.left.revision === 1n);
      await sql(`UPDATE "${schema}".events SET metadata = '{}' WHERE revision = 2`);
      assert.is(left(await store.readStream('Dossier-1'))._tag, 'CorruptEvent');
    } finally {
      await dispose();
    }
  });

  test('bad options are refused, naming the option', () => {
    const bad = decodeWith(PostgresStoreConfig)({ connectionString, schema: 'Ocop; DROP', poolSize: 0 });
    assert.equal(E.isLeft(bad) && bad.left.errors.map((e) => e.path), ['schema', 'poolSize']);
  });
}, test);

test.run();
