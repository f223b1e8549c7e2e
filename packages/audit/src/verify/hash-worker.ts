// A worker thread that recomputes event hashes: it receives pages of recorded events as JSON text (revisions as
// decimal strings) and answers, for each event, 1 when its stored hash is the hash of its content and 0 when not.
import { parentPort } from 'node:worker_threads';
import { eventHash, type HashedFields } from '@ocop/eventstore';

type Sent = Omit<HashedFields, 'revision'> & { readonly revision: string; readonly hash: string };

const port = parentPort;
if (port)
  port.on('message', (text: string) => {
    // The parent sent these very fields of recorded events, as JSON.
    const page = JSON.parse(text) as ReadonlyArray<Sent>;
    const matches = new Uint8Array(page.length);
    page.forEach((e, i) => {
      matches[i] = eventHash({ ...e, revision: BigInt(e.revision) }) === e.hash ? 1 : 0;
    });
    port.postMessage(matches, [matches.buffer]);
  });
