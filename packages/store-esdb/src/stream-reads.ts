import { either as E } from 'fp-ts';
import {
  BACKWARDS,
  END,
  FORWARDS,
  START,
  StreamNotFoundError,
  type EventStoreDBClient,
  type RecordedEvent as EsdbEvent,
} from '@eventstore/db-client';
import type { CorruptEvent, StoreError, StreamHead, StreamName, StreamQuery } from '@ocop/eventstore';
import { attempt, drain } from './calls.js';
import { unavailable } from './failures.js';
import { fromEsdb, type StoredEvent } from './from-record.js';
import type { Layout } from './layout.js';

export interface RawRead {
  readonly direction: 'forwards' | 'backwards';
  readonly from: bigint | 'start' | 'end';
  readonly maxCount: number;
}

/** Events of an EventStoreDB stream as the client returns them; a missing stream has none. */
export const readRaw = (client: EventStoreDBClient, esdbStream: string, read: RawRead): Promise<E.Either<unknown, EsdbEvent[]>> =>
  attempt(async () => {
    try {
      const resolved = await drain(
        client.readStream(esdbStream, {
          direction: read.direction === 'forwards' ? FORWARDS : BACKWARDS,
          fromRevision: read.from === 'start' ? START : read.from === 'end' ? END : read.from,
          maxCount: read.maxCount,
        }),
      );
      return resolved.flatMap((r) => (r.event ? [r.event] : []));
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw error;
    }
  });

const decodeAll = (layout: Layout, events: ReadonlyArray<EsdbEvent>): E.Either<CorruptEvent, ReadonlyArray<StoredEvent>> => {
  const stored: StoredEvent[] = [];
  for (const e of events) {
    const decoded = fromEsdb(layout, e);
    if (E.isLeft(decoded)) return decoded;
    stored.push(decoded.right);
  }
  return E.right(stored);
};

export const headOf = ({ event, batchStart, batchFirstEventId }: StoredEvent): StreamHead => ({
  revision: event.revision,
  hash: event.hash,
  position: event.position,
  batchStart,
  batchFirstEventId,
});

/** Reads of the store's streams, decoded. */
export const streamReads = (client: EventStoreDBClient, layout: Layout) => {
  const read = async (stream: StreamName, raw: RawRead): Promise<E.Either<StoreError, ReadonlyArray<StoredEvent>>> => {
    const events = await readRaw(client, layout.esdbStream(stream), raw);
    return E.isLeft(events) ? E.left(unavailable(events.left)) : decodeAll(layout, events.right);
  };

  const head = async (stream: StreamName): Promise<E.Either<StoreError, StreamHead | undefined>> => {
    const last = await read(stream, { direction: 'backwards', from: 'end', maxCount: 1 });
    if (E.isLeft(last)) return last;
    const [event] = last.right;
    return E.right(event && headOf(event));
  };

  const query = async (
    stream: StreamName,
    { direction, fromRevision, limit }: StreamQuery,
  ): Promise<E.Either<StoreError, ReadonlyArray<StoredEvent>>> => {
    if (limit === 0) return E.right([]);
    const maxCount = limit ?? Number.MAX_SAFE_INTEGER;
    if (direction === 'forwards') return read(stream, { direction, from: fromRevision ?? 'start', maxCount });
    if (fromRevision === undefined || limit === undefined) return read(stream, { direction, from: fromRevision ?? 'end', maxCount });
    // Backwards from beyond the last event: start at the last event, whether or not the server clamps by itself.
    const last = await head(stream);
    if (E.isLeft(last)) return last;
    if (!last.right) return E.right([]);
    const from = fromRevision < last.right.revision ? fromRevision : last.right.revision;
    return read(stream, { direction, from, maxCount });
  };

  return { read, head, query };
};
export type StreamReads = ReturnType<typeof streamReads>;
