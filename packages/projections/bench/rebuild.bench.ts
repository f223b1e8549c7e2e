// How fast every read model is rebuilt from zero, beside how fast the same store reads its events back, in
// the same run: on a generated national history (about 20,000 products of 10,000 subjects, five years of
// rounds, re-evaluations and revocations) in SQLite, the read models in a SQLite file of their own.
// Goal: the rebuild at 50% or more of the raw read rate, in bounded memory.
// The data set is generated once (several minutes) and kept in .bench/data; BENCH_PRODUCTS and
// BENCH_SUBJECTS change its size.
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { either as E } from 'fp-ts';
import type { EventStore } from '@ocop/eventstore';
import { keptNationalDataset } from '@ocop/example-national-dataset';
import { openSqliteStore } from '@ocop/store-sqlite';
import { allReadModels, createRunner, createThreadedRunner, sqliteStorage, twoThreadGroups, type Runner } from '@ocop/projections';

const seed = 2026;
const products = Number(process.env['BENCH_PRODUCTS'] ?? 20_000);
const subjects = Number(process.env['BENCH_SUBJECTS'] ?? 10_000);
const dataDir = join(import.meta.dirname, '../../../.bench/data');

const right = <A>(e: E.Either<unknown, A>, what: string): A => {
  if (E.isLeft(e)) throw new Error(`${what}: ${JSON.stringify(e.left)}`);
  return e.right;
};

const open = async (file: string): Promise<EventStore> =>
  right(await openSqliteStore({ path: file, synchronous: 'NORMAL' }), `opening ${file}`);

const kept = await keptNationalDataset({ dir: dataDir, seed, products, subjects });
const path = kept.path;
if (kept.generated)
  console.log(`generated ${kept.generated.events.toLocaleString('en')} events in ${kept.generated.seconds.toFixed(0)} s → ${path}`);

// Sampled as events go by: the reads and folds rarely yield to timers.
let peakHeap = 0;
let seen = 0;
const sample = (n: number): void => {
  seen += n;
  if (seen >= 1000) {
    seen = 0;
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }
};

const opened = await open(path);
const store: EventStore = {
  ...opened,
  subscribeToAll: (options) =>
    opened.subscribeToAll({
      ...options,
      onEvent: (event) => {
        sample(1);
        return options.onEvent(event);
      },
    }),
};

/** CPU seconds this process used (every thread) since `from`. */
const cpuSince = (from: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(from);
  return (used.user + used.system) / 1e6;
};

const readAll = async (): Promise<{ readonly events: number; readonly ms: number; readonly cpu: number }> => {
  const cpu = process.cpuUsage();
  const started = performance.now();
  let events = 0;
  for await (const page of store.readAll({ batchSize: 1000 })) {
    const n = right(page, 'reading').length;
    events += n;
    sample(n);
  }
  return { events, ms: performance.now() - started, cpu: cpuSince(cpu) };
};

/** Starts a runner over the read-model file at `path` and settles when it has caught up, with `stop`. */
type Rebuilder = (path: string) => Promise<{ readonly stop: () => Promise<void> }>;

/** Starts `runner`, waits until it has caught up, and gives what stops it (and then runs `close`). */
const caughtUp = async (runner: Runner, close: () => Promise<void> = () => Promise.resolve()) => {
  right(await runner.start(), 'starting');
  await runner.caughtUp();
  return {
    stop: async () => {
      await runner.stop();
      right(await runner.done, 'the runner');
      await close();
    },
  };
};

const inOneThread: Rebuilder = (path) => {
  const storage = right(sqliteStorage({ path }), 'opening the read models');
  return caughtUp(createRunner({ store, storage, readModels: allReadModels }), () => storage.close());
};

const inTwoThreads: Rebuilder = (path) => {
  const parts = {
    module: new URL('../test/fixtures/sqlite-parts.mjs', import.meta.url).href,
    data: { storePath: kept.path, storagePath: path },
  };
  return caughtUp(createThreadedRunner({ parts, groups: twoThreadGroups }));
};

const rebuild = async (rebuilder: Rebuilder): Promise<{ readonly ms: number; readonly cpu: number }> => {
  const dir = mkdtempSync(join(tmpdir(), 'ocop-bench-projections-'));
  try {
    const cpu = process.cpuUsage();
    const started = performance.now();
    const running = await rebuilder(join(dir, 'read-models.sqlite'));
    const ms = performance.now() - started;
    const used = cpuSince(cpu);
    await running.stop();
    return { ms, cpu: used };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

const rate = (events: number, ms: number): number => Math.round((events / ms) * 1000);

// Raw reads before and after the rebuild, averaged: on a shared machine the load moves while the rebuild runs.
const before = await readAll();
const built = await rebuild(inOneThread);
const threaded = await rebuild(inTwoThreads);
const after = await readAll();
const events = before.events;
const raw = rate(events, (before.ms + after.ms) / 2);
const peakRssMB = Math.round(process.resourceUsage().maxRSS / 1024);
const peakHeapMB = Math.round(peakHeap / 1024 / 1024);
// What the goal asks of the machine: the rebuild within twice the raw read's time, on every core there is.
const rawCpu = (before.cpu + after.cpu) / 2;
const cores = availableParallelism();
const budget = ((2 * (before.ms + after.ms)) / 2 / 1000) * cores;
const figures = (run: { readonly ms: number; readonly cpu: number }) => ({
  eventsPerSecond: rate(events, run.ms),
  seconds: Math.round(run.ms) / 1000,
  ratio: Math.round((rate(events, run.ms) / raw) * 1000) / 1000,
  cpuSeconds: Math.round(run.cpu * 10) / 10,
});
const one = figures(built);
const two = figures(threaded);

console.log(
  `data set: ${products.toLocaleString('en')} products, ${subjects.toLocaleString('en')} subjects, ${events.toLocaleString('en')} events`,
);
console.log(
  `${'raw read-all (SQLite store)'.padEnd(48)} ${raw.toLocaleString('en').padStart(10)} events/s  (before ${rate(events, before.ms).toLocaleString('en')}, after ${rate(events, after.ms).toLocaleString('en')}; CPU ${rawCpu.toFixed(1)} s)`,
);
for (const [what, f] of [
  ['rebuild of all 5 read models, one runner', one],
  ['rebuild of all 5 read models, two threads', two],
] as const)
  console.log(
    `${what.padEnd(48)} ${f.eventsPerSecond.toLocaleString('en').padStart(10)} events/s  (${f.seconds.toFixed(1)} s, ${(f.ratio * 100).toFixed(0)}% of the raw rate; CPU ${f.cpuSeconds.toFixed(1)} s on all threads)`,
  );
console.log(
  `goal: 50% of the raw rate, which leaves ${budget.toFixed(1)} s of CPU (${cores} cores × twice the read's time); peak RSS ${peakRssMB} MB, peak heap ${peakHeapMB} MB (main thread)`,
);
console.log(
  `BENCH_JSON ${JSON.stringify({
    dataset: { seed, products, subjects, events },
    rawReadEventsPerSecond: raw,
    rawReadBeforeAfter: [rate(events, before.ms), rate(events, after.ms)],
    rawReadCpuSeconds: Math.round(rawCpu * 10) / 10,
    oneRunner: one,
    twoThreads: two,
    cores,
    goalCpuBudgetSeconds: Math.round(budget * 10) / 10,
    goalRatio: 0.5,
    peakRssMB,
    peakHeapMB,
  })}`,
);
await store.close();
