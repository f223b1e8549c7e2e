import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { either as E } from 'fp-ts';
import { openSqliteStore } from '@ocop/store-sqlite';
import { allReadModels, createThreadedRunner, sqliteStorage, twoThreadGroups } from '../src/index.js';
import { allEvents, built, copyEvents, dump, right, tanhLinhStore } from './support.js';

const parts = new URL('./fixtures/sqlite-parts.mjs', import.meta.url).href;
const groups = twoThreadGroups;

/** The Tánh Linh history in a SQLite store file, and a path for read models beside it. */
const scratch = async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ocop-threads-'));
  const storePath = join(dir, 'events.sqlite');
  const store = right(await openSqliteStore({ path: storePath }));
  await copyEvents(await allEvents(await tanhLinhStore()), store);
  await store.close();
  return { storePath, storagePath: join(dir, 'read-models.sqlite'), remove: () => rmSync(dir, { recursive: true, force: true }) };
};

/** A threaded runner over those files, started and caught up. */
const caughtUpRunner = async (storePath: string, storagePath: string) => {
  const runner = createThreadedRunner({ parts: { module: parts, data: { storePath, storagePath } }, groups, batchSize: 50 });
  right(await runner.start());
  await runner.caughtUp();
  return runner;
};

/** The documents in the read-model file, with those one runner builds from the same events. */
const documents = async (storagePath: string) => {
  const storage = right(sqliteStorage({ path: storagePath }));
  const dumped = await dump(storage);
  await storage.close();
  return { threads: dumped, one: await dump(await built(await tanhLinhStore())) };
};

test('read models kept by two threads hold the same documents as those of one runner, and say so in status', async () => {
  const { storePath, storagePath, remove } = await scratch();
  try {
    const runner = await caughtUpRunner(storePath, storagePath);
    const status = right(await runner.status());
    assert.equal(groups.flat().sort(), allReadModels.map((m) => m.name).sort(), 'the groups name every read model');
    assert.equal(
      status.map((s) => [s.name, s.leading, s.generations.length]),
      groups.flat().map((name) => [name, true, 1]),
    );
    await runner.stop();
    assert.equal(await runner.done, E.right(undefined));
    const { threads, one } = await documents(storagePath);
    assert.equal(threads, one);
  } finally {
    remove();
  }
});

test('a rebuild asked of the threaded runner is done by the threads that keep those read models', async () => {
  const { storePath, storagePath, remove } = await scratch();
  try {
    const runner = await caughtUpRunner(storePath, storagePath);
    right(await runner.rebuild(['dossier_pipeline', 'decision_trail']));
    const generations = right(await runner.status()).map((s) => [s.name, s.generations.map((g) => [g.generation, g.state])]);
    assert.equal(generations, [
      ['product_registry', [[1, 'active']]],
      ['dossier_pipeline', [[2, 'active']]],
      ['programme_indicators', [[1, 'active']]],
      ['rounds_councils', [[1, 'active']]],
      ['decision_trail', [[2, 'active']]],
    ]);
    assert.equal(await runner.rebuild(['no_such_model']), E.left({ _tag: 'UnknownReadModel', name: 'no_such_model' }));
    await runner.stop();
    const { threads, one } = await documents(storagePath);
    assert.equal(threads, one);
  } finally {
    remove();
  }
});

test('parts that cannot be opened (bad data, no such module), or a read model they lack, make start fail; stop still ends the runner', async () => {
  const nowhere = new URL('./fixtures/no-such-parts.ts', import.meta.url).href;
  for (const [module, data, group, tag] of [
    [parts, {}, ['product_registry'], 'StorageUnavailable'],
    [nowhere, {}, ['product_registry'], 'StorageUnavailable'],
    [parts, { storePath: ':memory:', storagePath: ':memory:' }, ['no_such_model'], 'UnknownReadModel'],
  ] as const) {
    const runner = createThreadedRunner({ parts: { module, data }, groups: [group] });
    const started = await runner.start();
    assert.is(E.isLeft(started) && started.left._tag, tag);
    await runner.stop();
    assert.equal(await runner.done, E.right(undefined));
  }
});

test.run();
