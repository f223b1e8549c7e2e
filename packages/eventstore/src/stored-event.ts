import { either as E } from 'fp-ts';
import { Instant, type Json } from '@ocop/kernel';
import type { RecordedEvent } from './envelope.js';
import type { CorruptEvent } from './errors.js';
import { EventMetadata } from './metadata.js';
import { positionToString, type GlobalPosition } from './position.js';
import { StreamName } from './stream-name.js';

/** An event as a database row gives it back: data and metadata as JSON text, the rest as plain values. */
export interface StoredColumns {
  readonly stream: string;
  readonly revision: bigint;
  readonly position: GlobalPosition;
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: string;
  readonly metadata: string;
  readonly recordedTime: string;
  readonly hash: string;
  readonly previousHash: string | null;
}

const parse = (text: string): Json | undefined => {
  try {
    // JSON.parse yields JSON by definition.
    return JSON.parse(text) as Json;
  } catch {
    return undefined;
  }
};

/**
 * A stored row as a recorded event. The name, metadata and time are checked cheaply, so that a row edited
 * by hand into something that is no longer an event is a `CorruptEvent` here, not a surprise downstream.
 */
export const fromStoredColumns = (c: StoredColumns): E.Either<CorruptEvent, RecordedEvent> => {
  const corrupt = (reason: string): E.Either<CorruptEvent, never> =>
    E.left({ _tag: 'CorruptEvent', position: positionToString(c.position), reason });
  const data = parse(c.data);
  const metadata = parse(c.metadata);
  if (data === undefined) return corrupt('data is not JSON');
  if (!EventMetadata.is(metadata)) return corrupt('metadata is malformed');
  if (!StreamName.is(c.stream)) return corrupt(`the stream name ${JSON.stringify(c.stream)} is malformed`);
  if (!Instant.is(c.recordedTime)) return corrupt('recordedTime is not an instant');
  return E.right({ ...c, stream: c.stream, data, metadata, recordedTime: c.recordedTime });
};

/** Converts rows one by one, stopping at the first that does not read as an event. */
export const fromStoredRows = <Row>(
  rows: ReadonlyArray<Row>,
  columns: (row: Row) => E.Either<CorruptEvent, StoredColumns>,
): E.Either<CorruptEvent, ReadonlyArray<RecordedEvent>> => {
  const events: RecordedEvent[] = [];
  for (const row of rows) {
    const c = columns(row);
    if (E.isLeft(c)) return c;
    const e = fromStoredColumns(c.right);
    if (E.isLeft(e)) return e;
    events.push(e.right);
  }
  return E.right(events);
};
