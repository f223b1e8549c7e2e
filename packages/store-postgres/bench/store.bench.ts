// The PostgreSQL store beside raw pg doing the same work in the same run, on a fresh schema of its own.
// "Raw" sends the same one-statement append (the schema's append_events) with the hash chain computed by
// the shared chainEvents (eventHash) from a head it tracks itself: the ratio is what the store adds (validation,
// planning, the head cache, typed results, wake-ups). Reads: the same SELECT below the snapshot xmin, with
// JSON.parse and an object per event. Commands: read, decode, fold, decide, append, against raw equivalents.
import { randomBytes } from 'node:crypto';
import { Client, Pool } from 'pg';
import { either as E } from 'fp-ts';
import { chainEvents, commandEventId, ExpectedRevision, handleCommand, streamName, type EventStore, type NewEvent } from '@ocop/eventstore';
import { event, metadata, readAllEvents, right, tally, tallyCodec } from '@ocop/eventstore/contract';
import { fold, instantOf, isJson } from '@ocop/kernel';
import { appendArguments, appendCall } from '../src/append-call.js';
import { openPostgresStore } from '../src/index.js';
import { comparisons } from '../../eventstore/bench/compare.js';

const connectionString = process.env['OCOP_BENCH_POSTGRES'] ?? 'postgres://postgres@127.0.0.1:5432/test';
const schema = `ocop_bench_${randomBytes(4).toString('hex')}`;
const s = `"${schema}"`;
const { compare, results } = comparisons();
const writers = 16;

const store: EventStore = right(await openPostgresStore({ connectionString, schema, poolSize: writers }));
const pool = new Pool({ connectionString, max: writers });
const sample = (i: number): NewEvent => event({ product: 'Gạo Đức Lan ST25', score: 87 + (i % 10), council: 'province', items: [1, 2, 3] });

/** Raw appends: the schema's function, the hash chain computed here from heads tracked here. */
const heads = new Map<string, { revision: bigint; hash: string }>();
const rawAppend = async (stream: string, events: ReadonlyArray<NewEvent>): Promise<void> => {
  const name = streamName(stream);
  const head = heads.get(stream);
  const recordedTime = instantOf(new Date());
  const chained = chainEvents(
    name,
    { firstRevision: head ? head.revision + 1n : 0n, previousHash: head?.hash ?? null },
    events,
    recordedTime,
  );
  const result = await pool.query<{ stale: boolean }>(appendCall(s), [...appendArguments(name, head, chained, recordedTime)]);
  if (result.rows[0]?.stale !== false) throw new Error('raw append found the stream changed');
  const last = chained[chained.length - 1];
  if (last) heads.set(stream, { revision: last.revision, hash: last.hash });
};

const concurrently = (n: number, body: (writer: number, i: number) => Promise<void>): Promise<void> =>
  Promise.all(
    Array.from({ length: writers }, async (_, w) => {
      for (let i = w; i < n; i += writers) await body(w, i);
    }),
  ).then(() => undefined);

