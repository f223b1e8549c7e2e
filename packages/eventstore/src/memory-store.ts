import { either as E } from 'fp-ts';
import type { Instant, Json } from '@ocop/kernel';
import { eventStoreOn, type StoreBackend, type StoreOptions } from './backend.js';
import { changeSignal } from './change-signal.js';
import type { NewEvent, RecordedEvent } from './envelope.js';
import type { StoreError } from './errors.js';
import type { ExpectedRevision } from './expected-revision.js';
import type { EventMetadata } from './metadata.js';
import { appendUnderLock, headAfter, type StreamHead } from './plan.js';
import type { AppendResult, EventStore } from './store.js';
import type { StreamName } from './stream-name.js';

/** An event as kept in memory: data and metadata serialised, so that no caller can change what was stored. */
interface Row extends Omit<RecordedEvent, 'data' | 'metadata'> {
  readonly data: string;
  readonly metadata: string;
}

const toRow = (e: RecordedEvent): Row => ({ ...e, data: JSON.stringify(e.data), metadata: JSON.stringify(e.metadata) });
// The strings were serialised from validated data and metadata just above, so they parse back to those types.
const toEvent = (r: Row): RecordedEvent => ({ ...r, data: JSON.parse(r.data) as Json, metadata: JSON.parse(r.metadata) as EventMetadata });

/**
 * The whole port in memory, for tests and embedding: one process, nothing kept after it ends. The global
 * position is the event's number in append order (commit = prepare).
 */
export const memoryStore = (options: StoreOptions = {}): EventStore => {
  const all: Row[] = [];
  const streams = new Map<StreamName, { head: StreamHead; readonly rows: Row[] }>();
  const ids = new Set<string>();

  const append = (
    stream: StreamName,
    events: ReadonlyArray<NewEvent>,
    expected: ExpectedRevision,
    recordedTime: Instant,
  ): E.Either<StoreError, AppendResult> => {
    const entry = streams.get(stream);
    return appendUnderLock({
      stream,
      head: entry?.head,
      events,
      expected,
      recordedTime,
      readFrom: (revision) => E.right((entry?.rows ?? []).slice(Number(revision)).map(toEvent)),
      write: (chained) => {
        const index = events.findIndex((e) => ids.has(e.eventId));
        const duplicate = events[index];
        if (duplicate) return E.left({ _tag: 'DuplicateEventId', eventId: duplicate.eventId, index });
        const rows = chained.map((e, i) => {
          const n = BigInt(all.length + i + 1);
          return toRow({ ...e, position: { commit: n, prepare: n } });
        });
        const recorded = rows.map(toEvent);
        all.push(...rows);
        for (const e of events) ids.add(e.eventId);
        const head = headAfter(recorded);
        if (entry) {
          entry.head = head;
          entry.rows.push(...rows);
        } else streams.set(stream, { head, rows });
        return E.right(recorded);
      },
    });
  };

  const backend: StoreBackend = {
    append: (stream, events, expected, recordedTime) => Promise.resolve(append(stream, events, expected, recordedTime)),
    readStream: (stream, { direction, fromRevision, limit }) => {
      const rows = streams.get(stream)?.rows ?? [];
      const selected =
        direction === 'forwards'
          ? rows.slice(Number(fromRevision ?? 0n))
          : rows.slice(0, fromRevision === undefined ? rows.length : Number(fromRevision) + 1).reverse();
      return Promise.resolve(E.right(selected.slice(0, limit).map(toEvent)));
    },
    readAllAfter: (after, limit) => {
      // Positions count events from 1, so the event after `after` sits at index `after.prepare` of `all`.
      const from = Number(after.prepare);
      return Promise.resolve(E.right(all.slice(from, from + limit).map(toEvent)));
    },
    changes: changeSignal(),
    pollIntervalMs: undefined,
    close: () => Promise.resolve(E.right(undefined)),
  };
  return eventStoreOn(backend, options);
};
