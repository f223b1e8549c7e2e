import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { either as E } from 'fp-ts';
import { instant } from '@ocop/kernel';
import { ExpectedRevision, memoryStore, type EventStore } from '@ocop/eventstore';
import { createLedger } from '@ocop/ledger';
import { offices, story } from '@ocop/example-tanh-linh-2024';
import { allReadModels, createRunner, memoryStorage, productRegistry, registryQueries, sqliteStorage } from '../src/index.js';
import { allEvents, built, checkpoints, dump, right, slowed, storeOf, tanhLinhStore, today } from './support.js';

const scratch = () => {
  const dir = mkdtempSync(join(tmpdir(), 'ocop-projections-'));
  return { path: join(dir, 'read-models.sqlite'), remove: () => rmSync(dir, { recursive: true, force: true }) };
};

test('SQLite and memory storages hold the same documents for the same events', async () => {
  const { path, remove } = scratch();
  try {
    const store = await tanhLinhStore();
    const sqlite = right(sqliteStorage({ path }));
    assert.equal(await dump(await built(store, sqlite)), await dump(await built(store)));
    await sqlite.close();
  } finally {
    remove();
  }
});

test('a rebuild fills new tables while queries keep reading the old ones, then switches and drops them', async () => {
  const { path, remove } = scratch();
  try {
    const store = await tanhLinhStore();
    const storage = right(sqliteStorage({ path }));
    const before = await dump(await built(store, storage));
    const runner = createRunner({ store: slowed(store, 1), storage, readModels: allReadModels, batchSize: 20 });
    right(await runner.start());
    await runner.caughtUp();
    const rebuilt = runner.rebuild(allReadModels.map((m) => m.name));
    const registry = registryQueries(storage);
    const answers: number[] = [];
    let finished = false;
    void rebuilt.then(() => (finished = true));
    while (!finished) {
      answers.push(right(await registry.search({ today })).total);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    right(await rebuilt);
    assert.ok(answers.length > 0, `queries answered during the rebuild: ${answers.length}`);
    assert.ok(
      answers.every((n) => n === 7),
      'every query saw the whole registry',
    );
    const generations = right(await storage.catalog());
    assert.equal(
      generations.map((g) => [g.name, g.generation, g.state]),
      allReadModels.map((m) => [m.name, 2, 'active']),
    );
    assert.equal(await dump(storage), before);
    await runner.stop();
    await storage.close();
  } finally {
    remove();
  }
});

test('a new version is built beside the old one, which serves until the new one has caught up', async () => {
  const store = await tanhLinhStore();
  const storage = await built(store, memoryStorage(), [productRegistry]);
  const next = productRegistry.version + 1;
  const runner = createRunner({ store: slowed(store, 1), storage, readModels: [{ ...productRegistry, version: next }] });
  try {
    right(await runner.start());
    assert.is(right(await registryQueries(storage).search({ today })).total, 7, 'the current version serves during the build');
    await runner.caughtUp();
    const catalog = right(await storage.catalog());
    assert.equal(
      catalog.map((g) => [g.generation, g.version, g.state]),
      [[2, next, 'active']],
    );
    const old = await registryQueries(storage).search({ today });
    assert.ok(E.isLeft(old) && old.left._tag === 'ReadModelNotReady' && old.left.activeVersion === next, 'the old version is gone');
  } finally {
    // A runner left running would keep the test process alive.
    await runner.stop();
  }
});

test('after catching up the runner follows the store: a new listing shows at once', async () => {
  const store = await storeOf(await allEvents(await tanhLinhStore()));
  const storage = memoryStorage();
  const runner = createRunner({ store, storage, readModels: allReadModels });
  right(await runner.start());
  await runner.caughtUp();
  await story(createLedger(store), store).list('cha-ca-that-lat', 'Tiki', 'ecommerce', '2026-11-29', offices.tanhLinhDistrict);
  const channels = async () => right(await registryQueries(storage).product('cha-ca-that-lat', { today }))?.channels.map((c) => c.name);
  for (let i = 0; i < 500 && !(await channels())?.includes('Tiki'); i++) await new Promise((resolve) => setTimeout(resolve, 20));
  assert.equal(await channels(), ['Tiki']);
  await runner.stop();
});

test('an event that does not decode stops the runner and names where it is', async () => {
  const store = memoryStore();
  right(
    await store.append(
      'Product-broken',
      [
        {
          eventId: '00000000-0000-4000-8000-000000000001',
          type: 'ProductRegistered',
          schemaVersion: 1,
          data: { productId: 'broken' },
          metadata: {
            correlationId: 'c',
            causationId: 'c',
            commandId: 'c',
            actor: { id: 'a', role: 'system', organisation: 'o' },
            businessTime: instant('2026-01-01T00:00:00.000Z'),
          },
        },
      ],
      ExpectedRevision.any,
    ),
  );
  const runner = createRunner({ store, storage: memoryStorage(), readModels: allReadModels });
  right(await runner.start());
  const done = await runner.done;
  assert.ok(E.isLeft(done) && done.left._tag === 'UndecodableEvent' && done.left.stream === 'Product-broken');
});

test('catching up behind a store that does not say it has caught up, folded events are written without waiting for a full batch', async () => {
  const store = await tanhLinhStore();
  // A store that never calls onCaughtUp, as a busy PostgreSQL with a transaction always pending would not.
  const neverCaughtUp: EventStore = {
    ...store,
    subscribeToAll: ({ onCaughtUp: _, ...options }) => store.subscribeToAll(options),
  };
  const storage = memoryStorage();
  // Far fewer events than a batch, and no word that the store has caught up: only the bound on how long folded
  // events wait for their batch writes them.
  const runner = createRunner({ store: neverCaughtUp, storage, readModels: allReadModels, batchSize: 5000 });
  right(await runner.start());
  const expected = await built(store);
  const done = async () => JSON.stringify(await checkpoints(storage)) === JSON.stringify(await checkpoints(expected));
  // Written after about a second; never, were the runner to wait for the batch to fill.
  for (let i = 0; i < 200 && !(await done()); i++) await new Promise((r) => setTimeout(r, 50));
  assert.equal(await checkpoints(storage), await checkpoints(expected));
  assert.equal(await dump(storage), await dump(expected));
  await runner.stop();
  right(await runner.done);
});

test.run();
