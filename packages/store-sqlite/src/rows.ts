import { storedEvent, type CorruptEvent, type RecordedEvent } from '@ocop/eventstore';

/** The columns every event query selects, in this order (read raw, as arrays). */
export const eventColumns =
  'position, stream, revision, event_id, type, schema_version, data, metadata, recorded_time, hash, previous_hash';

/** A raw `events` row as an event; a column of the wrong type (a hand-edited row) is a `CorruptEvent`. */
export const eventOf = (r: unknown): RecordedEvent | CorruptEvent => {
  if (!Array.isArray(r)) return { _tag: 'CorruptEvent', position: '?', reason: 'not a row' };
  const row: ReadonlyArray<unknown> = r;
  const [position, stream, revision, eventId, type, schemaVersion, data, metadata, recordedTime, hash, previousHash] = row;
  if (
    typeof position !== 'number' ||
    typeof stream !== 'string' ||
    typeof revision !== 'number' ||
    typeof eventId !== 'string' ||
    typeof type !== 'string' ||
    typeof schemaVersion !== 'number' ||
    typeof data !== 'string' ||
    typeof metadata !== 'string' ||
    typeof recordedTime !== 'string' ||
    typeof hash !== 'string' ||
    (previousHash !== null && typeof previousHash !== 'string')
  )
    return { _tag: 'CorruptEvent', position: String(position), reason: 'a column has an unexpected type' };
  const p = BigInt(position);
  return storedEvent(
    stream,
    BigInt(revision),
    { commit: p, prepare: p },
    eventId,
    type,
    schemaVersion,
    data,
    metadata,
    recordedTime,
    hash,
    previousHash,
  );
};
