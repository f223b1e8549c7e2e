// A worker thread that recomputes event hashes: it receives pages of recorded events and answers, for each
// event, 1 when its stored hash is the hash of its content and 0 when not.
import { parentPort } from 'node:worker_threads';
import { eventHash, type RecordedEvent } from '@ocop/eventstore';

const port = parentPort;
if (port)
  port.on('message', (page: ReadonlyArray<RecordedEvent>) => {
    const matches = new Uint8Array(page.length);
    page.forEach((e, i) => {
      matches[i] = eventHash(e) === e.hash ? 1 : 0;
    });
    port.postMessage(matches, [matches.buffer]);
  });
