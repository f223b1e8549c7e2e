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

/** Resolves once the child has printed `committed n`, with how long its last batch took (from the previous print). */
const committed = (child: ChildProcess, n: number): Promise<number> =>
  new Promise((resolve, reject) => {
    let output = '';
    const printed: number[] = [];
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      printed.push(performance.now());
      if (output.includes(`committed ${n}\n`)) resolve((printed.at(-1) ?? 0) - (printed.at(-2) ?? 0));
    });
    child.once('exit', (code) => reject(new Error(`the writer exited (${code}) before committing batch ${n}`)));
  });

const scratch = (): { readonly path: string; readonly remove: () => void } => {
  const dir = mkdtempSync(join(tmpdir(), 'ocop-sqlite-proc-'));
  return { path: join(dir, 'events.sqlite'), remove: () => rmSync(dir, { recursive: true, force: true }) };
};

test('a writer killed with SIGKILL in the middle of batches leaves only whole batches, and the file verifies', async () => {
  const { path, remove } = scratch();
  try {
    for (let round = 1; round <= 3; round++) {
      const child = writer(path, 'batches');
      const batchMs = await within(committed(child, 2), 'the writer to commit some batches', 60_000);
      // Pull the plug somewhere in the next batch: most of a batch's time is spent inside its transaction.
      await new Promise((resolve) => setTimeout(resolve, batchMs * (0.3 + Math.random() * 0.6)));
      child.kill('SIGKILL');
      await exited(child);

      const raw = new Database(path, { readonly: true });
      assert.is(raw.pragma('integrity_check', { simple: true }), 'ok');
      raw.close();
      const store = right(await openSqliteStore({ path }));
      const all = await readAllEvents(store, { batchSize: 5000 });
      const batches = new Map<string, number>();
      for (const e of all) {
        const field = (name: string): unknown =>
          typeof e.data === 'object' && e.data !== null ? Object.getOwnPropertyDescriptor(e.data, name)?.value : undefined;
        const key = `${String(field('run'))}.${String(field('batch'))}/${String(field('size'))}`;
        batches.set(key, (batches.get(key) ?? 0) + 1);
      }
      for (const [key, n] of batches) assert.is(n, Number(key.split('/')[1]), `batch ${key} is not whole`);
      assert.ok(all.length > 0 && all.length % 2000 === 0);
      for (const stream of new Set(all.map((e) => e.stream)))
        assert.ok(E.isRight(verifyStream(right(await store.readStream(stream)))), stream);
      await store.close();
    }
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
