import { Worker } from 'node:worker_threads';
import type { RecordedEvent } from '@ocop/eventstore';

/**
 * The hashing thread. Built, it runs `hash-worker.js`. Run from TypeScript sources (the repository's
 * `--conditions=source --import tsx`), a worker does not inherit the loader, so it registers tsx itself
 * before loading `hash-worker.ts`.
 */
const startWorker = (): Worker => {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./hash-worker.js', import.meta.url));
  const loader = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const entry = JSON.stringify(new URL('./hash-worker.ts', import.meta.url).href);
  return new Worker(`import(${loader}).then((tsx) => { tsx.register(); return import(${entry}); })`, { eval: true });
};

/**
 * Recomputes the hashes of pages of events on a second thread, so that hashing (the costliest check) runs
 * beside decoding and scoring. Pages are answered in the order they were sent.
 */
export const hashingThread = () => {
  const worker = startWorker();
  const waiting: Array<{ readonly resolve: (m: Uint8Array) => void; readonly reject: (e: Error) => void }> = [];
  worker.on('message', (m: Uint8Array) => waiting.shift()?.resolve(m));
  worker.on('error', (e) => {
    for (const w of waiting.splice(0)) w.reject(e);
  });
  return {
    /** For each event of the page, whether its stored hash is the hash of its content. */
    matches: (page: ReadonlyArray<RecordedEvent>): Promise<Uint8Array> =>
      new Promise((resolve, reject) => {
        waiting.push({ resolve, reject });
        // JSON is cheaper to send and to read back than a structured clone of the same events.
        worker.postMessage(JSON.stringify(page.map((e) => ({ ...e, revision: e.revision.toString(), position: undefined }))));
      }),
    close: (): Promise<number> => worker.terminate(),
  };
};
