import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database, { type Database as Connection, type Statement } from 'better-sqlite3';
import { either as E } from 'fp-ts';
import { decodeWith, type Instant, type ValidationFailure } from '@ocop/kernel';
import {
  appendUnderLock,
  changeSignal,
  eventStoreOn,
  fromStoredRows,
  headAfter,
  storeUnavailable,
  type AppendResult,
  type EventStore,
  type ExpectedRevision,
  type GlobalPosition,
  type NewEvent,
  type Page,
  type RecordedEvent,
  type StoreBackend,
  type StoreError,
  type StreamHead,
  type StreamName,
  type StreamQuery,
} from '@ocop/eventstore';
import { defaults, SqliteStoreConfig, type SqliteStoreOptions } from './options.js';
import { eventOf, eventColumns } from './rows.js';
import { guarded, isUnavailable } from './failures.js';
import { migrate } from './schema.js';

const maxRevision = 9_223_372_036_854_775_807n;

const statements = (db: Connection) => ({
  head: db.prepare<[string], { revision: number; hash: string; position: number; batch_start: number; batch_first_event_id: string }>(
    'SELECT revision, hash, position, batch_start, batch_first_event_id FROM streams WHERE stream = ?',
  ),
  insert: db.prepare<[string, bigint, string, string, number, string, string, string, string, string | null]>(
    `INSERT INTO events (stream, revision, event_id, type, schema_version, data, metadata, recorded_time, hash, previous_hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ),
  setHead: db.prepare<[string, bigint, string, bigint, bigint, string]>(
    `INSERT INTO streams (stream, revision, hash, position, batch_start, batch_first_event_id) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (stream) DO UPDATE SET revision = excluded.revision, hash = excluded.hash, position = excluded.position,
       batch_start = excluded.batch_start, batch_first_event_id = excluded.batch_first_event_id`,
  ),
  idExists: db.prepare<[string], { found: number }>('SELECT 1 AS found FROM events WHERE event_id = ?'),
  forwards: db
    .prepare<[string, bigint, number]>(`SELECT ${eventColumns} FROM events WHERE stream = ? AND revision >= ? ORDER BY revision LIMIT ?`)
    .raw(),
  backwards: db
    .prepare<[string, bigint, number]>(
      `SELECT ${eventColumns} FROM events WHERE stream = ? AND revision <= ? ORDER BY revision DESC LIMIT ?`,
    )
    .raw(),
  after: db.prepare<[bigint, number]>(`SELECT ${eventColumns} FROM events WHERE position > ? ORDER BY position LIMIT ?`).raw(),
  last: db.prepare<[], { last: number | null }>('SELECT max(position) AS last FROM events'),
});

/** Thrown inside the append transaction to roll it back when an event id is taken; caught right outside. */
class EventIdTaken extends Error {}

const backendOn = (db: Connection, pollIntervalMs: number): StoreBackend => {
  const sql = statements(db);

  // By list of types: the statement reading the events of those types after a position.
  const ofTypes = new Map<string, Statement<unknown[]>>();
  const statementOfTypes = (types: ReadonlyArray<string>): Statement<unknown[]> => {
    const key = JSON.stringify(types);
    const known = ofTypes.get(key);
    if (known) return known;
    const statement = db
      .prepare<unknown[]>(
        `SELECT ${eventColumns} FROM events WHERE position > ? AND type IN (${types.map(() => '?').join(', ')}) ORDER BY position LIMIT ?`,
      )
      .raw();
    ofTypes.set(key, statement);
    return statement;
  };
  // One read transaction: the end of the table is the one the page was read from, so that no event appended in
  // between is passed over.
  const readOfTypes = db.transaction((after: bigint, limit: number, types: ReadonlyArray<string>) => {
    const rows = statementOfTypes(types).all(after, ...types, limit);
    return { rows, last: rows.length < limit ? sql.last.get()?.last : undefined };
  });
  /** The events of `types` after `after`: SQLite passes over the other rows itself, unread. */
  const pageOfTypes = (after: GlobalPosition, limit: number, types: ReadonlySet<string>): E.Either<StoreError, Page> => {
    const { rows, last } = readOfTypes.deferred(after.prepare, limit, [...types]);
    return E.map((events: ReadonlyArray<RecordedEvent>): Page => {
      // A short page was read to the end of the table: the position goes there, past every event of another type.
      const end = last === undefined || last === null ? undefined : BigInt(last);
      const through = end === undefined ? events[events.length - 1]?.position : { commit: end, prepare: end };
      return { events, through, full: rows.length === limit };
    })(fromStoredRows(rows, eventOf));
  };

  const readStream = (
    stream: StreamName,
    { direction, fromRevision, limit }: StreamQuery,
  ): E.Either<StoreError, ReadonlyArray<RecordedEvent>> => {
    const rows =
      direction === 'forwards'
        ? sql.forwards.all(stream, fromRevision ?? 0n, limit ?? -1)
        : sql.backwards.all(stream, fromRevision ?? maxRevision, limit ?? -1);
    return fromStoredRows(rows, eventOf);
  };

  const headOf = (stream: StreamName): StreamHead | undefined => {
    const h = sql.head.get(stream);
    return (
      h && {
        revision: BigInt(h.revision),
        hash: h.hash,
        position: { commit: BigInt(h.position), prepare: BigInt(h.position) },
        batchStart: BigInt(h.batch_start),
        batchFirstEventId: h.batch_first_event_id,
      }
    );
  };

  const write = (
    stream: StreamName,
    events: ReadonlyArray<NewEvent>,
    expected: ExpectedRevision,
    recordedTime: Instant,
  ): E.Either<StoreError, AppendResult> => {
    const head = headOf(stream);
    return appendUnderLock({
      stream,
      head,
      events,
      expected,
      recordedTime,
      readFrom: (revision) => readStream(stream, { direction: 'forwards', fromRevision: revision, limit: undefined }),
      write: (chained) => {
        const recorded = chained.map((e): RecordedEvent => {
          const data = JSON.stringify(e.data);
          const metadata = JSON.stringify(e.metadata);
          let position: bigint;
          try {
            position = BigInt(
              sql.insert.run(stream, e.revision, e.eventId, e.type, e.schemaVersion, data, metadata, recordedTime, e.hash, e.previousHash)
                .lastInsertRowid,
            );
          } catch (error) {
            if (error instanceof Database.SqliteError && error.code === 'SQLITE_CONSTRAINT_UNIQUE' && error.message.includes('event_id'))
              throw new EventIdTaken();
            throw error;
          }
          return { ...e, position: { commit: position, prepare: position } };
        });
        const newHead = headAfter(recorded);
        sql.setHead.run(stream, newHead.revision, newHead.hash, newHead.position.prepare, newHead.batchStart, newHead.batchFirstEventId);
        return E.right(recorded);
      },
    });
  };
  // IMMEDIATE: take the write lock before reading the head, so that another process cannot append in between.
  const transaction = db.transaction(write);
  const writeInTransaction = (...args: Parameters<typeof write>): ReturnType<typeof write> => transaction.immediate(...args);

  const duplicateIn = (events: ReadonlyArray<NewEvent>): E.Either<StoreError, never> => {
    const index = events.findIndex((e) => sql.idExists.get(e.eventId) !== undefined);
    return E.left({ _tag: 'DuplicateEventId', eventId: events[index]?.eventId ?? '', index });
  };

  return {
    append: (stream, events, expected, recordedTime) =>
      Promise.resolve(
        guarded(() => {
          try {
            return writeInTransaction(stream, events, expected, recordedTime);
          } catch (error) {
            if (error instanceof EventIdTaken) return duplicateIn(events);
            throw error;
          }
        }),
      ),
    readStream: (stream, query) => Promise.resolve(guarded(() => readStream(stream, query))),
    readAllAfter: (after, limit) => Promise.resolve(guarded(() => fromStoredRows(sql.after.all(after.prepare, limit), eventOf))),
    readAllAfterOfTypes: (after, limit, types) => Promise.resolve(guarded(() => pageOfTypes(after, limit, types))),
    changes: changeSignal(),
    pollIntervalMs,
    close: () => Promise.resolve(guarded(() => E.right(void db.close()))),
  };
};

/**
 * Opens (creating if needed) the SQLite event store at `options.path`: WAL journal, a busy timeout so that
 * another process's write is waited for, `synchronous` FULL unless told otherwise, schema migrated on open.
 */
export const openSqliteStore = (options: SqliteStoreOptions = {}): Promise<E.Either<ValidationFailure | StoreError, EventStore>> => {
  const { clock, ...settings } = options;
  const config = decodeWith(SqliteStoreConfig, 'SQLite store options')(settings);
  if (E.isLeft(config)) return Promise.resolve(config);
  const { path, synchronous, busyTimeoutMs, pollIntervalMs } = { ...defaults, ...config.right };
  try {
    mkdirSync(dirname(path), { recursive: true });
    const db = new Database(path, { timeout: busyTimeoutMs });
    try {
      db.pragma('journal_mode = WAL');
      db.pragma(`synchronous = ${synchronous}`);
      migrate(db);
    } catch (error) {
      db.close();
      throw error;
    }
    return Promise.resolve(E.right(eventStoreOn(backendOn(db, pollIntervalMs), clock ? { clock } : {})));
  } catch (error) {
    if (isUnavailable(error) || (error instanceof Error && 'code' in error && typeof error.code === 'string' && error.code.startsWith('E')))
      return Promise.resolve(E.left(storeUnavailable(`cannot open ${path}: ${error.message}`)));
    throw error;
  }
};
