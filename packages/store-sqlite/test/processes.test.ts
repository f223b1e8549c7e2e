import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import Database from 'better-sqlite3';
import { either as E } from 'fp-ts';
import { verifyStream } from '@ocop/eventstore';
import { collect, readAllEvents, right, within } from '@ocop/eventstore/contract';
import { openSqliteStore } from '../src/index.js';

const writer = (path: string, mode: string, count = 0): ChildProcess =>
  spawn(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', join(import.meta.dirname, 'fixtures/writer.ts'), path, mode, String(count)],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );

const exited = (child: ChildProcess): Promise<void> =>
  new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));

/** The lines a child prints, and a wait for the first one (from now on) that matches. */
const linesOf = (child: ChildProcess) => {
  let pending = '';
  const waiting: Array<{ readonly pattern: RegExp; readonly resolve: (line: string) => void }> = [];
  child.stdout?.on('data', (chunk: Buffer) => {
    pending += chunk.toString();
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines)
      for (const w of [...waiting])
        if (w.pattern.test(line)) {
          waiting.splice(waiting.indexOf(w), 1);
          w.resolve(line);
        }
  });
  return {
    next: (pattern: RegExp): Promise<string> =>
      new Promise((resolve, reject) => {
        waiting.push({ pattern, resolve });
        child.once('exit', (code) => reject(new Error(`the writer exited (${code}) before printing ${pattern}`)));
      }),
  };
};

const scratch = (): { readonly path: string; readonly remove: () => void } => {
  const dir = mkdtempSync(join(tmpdir(), 'ocop-sqlite-proc-'));
  return { path: join(dir, 'events.sqlite'), remove: () => rmSync(dir, { recursive: true, force: true }) };
};

test('a writer killed with SIGKILL in the middle of batches leaves only whole batches, and the file verifies', async () => {
  const { path, remove } = scratch();
  try {
    // Rounds until three have been killed while a batch was being appended (begun, not yet stored), at most ten.
    let inside = 0;
    for (let round = 1; round <= 10 && inside < 3; round++) {
      const child = writer(path, 'batches');
      const lines = linesOf(child);
      await within(lines.next(/^committed 2$/), 'the writer to commit some batches', 60_000);
      const started = await within(lines.next(/^appending \d+$/), 'the writer to begin another batch', 60_000);
      child.kill('SIGKILL');
      await exited(child);
      const killedIn = Number(started.split(' ')[1]);

      const raw = new Database(path, { readonly: true });
      assert.is(raw.pragma('integrity_check', { simple: true }), 'ok');
      raw.close();
      const store = right(await openSqliteStore({ path }));
      const all = await readAllEvents(store, { batchSize: 5000 });
      const batches = new Map<string, number>();
      let killedBatchStored = false;
      for (const e of all) {
        const field = (name: string): unknown =>
          typeof e.data === 'object' && e.data !== null ? Object.getOwnPropertyDescriptor(e.data, name)?.value : undefined;
        const key = `${String(field('run'))}.${String(field('batch'))}/${String(field('size'))}`;
        batches.set(key, (batches.get(key) ?? 0) + 1);
        if (field('run') === child.pid && field('batch') === killedIn) killedBatchStored = true;
      }
      for (const [key, n] of batches) assert.is(n, Number(key.split('/')[1]), `batch ${key} is not whole`);
      assert.ok(all.length > 0 && all.length % 2000 === 0);
      for (const stream of new Set(all.map((e) => e.stream)))
        assert.ok(E.isRight(verifyStream(right(await store.readStream(stream)))), stream);
      await store.close();
      // The kill landed inside the append of that batch when the batch is not there (it may also land just after).
      if (!killedBatchStored) inside += 1;
    }
    assert.ok(inside >= 3, `only ${inside} kills landed inside an append`);
  } finally {
    remove();
  }
});

test("another process's appends reach a subscription by polling", async () => {
  const { path, remove } = scratch();
  try {
    const store = right(await openSqliteStore({ path, pollIntervalMs: 10 }));
    const c = collect(store, 'start');
    await c.caughtUp();
    const child = writer(path, 'trickle', 20);
    await c.received(20);
    await exited(child);
    assert.equal(
      c.events.map((e) => e.data),
      Array.from({ length: 20 }, (_, i) => ({ i })),
    );
    await c.subscription.stop();
    await store.close();
  } finally {
    remove();
  }
});

test('processes that open and write one new file at the same time all succeed', async () => {
  const { path, remove } = scratch();
  try {
    const children = [writer(path, 'trickle', 10), writer(path, 'trickle', 10), writer(path, 'trickle', 10)];
    const codes = await Promise.all(children.map((c) => new Promise<number | null>((resolve) => c.once('exit', resolve))));
    assert.equal(codes, [0, 0, 0]);
    const store = right(await openSqliteStore({ path }));
    const stream = right(await store.readStream('Trickle-1'));
    assert.is(stream.length, 30);
    assert.ok(E.isRight(verifyStream(stream)));
    await store.close();
  } finally {
    remove();
  }
});

test.run();