try {
  await compare(
    'sequential single-event appends (1 writer)',
    250,
    async (round) => {
      for (let i = 0; i < 250; i++) right(await store.append(`Single-s${round}x${i % 20}`, [sample(i)], ExpectedRevision.any));
    },
    async (round) => {
      for (let i = 0; i < 250; i++) await rawAppend(`Single-r${round}x${i % 20}`, [sample(i)]);
    },
  );
  await compare(
    `single-event appends, ${writers} concurrent writers`,
    1600,
    (round) => concurrently(1600, async (w, i) => void right(await store.append(`Many-s${round}x${w}`, [sample(i)], ExpectedRevision.any))),
    (round) => concurrently(1600, (w, i) => rawAppend(`Many-r${round}x${w}`, [sample(i)])),
  );
  const batch = (): ReadonlyArray<NewEvent> => Array.from({ length: 100 }, (_, i) => sample(i));
  await compare(
    'batched appends (events/s, 100 per batch, 1 writer)',
    10_000,
    async (round) => {
      for (let b = 0; b < 100; b++) right(await store.append(`Batch-s${round}x${b % 10}`, batch(), ExpectedRevision.any));
    },
    async (round) => {
      for (let b = 0; b < 100; b++) await rawAppend(`Batch-r${round}x${b % 10}`, batch());
    },
  );

  const total = (await readAllEvents(store, { batchSize: 1000 })).length;
  const after = `SELECT seq, tx_id::text AS tx_text, stream, revision, event_id::text AS id_text, type, schema_version, data::text AS data_text,
                   metadata::text AS metadata_text, recorded_time, hash, previous_hash
                 FROM ${s}.events WHERE (tx_id, seq) > ($1::text::xid8, $2::bigint) AND tx_id < pg_snapshot_xmin(pg_current_snapshot())
                 ORDER BY tx_id, seq LIMIT 1000`;
  await compare(
    'read all (events/s, pages of 1000)',
    total,
    async () => void (await readAllEvents(store, { batchSize: 1000 })),
    async () => {
      const events: unknown[] = [];
      for (let position = ['0', '0']; ;) {
        const { rows } = await pool.query<string[]>({ text: after, values: position, rowMode: 'array' });
        const last = rows[rows.length - 1];
        if (!last) return;
        // What any reader of this table does: parse the JSON and keep the position for its checkpoint.
        for (const r of rows)
          events.push({
            commit: BigInt(r[1] ?? 0),
            prepare: BigInt(r[0] ?? 0),
            stream: r[2],
            data: JSON.parse(r[7] ?? '') as unknown,
            metadata: JSON.parse(r[8] ?? '') as unknown,
          });
        position = [last[1] ?? '0', last[0] ?? '0'];
      }
    },
  );

  const { commandId: _, ...context } = metadata();
  const evolve = fold(tally);
  // The whole events, as readStream gives them: the replay of a repeated command returns them.
  const forwards = `SELECT type, schema_version, data::text, metadata::text, seq, tx_id::text, revision, event_id::text, recorded_time, hash, previous_hash
                    FROM ${s}.events WHERE stream = $1 ORDER BY revision`;
  await compare(
    `command handling (decide + append), ${writers} writers`,
    1000,
    (round) =>
      concurrently(1000, async (w, i) => {
        const command = { type: 'Add', amount: 1 } as const;
        right(
          await handleCommand({
            store,
            decider: tally,
            codec: tallyCodec,
            stream: `Tally-s${round}x${w}`,
            command,
            commandId: `s${round}-${i}`,
            metadata: context,
          }),
        );
      }),
    (round) =>
      concurrently(1000, async (w, i) => {
        const stream = `Tally-r${round}x${w}`;
        const { rows } = await pool.query<string[]>({ text: forwards, values: [stream], rowMode: 'array' });
        const decoded = rows.map(([type, version, data, meta]) => {
          JSON.parse(meta ?? '');
          const e = tallyCodec.decode({ type: type ?? '', schemaVersion: Number(version), data: JSON.parse(data ?? '') as unknown });
          if (E.isLeft(e)) throw new Error('undecodable');
          return e.right;
        });
        const decided = tally.decide({ type: 'Add', amount: 1 }, evolve(decoded));
        if (E.isLeft(decided)) throw new Error('refused');
        const commandId = `r${round}-${i}`;
        await rawAppend(
          stream,
          decided.right.map((e, k) => {
            const { type, schemaVersion, data } = tallyCodec.encode(e);
            if (!isJson(data)) throw new Error('not JSON');
            return { eventId: commandEventId(commandId, k), type, schemaVersion, data, metadata: { ...context, commandId } };
          }),
        );
      }),
  );
} finally {
  await store.close();
  await pool.end();
  const admin = new Client({ connectionString });
  await admin.connect();
  await admin.query(`DROP SCHEMA ${s} CASCADE`);
  await admin.end();
}

console.log(`BENCH_JSON ${JSON.stringify({ benchmark: 'store-postgres', node: process.version, writers, results })}`);
