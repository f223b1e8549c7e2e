import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { EventStore } from '@ocop/eventstore';
import { openPostgresStore } from '@ocop/store-postgres';
import { openSqliteStore } from '@ocop/store-sqlite';
import { allReadModels, postgresStorage, registryQueries, sqliteStorage, type ProjectionStorage } from '../src/index.js';
import { connectionString, dropSchemas, freshSchema, whenPostgres } from './postgres.js';
import { allEvents, built, checkpoints, copyEvents, dump, right, tanhLinhStore, today } from './support.js';

const runnerProcess = (kind: 'sqlite' | 'postgres', events: string, readModels: string, delay: number, exit: boolean): ChildProcess =>
  spawn(
    process.execPath,
    [
      '--conditions=source',
      '--import',
      'tsx',
      join(import.meta.dirname, 'fixtures/runner-process.ts'),
      kind,
      events,
      readModels,
      String(delay),
      exit ? 'exit' : '',
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );

const exited = (child: ChildProcess): Promise<number | null> =>
  new Promise((resolve) =>
    child.exitCode !== null || child.signalCode !== null ? resolve(child.exitCode) : child.once('exit', (code) => resolve(code)),
  );

/** Resolves when the child has printed `line`. */
const printed = (child: ChildProcess, line: string): Promise<void> =>
  new Promise((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.split('\n').includes(line)) resolve();
    });
    child.once('exit', (code) => reject(new Error(`the runner exited (${code}) before printing "${line}"`)));
  });

/** Resolves once every read model has applied some events but at least one has not applied them all. */
const midway = async (storage: ProjectionStorage, last: string): Promise<void> => {
  for (let i = 0; i < 3000; i++) {
    const c = await checkpoints(storage);
    if (c.length === allReadModels.length && c.every((x) => x !== null) && c.some((x) => x !== last)) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error('the runner never got midway');
};

const copyInto = async (store: EventStore): Promise<string> => {
  await copyEvents(await allEvents(await tanhLinhStore()), store);
  const copied = await allEvents(store);
  const lastEvent = copied[copied.length - 1];
  if (!lastEvent) throw new Error('no events');
  await store.close();
  return checkpointOf(lastEvent.position);
};

const checkpointOf = (p: { readonly commit: bigint; readonly prepare: bigint }): string =>
  `${p.commit.toString().padStart(20, '0')}:${p.prepare.toString().padStart(20, '0')}`;

/** What a rebuild from zero in memory holds (positions are the store's own): what every crash-and-restart must end with. */
const fromZero = async (store: EventStore) => {
  const rows = await dump(await built(store));
  await store.close();
  return rows;
};
const pgEvents = async (schema: string) => right(await openPostgresStore({ connectionString, schema }));

test('SQLite: a runner killed with SIGKILL in the middle and restarted ends with the rows of a rebuild from zero', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ocop-projections-kill-'));
  const events = join(dir, 'events.sqlite');
  const readModels = join(dir, 'read-models.sqlite');
  try {
    const last = await copyInto(right(await openSqliteStore({ path: events })));
    const watcher = right(sqliteStorage({ path: readModels }));
    const first = runnerProcess('sqlite', events, readModels, 5, false);
    await midway(watcher, last);
    first.kill('SIGKILL');
    await exited(first);
    const partial = await checkpoints(watcher);
    assert.ok(
      partial.some((c) => c !== last),
      'killed before the end',
    );
    const second = runnerProcess('sqlite', events, readModels, 0, true);
    assert.is(await exited(second), 0);
    assert.equal(
      await checkpoints(watcher),
      allReadModels.map(() => last),
    );
    assert.equal(await dump(watcher), await fromZero(right(await openSqliteStore({ path: events }))));
    await watcher.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

await whenPostgres(() => {
  test('PostgreSQL: the same read models and answers as in memory', async () => {
    const schema = freshSchema('rm');
    const storage = right(await postgresStorage({ connectionString, schema }));
    try {
      await built(await tanhLinhStore(), storage);
      assert.equal(await dump(storage), await dump(await built(await tanhLinhStore())));
      const rows = right(
        await registryQueries(storage).search({ today, province: '68', text: 'GAO', status: ['expired', 'revoked'] }),
      ).rows;
      assert.equal(
        rows.map((r) => [r.name, r.status]),
        [
          ['Gạo Đức Lan', 'expired'],
          ['Gạo ST25 Gia An', 'revoked'],
        ],
      );
    } finally {
      await storage.close();
      await dropSchemas(schema);
    }
  });

  test('PostgreSQL: a runner killed with SIGKILL in the middle and restarted ends with the rows of a rebuild from zero', async () => {
    const events = freshSchema('ev');
    const readModels = freshSchema('rm');
    const watcher = right(await postgresStorage({ connectionString, schema: readModels }));
    try {
      const last = await copyInto(right(await openPostgresStore({ connectionString, schema: events })));
      const first = runnerProcess('postgres', events, readModels, 5, false);
      await midway(watcher, last);
      first.kill('SIGKILL');
      await exited(first);
      assert.ok(
        (await checkpoints(watcher)).some((c) => c !== last),
        'killed before the end',
      );
      const second = runnerProcess('postgres', events, readModels, 0, true);
      assert.is(await exited(second), 0);
      assert.equal(await dump(watcher), await fromZero(await pgEvents(events)));
    } finally {
      await watcher.close();
      await dropSchemas(events, readModels);
    }
  });

  test('PostgreSQL: of two runners one leads each read model; killed, the other takes over and finishes without loss or duplicate', async () => {
    const events = freshSchema('ev');
    const readModels = freshSchema('rm');
    const watcher = right(await postgresStorage({ connectionString, schema: readModels }));
    const children: ChildProcess[] = [];
    try {
      const last = await copyInto(right(await openPostgresStore({ connectionString, schema: events })));
      // Slow enough that the second runner is up and waiting before the first is done.
      const a = runnerProcess('postgres', events, readModels, 40, false);
      children.push(a);
      await printed(a, `leading ${allReadModels.length}`);
      const b = runnerProcess('postgres', events, readModels, 0, true);
      children.push(b);
      const bCaughtUp = printed(b, 'caught-up');
      bCaughtUp.catch(() => undefined);
      await printed(b, 'leading 0');
      await midway(watcher, last);
      a.kill('SIGKILL');
      await exited(a);
      await bCaughtUp;
      assert.is(await exited(b), 0);
      assert.equal(
        await checkpoints(watcher),
        allReadModels.map(() => last),
      );
      assert.equal(await dump(watcher), await fromZero(await pgEvents(events)));
    } finally {
      for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
      await watcher.close();
      await dropSchemas(events, readModels);
    }
  });
}, test);

test.run();
