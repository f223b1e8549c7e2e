import { startModuleWorker, type RecordedEvent } from '@ocop/eventstore';

/**
 * Recomputes the hashes of pages of events on a second thread, so that hashing (the costliest check) runs
 * beside decoding and scoring. Pages are answered in the order they were sent.
 */
export const hashingThread = () => {
  const worker = startModuleWorker(import.meta.url, 'hash-worker');
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
