import { either as E } from 'fp-ts';
import { Instant, type Json } from '@ocop/kernel';
import type { RecordedEvent } from './envelope.js';
import type { CorruptEvent } from './errors.js';
import { isEventMetadata } from './metadata.js';
import { positionToString, type GlobalPosition } from './position.js';
import { rememberingLast } from './remembering.js';
import { StreamName } from './stream-name.js';

const parse = (text: string): Json | undefined => {
  try {
    // JSON.parse yields JSON by definition.
    return JSON.parse(text) as Json;
  } catch {
    return undefined;
  }
};

const corrupt = (position: GlobalPosition, reason: string): CorruptEvent => ({
  _tag: 'CorruptEvent',
  position: positionToString(position),
  reason,
});
const isStreamName = rememberingLast((u) => StreamName.is(u));
const isInstant = rememberingLast((u) => Instant.is(u));

/**
 * An event from the columns of a stored row: data and metadata as their JSON text, the rest as plain
 * values. The name, metadata and time are checked cheaply, so that a row edited by hand into something that
 * is no longer an event is a `CorruptEvent` here, not a surprise downstream. This runs for every event a
 * store reads, hence the columns one by one and a plain union: no object that is thrown away at once.
 */
export const storedEvent = (
  stream: string,
  revision: bigint,
  position: GlobalPosition,
  eventId: string,
  type: string,
  schemaVersion: number,
  dataText: string,
  metadataText: string,
  recordedTime: string,
  hash: string,
  previousHash: string | null,
): RecordedEvent | CorruptEvent => {
  const data = parse(dataText);
  const metadata = parse(metadataText);
  if (data === undefined) return corrupt(position, 'data is not JSON');
  if (!isEventMetadata(metadata)) return corrupt(position, 'metadata is malformed');
  if (!isStreamName(stream)) return corrupt(position, `the stream name ${JSON.stringify(stream)} is malformed`);
  if (!isInstant(recordedTime)) return corrupt(position, 'recordedTime is not an instant');
  // Both checked just above, by their brands' own tests.
  return {
    stream: stream as StreamName,
    revision,
    position,
    eventId,
    type,
    schemaVersion,
    data,
    metadata,
    recordedTime: recordedTime as Instant,
    hash,
    previousHash,
  };
};

/** Converts rows one by one, stopping at the first that does not read as an event. */
export const fromStoredRows = <Row>(
  rows: ReadonlyArray<Row>,
  toEvent: (row: Row) => RecordedEvent | CorruptEvent,
): E.Either<CorruptEvent, ReadonlyArray<RecordedEvent>> => {
  const events: RecordedEvent[] = [];
  for (const row of rows) {
    const e = toEvent(row);
    if ('_tag' in e) return E.left(e);
    events.push(e);
  }
  return E.right(events);
};
