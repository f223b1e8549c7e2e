// The SQLite store beside raw better-sqlite3 doing the same work in the same run, on the same kind of file
// (WAL, synchronous FULL, the store's schema). "Raw" includes what any correct append must do: the same
// transaction and statements, JSON serialisation and the SHA-256 hash chain (the shared eventHash); the
// ratio is what the store adds on top: validation, planning, typed results. Reads: the same SELECT and
// JSON.parse of data and metadata. Commands: read, decode, fold, decide, append, against the raw equivalent.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { either as E } from 'fp-ts';
import { chainEvents, commandEventId, ExpectedRevision, handleCommand, streamName, type EventStore, type NewEvent } from '@ocop/eventstore';
import { event, metadata, readAllEvents, right, tally, tallyCodec } from '@ocop/eventstore/contract';
import { fold, instantOf, isJson } from '@ocop/kernel';
import { comparisons } from '../../eventstore/bench/compare.js';
import { openSqliteStore } from '../src/index.js';

const dir = mkdtempSync(join(tmpdir(), 'ocop-bench-sqlite-'));
const { compare, results } = comparisons();

const sample = (i: number): NewEvent => event({ product: 'Gạo Đức Lan ST25', score: 87 + (i % 10), council: 'province', items: [1, 2, 3] });

/** Raw better-sqlite3 with the store's schema: the same transaction, statements and hash chain. */
const rawWriter = (path: string) => {
  const db = new Database(path, { timeout: 5000 });
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  const head = db.prepare<[string], { revision: number; hash: string }>('SELECT revision, hash FROM streams WHERE stream = ?');
  const insert = db.prepare(
    'INSERT INTO events (stream, revision, event_id, type, schema_version, data, metadata, recorded_time, hash, previous_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const setHead = db.prepare(
    `INSERT INTO streams (stream, revision, hash, position, batch_start, batch_first_event_id) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (stream) DO UPDATE SET revision = excluded.revision, hash = excluded.hash, position = excluded.position,
       batch_start = excluded.batch_start, batch_first_event_id = excluded.batch_first_event_id`,
  );
  // The whole events, as readStream gives them: the replay of a repeated command returns them.
  const forwards = db
    .prepare<[string], [string, string, number, number, string, string, string, string, string | null]>(
      'SELECT data, metadata, position, revision, event_id, type, recorded_time, hash, previous_hash FROM events WHERE stream = ? ORDER BY revision',
    )
    .raw();
  const append = db.transaction((stream: string, events: ReadonlyArray<NewEvent>) => {
    const h = head.get(stream);
    const chained = chainEvents(
      streamName(stream),
      { firstRevision: h ? BigInt(h.revision) + 1n : 0n, previousHash: h?.hash ?? null },
      events,
      instantOf(new Date()),
    );
    let position = 0n;
    for (const e of chained)
      position = BigInt(
        insert.run(
          stream,
          e.revision,
          e.eventId,
          e.type,
          e.schemaVersion,
          JSON.stringify(e.data),
          JSON.stringify(e.metadata),
          e.recordedTime,
          e.hash,
          e.previousHash,
        ).lastInsertRowid,
      );
    const [first, last] = [chained[0], chained[chained.length - 1]];
    if (first && last) setHead.run(stream, last.revision, last.hash, position, first.revision, first.eventId);
  });
  return { db, append: (stream: string, events: ReadonlyArray<NewEvent>) => append.immediate(stream, events), forwards };
};

const open = async (name: string): Promise<EventStore> => right(await openSqliteStore({ path: join(dir, name) }));

// Sequential single-event appends, each its own durable transaction.
{
  const n = 500;
  const store = await open('single.sqlite');
  const raw = rawWriter(join(dir, 'single.sqlite'));
  await compare(
    'sequential single-event appends',
    n,
    async (round) => {
      for (let i = 0; i < n; i++) right(await store.append(`Bench-s${round}x${i % 50}`, [sample(i)], ExpectedRevision.any));
    },
    (round) => {
      for (let i = 0; i < n; i++) raw.append(`Bench-r${round}x${i % 50}`, [sample(i)]);
    },
  );
  raw.db.close();
  await store.close();
}

