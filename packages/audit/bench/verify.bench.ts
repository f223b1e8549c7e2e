// How fast the audit verifies a national history: the data set of examples/national-dataset (20,000 products of
// 10,000 subjects, 2022–2026, about 556,000 events) in a SQLite file under .bench/, generated once (a few minutes)
// and reused. The goal: the whole history verified in under a minute on 2 cores.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { either as E } from 'fp-ts';
import { openSqliteStore } from '@ocop/store-sqlite';
import { keptNationalDataset } from '@ocop/example-national-dataset';
import { verify } from '../src/index.js';

const open = async (file: string) => {
  const opened = await openSqliteStore({ path: file, synchronous: 'NORMAL' });
  if (E.isLeft(opened)) throw new Error(`cannot open ${file}: ${JSON.stringify(opened.left)}`);
  return opened.right;
};

/**
 * CPU seconds of each thread of this process (Linux: /proc/self/task/TID/stat, utime + stime at 100 ticks a second),
 * so that the work of the main thread and of the hashing thread can be told apart on a busy machine.
 */
const threadSeconds = (): ReadonlyMap<string, number> => {
  if (!existsSync('/proc/self/task')) return new Map();
  return new Map(
    readdirSync('/proc/self/task').flatMap((tid) => {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return [[tid, (Number(fields[11]) + Number(fields[12])) / 100] as const];
    }),
  );
};

const kept = await keptNationalDataset({ dir: '.bench/data', seed: 2026, products: 20_000, subjects: 10_000 });
const path = kept.path;
const generatedSeconds = kept.generated?.seconds;
if (kept.generated)
  console.log(`generated ${path}: ${kept.generated.events.toLocaleString('en')} events in ${kept.generated.seconds.toFixed(0)} s`);

const store = await open(path);

// The store's own read rate, for comparison: every event in global order, nothing else.
let readStarted = performance.now();
let read = 0;
for await (const page of store.readAll({ batchSize: 1000 })) {
  if (E.isLeft(page)) throw new Error(JSON.stringify(page.left));
  read += page.right.length;
}
const readSeconds = (performance.now() - readStarted) / 1000;

const cpu = process.cpuUsage();
const threadsBefore = threadSeconds();
readStarted = performance.now();
const report = await verify(store);
const seconds = (performance.now() - readStarted) / 1000;
const used = process.cpuUsage(cpu);
// The main thread's id is the process id; the rest of the CPU went to the hashing thread and V8's helpers.
const threadsAfter = threadSeconds();
const mainSeconds = (threadsAfter.get(String(process.pid)) ?? 0) - (threadsBefore.get(String(process.pid)) ?? 0);
await store.close();
if (E.isLeft(report)) throw new Error(JSON.stringify(report.left));
const s = report.right.summary;
const cpuSeconds = (used.user + used.system) / 1e6;
const eventsPerSecond = Math.round(s.events / seconds);
const rssMB = Math.round(process.memoryUsage().rss / 1e6);

console.log(
  `read alone:  ${read.toLocaleString('en')} events in ${readSeconds.toFixed(1)} s (${Math.round(read / readSeconds).toLocaleString('en')} events/s)`,
);
console.log(
  `verify:      ${s.events.toLocaleString('en')} events, ${s.streams.toLocaleString('en')} streams, ${s.resultsRecomputed.toLocaleString('en')} results and ${s.sheetsRecomputed.toLocaleString('en')} sheets recomputed, ${s.decisionsChecked.toLocaleString('en')} decisions checked`,
);
console.log(
  `             ${seconds.toFixed(1)} s (${eventsPerSecond.toLocaleString('en')} events/s), ${cpuSeconds.toFixed(1)} s of CPU in all threads (${mainSeconds.toFixed(1)} s on the main thread), ${s.findings} findings, rss ${rssMB} MB`,
);
const load = loadavg()[0] ?? 0;
console.log(
  `goal:        under 60 s — ${seconds < 60 ? 'met' : 'NOT met'} in this run (load average ${load.toFixed(1)} on this machine while it ran)`,
);
console.log(
  `BENCH_JSON ${JSON.stringify({
    benchmark: 'audit-verify',
    node: process.version,
    events: s.events,
    streams: s.streams,
    findings: s.findings,
    seconds,
    eventsPerSecond,
    cpuSeconds,
    mainThreadCpuSeconds: mainSeconds,
    readSeconds,
    rssMB,
    loadAverage: load,
    ...(generatedSeconds === undefined ? {} : { generatedSeconds }),
  })}`,
);
