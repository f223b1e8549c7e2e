import { either as E } from 'fp-ts';
import { Instant, type Json } from '@ocop/kernel';
import type { RecordedEvent } from './envelope.js';
import type { CorruptEvent } from './errors.js';
import { isEventMetadata } from './metadata.js';
import { positionToString, type GlobalPosition } from './position.js';
import { rememberingLast } from './remembering.js';
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

const corrupt = (c: StoredColumns, reason: string): CorruptEvent => ({
  _tag: 'CorruptEvent',
  position: positionToString(c.position),
  reason,
});

/**
 * A stored row as a recorded event. The name, metadata and time are checked cheaply, so that a row edited
 * by hand into something that is no longer an event is a `CorruptEvent` here, not a surprise downstream.
 * Plain unions rather than Eithers here and in `columns`: this runs for every event read.
 */
const isStreamName = rememberingLast((u) => StreamName.is(u));
const isInstant = rememberingLast((u) => Instant.is(u));

export const fromStoredColumns = (c: StoredColumns): RecordedEvent | CorruptEvent => {
  const data = parse(c.data);
  const metadata = parse(c.metadata);
  if (data === undefined) return corrupt(c, 'data is not JSON');
  if (!isEventMetadata(metadata)) return corrupt(c, 'metadata is malformed');
  if (!isStreamName(c.stream)) return corrupt(c, `the stream name ${JSON.stringify(c.stream)} is malformed`);
  if (!isInstant(c.recordedTime)) return corrupt(c, 'recordedTime is not an instant');
  return {
    // Both checked just above (by their brands' own tests).
    stream: c.stream as StreamName,
    revision: c.revision,
    position: c.position,
    eventId: c.eventId,
    type: c.type,
    schemaVersion: c.schemaVersion,
    data,
    metadata,
    recordedTime: c.recordedTime as Instant,
    hash: c.hash,
    previousHash: c.previousHash,
  };
};

/** Converts rows one by one, stopping at the first that does not read as an event. */
export const fromStoredRows = <Row>(
  rows: ReadonlyArray<Row>,
  columns: (row: Row) => StoredColumns | CorruptEvent,
): E.Either<CorruptEvent, ReadonlyArray<RecordedEvent>> => {
  const events: RecordedEvent[] = [];
  for (const row of rows) {
    const c = columns(row);
    if ('_tag' in c) return E.left(c);
    const e = fromStoredColumns(c);
    if ('_tag' in e) return E.left(e);
    events.push(e);
  }
  return E.right(events);
};
