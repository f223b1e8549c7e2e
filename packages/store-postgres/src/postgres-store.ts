import { Pool, type ClientConfig } from 'pg';
import { either as E } from 'fp-ts';
import { decodeWith, type Instant, type ValidationFailure } from '@ocop/kernel';
import {
  appendResult,
  chainEvents,
  changeSignal,
  eventStoreOn,
  fromStoredRows,
  headAfter,
  mayRepeatLastBatch,
  planAppend,
  storeUnavailable,
  type AppendResult,
  type EventStore,
  type ExpectedRevision,
  type NewEvent,
  type RecordedEvent,
  type StoreBackend,
  type StoreError,
  type StreamHead,
  type StreamName,
  type StreamQuery,
} from '@ocop/eventstore';
import { appendArguments, appendCall } from './append-call.js';
import { isEventIdTaken, unavailability } from './failures.js';
import { headCache } from './head-cache.js';
import { notifications } from './listener.js';
import { defaults, PostgresStoreConfig, type PostgresStoreOptions } from './options.js';
import { eventOf, eventColumns } from './rows.js';
import { migrate, quoteIdentifier } from './schema.js';

// An append that keeps finding the stream changed under it gives up after this many tries; each try
// means another writer appended, so the store as a whole is making progress.
const maxStaleAttempts = 100;

type Row = Readonly<Record<string, unknown>>;

/**
 * Runs a query; "the database cannot serve" becomes `StoreUnavailable`, any other failure is a defect and
 * throws. A query that fails that way is sent once more first: the pool may have handed out a connection
 * the server had just dropped, and a new one serves. Every query here may be sent twice: reads change
 * nothing, and an append that did commit is found as the stream's last batch and not written again.
 */
const guarded = async <A>(run: () => Promise<A>): Promise<E.Either<StoreError, A>> => {
  for (let attempt = 1; ; attempt++) {
    try {
      return E.right(await run());
    } catch (error) {
      const unavailable = unavailability(error);
      if (!unavailable) throw error;
      if (attempt === 2) return E.left(unavailable);
    }
  }
};

const queries = (pool: Pool) => ({
  rows: (text: string, values: ReadonlyArray<unknown>): Promise<E.Either<StoreError, ReadonlyArray<Row>>> =>
    guarded(async () => (await pool.query<Row>(text, [...values])).rows),
  arrays: (text: string, values: ReadonlyArray<unknown>): Promise<E.Either<StoreError, ReadonlyArray<ReadonlyArray<unknown>>>> =>
    guarded(async () => (await pool.query<unknown[]>({ text, values: [...values], rowMode: 'array' })).rows),
});

/** A head as the streams table or append_events gives it (int8 and xid8 as decimal strings). */
const headFrom = (r: Row | undefined): StreamHead | undefined => {
  if (!r) return undefined;
  const { revision, hash, tx, seq, batch_start, batch_first_event_id } = r;
  if (
    typeof revision !== 'string' ||
    typeof hash !== 'string' ||
    typeof tx !== 'string' ||
    typeof seq !== 'string' ||
    typeof batch_start !== 'string' ||
    typeof batch_first_event_id !== 'string'
  )
    return undefined;
  return {
    revision: BigInt(revision),
    hash,
    position: { commit: BigInt(tx), prepare: BigInt(seq) },
    batchStart: BigInt(batch_start),
    batchFirstEventId: batch_first_event_id,
  };
};