// 100-event batches; these also fill the file read below.
const path = join(dir, 'batches.sqlite');
{
  const batches = 100;
  const store = await open('batches.sqlite');
  const raw = rawWriter(path);
  const batch = (): ReadonlyArray<NewEvent> => Array.from({ length: 100 }, (_, i) => sample(i));
  await compare(
    'batched appends (events/s, 100 per batch)',
    batches * 100,
    async (round) => {
      for (let b = 0; b < batches; b++) right(await store.append(`Bench-s${round}x${b % 20}`, batch(), ExpectedRevision.any));
    },
    (round) => {
      for (let b = 0; b < batches; b++) raw.append(`Bench-r${round}x${b % 20}`, batch());
    },
  );
  raw.db.close();
  await store.close();
}

// Reading everything in global order, 1000 at a time.
{
  const store = await open('batches.sqlite');
  const db = new Database(path, { readonly: true });
  const page = db
    .prepare<[number, number], [number, string, number, string, string, number, string, string, string, string, string | null]>(
      'SELECT position, stream, revision, event_id, type, schema_version, data, metadata, recorded_time, hash, previous_hash FROM events WHERE position > ? ORDER BY position LIMIT ?',
    )
    .raw();
  const total = (await readAllEvents(store, { batchSize: 1000 })).length;
  const readRaw = (): number => {
    const events: unknown[] = [];
    let count = 0;
    for (let after = 0; ;) {
      const rows = page.all(after, 1000);
      const last = rows[rows.length - 1];
      if (!last) return count;
      // What any reader of this table does: parse the JSON and keep the position for its checkpoint.
      for (const r of rows)
        events.push({ position: BigInt(r[0]), stream: r[1], data: JSON.parse(r[6]) as unknown, metadata: JSON.parse(r[7]) as unknown });
      count += rows.length;
      after = last[0];
    }
  };
  await compare(
    'read all (events/s, pages of 1000)',
    total,
    async () => void (await readAllEvents(store, { batchSize: 1000 })),
    () => void readRaw(),
  );
  db.close();
  await store.close();
}

// Command handling end to end on 100 tallies: read, decode, fold, decide, append (each a durable commit).
{
  const n = 500;
  const store = await open('commands.sqlite');
  const decided0 = fold(tally);
  const raw = rawWriter(join(dir, 'commands.sqlite'));
  const { commandId: _, ...context } = metadata();
  await compare(
    'command handling (decide + append), 100 streams',
    n,
    async (round) => {
      for (let i = 0; i < n; i++) {
        const stream = `Tally-s${round}x${i % 100}`;
        right(
          await handleCommand({
            store,
            decider: tally,
            codec: tallyCodec,
            stream,
            command: { type: 'Add', amount: 1 },
            commandId: `s${round}-${i}`,
            metadata: context,
          }),
        );
      }
    },
    (round) => {
      for (let i = 0; i < n; i++) {
        const stream = `Tally-r${round}x${i % 100}`;
        const decoded = raw.forwards.all(stream).map((r) => {
          const [data, meta] = r;
          JSON.parse(meta);
          const e = tallyCodec.decode({ type: 'Added', schemaVersion: 1, data: JSON.parse(data) as unknown });
          if (E.isLeft(e)) throw new Error('undecodable');
          return e.right;
        });
        const decided = tally.decide({ type: 'Add', amount: 1 }, decided0(decoded));
        if (E.isLeft(decided)) throw new Error('refused');
        raw.append(
          stream,
          decided.right.map((e, k) => {
            const { type, schemaVersion, data } = tallyCodec.encode(e);
            if (!isJson(data)) throw new Error('not JSON');
            return {
              eventId: commandEventId(`r${round}-${i}`, k),
              type,
              schemaVersion,
              data,
              metadata: { ...context, commandId: `r${round}-${i}` },
            };
          }),
        );
      }
    },
  );
  raw.db.close();
  await store.close();
}

rmSync(dir, { recursive: true, force: true });
console.log(`BENCH_JSON ${JSON.stringify({ benchmark: 'store-sqlite', node: process.version, synchronous: 'FULL', results })}`);
