// A worker thread that recomputes event hashes: it receives pages of recorded events as JSON text (revisions as
// decimal strings) and answers, for each event, 1 when its stored hash is the hash of its content and 0 when not
// (or when the event did not arrive whole: the parent then recomputes that hash itself).
import { parentPort } from 'node:worker_threads';
import { eventHash, type HashedFields } from '@ocop/eventstore';

type Sent = Omit<HashedFields, 'revision'> & { readonly revision: string; readonly hash: string };

const isSent = (u: unknown): u is Sent => {
  if (typeof u !== 'object' || u === null) return false;
  const e: Partial<Record<keyof Sent, unknown>> = u;
  return (
    typeof e.stream === 'string' &&
    typeof e.revision === 'string' &&
    /^\d+$/.test(e.revision) &&
    typeof e.eventId === 'string' &&
    typeof e.type === 'string' &&
    typeof e.schemaVersion === 'number' &&
    typeof e.recordedTime === 'string' &&
    typeof e.hash === 'string' &&
    (e.previousHash === null || typeof e.previousHash === 'string') &&
    'data' in e &&
    'metadata' in e
  );
};

const port = parentPort;
if (port)
  port.on('message', (text: string) => {
    const page: unknown = JSON.parse(text);
    const events: ReadonlyArray<unknown> = Array.isArray(page) ? page : [];
    const matches = new Uint8Array(events.length);
    events.forEach((e, i) => {
      matches[i] = isSent(e) && eventHash({ ...e, revision: BigInt(e.revision) }) === e.hash ? 1 : 0;
    });
    port.postMessage(matches, [matches.buffer]);
  });
