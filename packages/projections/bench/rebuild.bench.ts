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
import { allReadModels, createRunner, sqliteStorage } from '../src/index.js';

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

const rebuild = async (): Promise<{ readonly ms: number; readonly cpu: number }> => {
  const dir = mkdtempSync(join(tmpdir(), 'ocop-bench-projections-'));
  try {
    const storage = right(sqliteStorage({ path: join(dir, 'read-models.sqlite') }), 'opening the read models');
    const cpu = process.cpuUsage();
    const started = performance.now();
    const runner = createRunner({ store, storage, readModels: allReadModels, batchSize: 1000 });
    right(await runner.start(), 'starting');
    await runner.caughtUp();
    const ms = performance.now() - started;
    const used = cpuSince(cpu);
    await runner.stop();
    right(await runner.done, 'the runner');
    await storage.close();
    return { ms, cpu: used };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

const rate = (events: number, ms: number): number => Math.round((events / ms) * 1000);

// Raw reads before and after the rebuild, averaged: on a shared machine the load moves while the rebuild runs.
const before = await readAll();
const built = await rebuild();
const after = await readAll();
const events = before.events;
const raw = rate(events, (before.ms + after.ms) / 2);
const rebuilt = rate(events, built.ms);
const ratio = rebuilt / raw;
const peakRssMB = Math.round(process.resourceUsage().maxRSS / 1024);
const peakHeapMB = Math.round(peakHeap / 1024 / 1024);

console.log(
  `data set: ${products.toLocaleString('en')} products, ${subjects.toLocaleString('en')} subjects, ${events.toLocaleString('en')} events`,
);
console.log(
  `${'raw read-all (SQLite store)'.padEnd(44)} ${raw.toLocaleString('en').padStart(10)} events/s  (before ${rate(events, before.ms).toLocaleString('en')}, after ${rate(events, after.ms).toLocaleString('en')})`,
);
console.log(
  `${'rebuild of all 5 read models (SQLite)'.padEnd(44)} ${rebuilt.toLocaleString('en').padStart(10)} events/s  (${(built.ms / 1000).toFixed(1)} s)`,
);
console.log(`rebuild / raw read: ${(ratio * 100).toFixed(0)}% (goal 50%); peak RSS ${peakRssMB} MB, peak heap ${peakHeapMB} MB`);
// What the goal asks of the machine: the rebuild within twice the raw read's time, on every core there is.
const rawCpu = (before.cpu + after.cpu) / 2;
const cores = availableParallelism();
const budget = ((2 * (before.ms + after.ms)) / 2 / 1000) * cores;
console.log(
  `CPU: raw read ${rawCpu.toFixed(1)} s; rebuild ${built.cpu.toFixed(1)} s on all threads (${(built.cpu / rawCpu).toFixed(1)}× the read); ` +
    `the goal leaves ${budget.toFixed(1)} s (${cores} cores × twice the read's time)`,
);
console.log(
  `BENCH_JSON ${JSON.stringify({
    dataset: { seed, products, subjects, events },
    rawReadEventsPerSecond: raw,
    rawReadBeforeAfter: [rate(events, before.ms), rate(events, after.ms)],
    rebuildEventsPerSecond: rebuilt,
    rebuildSeconds: Math.round(built.ms) / 1000,
    ratio: Math.round(ratio * 1000) / 1000,
    rawReadCpuSeconds: Math.round(rawCpu * 10) / 10,
    rebuildCpuSeconds: Math.round(built.cpu * 10) / 10,
    cores,
    goalCpuBudgetSeconds: Math.round(budget * 10) / 10,
    goalRatio: 0.5,
    peakRssMB,
    peakHeapMB,
  })}`,
);
await store.close();