const backendOn = (pool: Pool, schema: string, config: ClientConfig, pollIntervalMs: number): StoreBackend => {
  const s = quoteIdentifier(schema);
  const query = queries(pool);
  const heads = headCache(10_000);
  const changes = changeSignal();
  const notify = notifications(pool, config, `ocop_${schema}`, changes);
  void notify.start();

  const sql = {
    head: `SELECT revision, hash, last_tx_id::text AS tx, last_seq AS seq, batch_start, batch_first_event_id::text AS batch_first_event_id
           FROM ${s}.streams WHERE stream = $1`,
    append: appendCall(s),
    forwards: `SELECT ${eventColumns} FROM ${s}.events WHERE stream = $1 AND revision >= $2 ORDER BY revision LIMIT $3`,
    backwards: `SELECT ${eventColumns} FROM ${s}.events WHERE stream = $1 AND revision <= $2 ORDER BY revision DESC LIMIT $3`,
    // Only rows of transactions older than every transaction still running: whatever commits later has a
    // larger transaction id, so nothing read past here can be overtaken. See docs/stores.md.
    after: `SELECT ${eventColumns} FROM ${s}.events
            WHERE (tx_id, seq) > ($1::text::xid8, $2::bigint) AND tx_id < pg_snapshot_xmin(pg_current_snapshot())
            ORDER BY tx_id, seq LIMIT $3`,
    taken: `SELECT event_id::text AS id FROM ${s}.events WHERE event_id = ANY($1::uuid[])`,
    // Committed rows after a position, readable or not yet: asked after a short read, in a later snapshot.
    pending: `SELECT EXISTS (SELECT 1 FROM ${s}.events WHERE (tx_id, seq) > ($1::text::xid8, $2::bigint)) AS pending`,
  };

  const readStream = async (
    stream: StreamName,
    { direction, fromRevision, limit }: StreamQuery,
  ): Promise<E.Either<StoreError, ReadonlyArray<RecordedEvent>>> => {
    const from = fromRevision ?? (direction === 'forwards' ? 0n : 9_223_372_036_854_775_807n);
    const rows = await query.arrays(direction === 'forwards' ? sql.forwards : sql.backwards, [stream, from.toString(), limit ?? null]);
    return E.isLeft(rows) ? rows : fromStoredRows(rows.right, eventOf);
  };

  const fetchHead = async (stream: StreamName): Promise<E.Either<StoreError, StreamHead | undefined>> => {
    const rows = await query.rows(sql.head, [stream]);
    return E.isLeft(rows) ? rows : E.right(headFrom(rows.right[0]));
  };

  const duplicateIn = async (events: ReadonlyArray<NewEvent>): Promise<E.Either<StoreError, never>> => {
    const rows = await query.rows(sql.taken, [events.map((e) => e.eventId)]);
    if (E.isLeft(rows)) return rows;
    const taken = new Set(rows.right.map((r) => r['id']));
    const index = events.findIndex((e) => taken.has(e.eventId));
    return E.left({ _tag: 'DuplicateEventId', eventId: events[index]?.eventId ?? '', index });
  };

  /** Sends one append; `stale` with the real head when the stream is not at `head`. */
  const send = async (
    stream: StreamName,
    head: StreamHead | undefined,
    chained: ReturnType<typeof chainEvents>,
    recordedTime: Instant,
  ): Promise<
    E.Either<
      StoreError,
      | { readonly stale: true; readonly head: StreamHead | undefined }
      | { readonly stale: false; readonly written: ReadonlyArray<RecordedEvent> }
    >
  > => {
    let rows: E.Either<StoreError, ReadonlyArray<Row>>;
    try {
      rows = await query.rows(sql.append, appendArguments(stream, head, chained, recordedTime));
    } catch (error) {
      if (isEventIdTaken(error)) return duplicateIn(chained);
      throw error;
    }
    if (E.isLeft(rows)) return rows;
    const r = rows.right[0] ?? {};
    if (r['stale'] === true)
      return E.right({
        stale: true,
        head: headFrom({
          revision: r['head_revision'],
          hash: r['head_hash'],
          tx: r['head_tx'],
          seq: r['head_seq'],
          batch_start: r['head_batch_start'],
          batch_first_event_id: r['head_batch_first_event_id'],
        }),
      });
    const { tx, seqs } = r;
    if (typeof tx !== 'string' || !Array.isArray(seqs) || seqs.length !== chained.length)
      throw new Error(`append_events answered ${JSON.stringify(r)}`);
    const commit = BigInt(tx);
    return E.right({ stale: false, written: chained.map((e, i) => ({ ...e, position: { commit, prepare: BigInt(String(seqs[i])) } })) });
  };

  const append = async (
    stream: StreamName,
    events: ReadonlyArray<NewEvent>,
    expected: ExpectedRevision,
    recordedTime: Instant,
  ): Promise<E.Either<StoreError, AppendResult>> => {
    let head = heads.get(stream);
    // With no head in memory, a new stream is assumed (the database corrects that); otherwise it is read.
    let fresh = false;
    if (!head && expected._tag !== 'NoStream') {
      const fetched = await fetchHead(stream);
      if (E.isLeft(fetched)) return fetched;
      head = fetched.right;
      fresh = true;
    }
    for (let attempt = 0; attempt < maxStaleAttempts; attempt++) {
      let lastBatch: ReadonlyArray<RecordedEvent> | undefined;
      if (mayRepeatLastBatch(head, events)) {
        const read = await readStream(stream, { direction: 'forwards', fromRevision: head.batchStart, limit: undefined });
        if (E.isLeft(read)) return read;
        lastBatch = read.right;
      }
      const plan = planAppend(stream, head, events, expected, lastBatch);
      // Only a write is checked by the database; any other answer must come from a head just read.
      if (!fresh && (E.isLeft(plan) || plan.right._tag !== 'Write')) {
        const fetched = await fetchHead(stream);
        if (E.isLeft(fetched)) return fetched;
        head = fetched.right;
        heads.set(stream, head);
        fresh = true;
        continue;
      }
      if (E.isLeft(plan)) return plan;
      if (plan.right._tag === 'NothingToWrite') return E.right(appendResult(head, []));
      if (plan.right._tag === 'AlreadyWritten') return E.right(appendResult(head, lastBatch ?? []));
      const sent = await send(stream, head, chainEvents(stream, plan.right, events, recordedTime), recordedTime);
      if (E.isLeft(sent)) return sent;
      if (sent.right.stale) {
        head = sent.right.head;
        heads.set(stream, head);
        fresh = true;
        continue;
      }
      const newHead = headAfter(sent.right.written);
      heads.set(stream, newHead);
      notify.appended();
      return E.right(appendResult(newHead, sent.right.written));
    }
    return E.left(storeUnavailable(`${stream} kept changing under ${maxStaleAttempts} attempts to append`));
  };

  return {
    append,
    readStream,
    readAllAfter: async (after, limit) => {
      const rows = await query.arrays(sql.after, [after.commit.toString(), after.prepare.toString(), limit]);
      return E.isLeft(rows) ? rows : fromStoredRows(rows.right, eventOf);
    },
    pendingAfter: async (after) => {
      const rows = await query.rows(sql.pending, [after.commit.toString(), after.prepare.toString()]);
      return E.isLeft(rows) ? rows : E.right(rows.right[0]?.['pending'] === true);
    },
    changes,
    pollIntervalMs,
    close: async () => {
      await notify.close();
      try {
        await pool.end();
        return E.right(undefined);
      } catch (error) {
        return E.left(unavailability(error) ?? storeUnavailable(String(error)));
      }
    },
  };
};

/**
 * Opens the PostgreSQL event store: a connection pool, the schema created or migrated (under an advisory
 * lock, so several processes may start at once), and a LISTEN connection for live subscriptions.
 */
export const openPostgresStore = async (options: PostgresStoreOptions): Promise<E.Either<ValidationFailure | StoreError, EventStore>> => {
  const { clock, ...settings } = options;
  const decoded = decodeWith(PostgresStoreConfig, 'PostgreSQL store options')(settings);
  if (E.isLeft(decoded)) return decoded;
  const { connectionString, schema, poolSize, pollIntervalMs, connectTimeoutMs } = { ...defaults, ...decoded.right };
  const config: ClientConfig = { connectionString, connectionTimeoutMillis: connectTimeoutMs };
  const pool = new Pool({ ...config, max: poolSize });
  // An idle connection the server drops emits 'error' on the pool; the next query reconnects or reports it.
  pool.on('error', () => undefined);
  try {
    await migrate(pool, schema);
  } catch (error) {
    await pool.end().catch(() => undefined);
    const unavailable = unavailability(error);
    if (unavailable) return E.left(unavailable);
    throw error;
  }
  return E.right(eventStoreOn(backendOn(pool, schema, config, pollIntervalMs), clock ? { clock } : {}));
};
