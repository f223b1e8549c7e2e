import { either as E } from 'fp-ts';
import { fromStoredRows, storedEvent, type CorruptEvent, type GlobalPosition, type Page, type RecordedEvent } from '@ocop/eventstore';

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

const columns = (r: unknown): ReadonlyArray<unknown> => (Array.isArray(r) ? r : []);

/** The position of the last row read, if any. */
const throughOf = (last: unknown): E.Either<CorruptEvent, GlobalPosition | undefined> => {
  if (last === undefined) return E.right(undefined);
  const position: unknown = columns(last)[0];
  if (typeof position !== 'number') return E.left({ _tag: 'CorruptEvent', position: '?', reason: 'not a row' });
  return E.right({ commit: BigInt(position), prepare: BigInt(position) });
};

/**
 * A page of raw rows as the events of `types` among them: the others are passed over unparsed, and the page
 * still goes through the last row read.
 */
export const pageOfTypes = (rows: ReadonlyArray<unknown>, limit: number, types: ReadonlySet<string>): E.Either<CorruptEvent, Page> => {
  const through = throughOf(rows[rows.length - 1]);
  if (E.isLeft(through)) return through;
  // A row whose type column is not text is kept, for eventOf to report.
  const wanted = rows.filter((r) => {
    const type: unknown = columns(r)[4];
    return typeof type !== 'string' || types.has(type);
  });
  return E.map((events: ReadonlyArray<RecordedEvent>): Page => ({ events, through: through.right, full: rows.length === limit }))(
    fromStoredRows(wanted, eventOf),
  );
};
