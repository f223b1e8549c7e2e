import { storedEvent, type CorruptEvent, type RecordedEvent } from '@ocop/eventstore';

/**
 * The columns every event query selects, in this order (read as arrays). int8 and xid8 arrive as decimal
 * strings; data and metadata as their stored JSON text.
 */
export const eventColumns =
  'seq, tx_id::text AS tx_text, stream, revision, event_id::text AS id_text, type, schema_version, data::text AS data_text, metadata::text AS metadata_text, recorded_time, hash, previous_hash';

// The rows of one append share a transaction id: it is converted once per run of equal ids.
let lastTx = '';
let lastCommit = 0n;

/** A row of `eventColumns` as an event; a column of the wrong type (a hand-edited row) is a `CorruptEvent`. */
export const eventOf = (row: ReadonlyArray<unknown>): RecordedEvent | CorruptEvent => {
  const [seq, tx, stream, revision, eventId, type, schemaVersion, data, metadata, recordedTime, hash, previousHash] = row;
  if (
    typeof seq !== 'string' ||
    typeof tx !== 'string' ||
    typeof stream !== 'string' ||
    typeof revision !== 'string' ||
    typeof eventId !== 'string' ||
    typeof type !== 'string' ||
    typeof schemaVersion !== 'number' ||
    typeof data !== 'string' ||
    typeof metadata !== 'string' ||
    typeof recordedTime !== 'string' ||
    typeof hash !== 'string' ||
    (previousHash !== null && typeof previousHash !== 'string')
  )
    return { _tag: 'CorruptEvent', position: `${String(tx)}:${String(seq)}`, reason: 'a column has an unexpected type' };
  if (tx !== lastTx) {
    lastCommit = BigInt(tx);
    lastTx = tx;
  }
  const position = { commit: lastCommit, prepare: BigInt(seq) };
  return storedEvent(stream, BigInt(revision), position, eventId, type, schemaVersion, data, metadata, recordedTime, hash, previousHash);
};
