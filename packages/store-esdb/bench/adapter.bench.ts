// The EventStoreDB store's overhead: the same appends and reads through the store and through the raw
// @eventstore/db-client, both against the in-process stand-in. Absolute rates measure the stand-in (and this
// machine), not an EventStoreDB server; the ratios are what compares: what the store adds per call (the
// event-id claims, reading its events back, the hash chain, validation) over the client alone.
import { randomUUID } from 'node:crypto';
import { either as E } from 'fp-ts';
import { ANY, EventStoreDBClient, FORWARDS, jsonEvent, START } from '@eventstore/db-client';
import { ExpectedRevision, type EventStore, type NewEvent } from '@ocop/eventstore';
import { metadata, steppingClock } from '@ocop/eventstore/contract';
import { openEsdbStore } from '../src/index.js';
import { startStandIn, type StandIn } from '../test/standin/server.js';

interface Result {
  readonly label: string;
  readonly events: number;
  readonly ms: number;
  readonly eventsPerSecond: number;
}

const data = (i: number) => ({
  dossier: `2026.LD.${i}`,
  product: 'Gạo ST25 Đức Lan',
  score: 72 + (i % 20),
  criteria: ['A1', 'A2', 'B3', 'C1'],
});
const newEvent = (i: number): NewEvent => ({
  eventId: randomUUID(),
  type: 'DossierScored',
  schemaVersion: 1,
  data: data(i),
  metadata: metadata(),
});
// The raw client sends the same data and a metadata of the same fields and size as the store's.
const rawEvent = (i: number) => {
  const { correlationId, causationId, ...rest } = metadata();
  return jsonEvent({
    type: 'DossierScored',
    data: data(i),
    metadata: { $correlationId: correlationId, $causationId: causationId, ...rest, hash: 'x'.repeat(64) },
  });
};

const measure = async (label: string, events: number, run: () => Promise<void>): Promise<Result> => {
  const start = performance.now();
  await run();
  const ms = performance.now() - start;
  const eventsPerSecond = Math.round((events / ms) * 1000);
  console.log(`${label.padEnd(44)} ${eventsPerSecond.toLocaleString('en').padStart(9)} events/s  (${events} in ${ms.toFixed(0)} ms)`);
  return { label, events, ms: Math.round(ms), eventsPerSecond };
};

const ok = <A>(result: E.Either<unknown, A>): A => {
  if (E.isLeft(result)) throw new Error(JSON.stringify(result.left, (_, v: unknown) => (typeof v === 'bigint' ? String(v) : v)));
  return result.right;
};

const singles = 150;
const batches = 10;
const batchSize = 100;
const rounds = 2;

const viaStore = async (standIn: StandIn): Promise<ReadonlyArray<Result>> => {
  const store: EventStore = ok(await openEsdbStore({ connectionString: standIn.connectionString, clock: steppingClock() }));
  for (let i = 0; i < 20; i++) ok(await store.append('Warmup-1', [newEvent(i)], ExpectedRevision.any));
  const single = await measure('store: sequential single appends', singles, async () => {
    for (let i = 0; i < singles; i++) ok(await store.append('Dossier-1', [newEvent(i)], ExpectedRevision.any));
  });
  const batched = await measure(`store: appends of ${batchSize} events`, batches * batchSize, async () => {
    for (let b = 0; b < batches; b++)
      ok(
        await store.append(
          `Dossier-b${b}`,
          Array.from({ length: batchSize }, (_, i) => newEvent(i)),
          ExpectedRevision.noStream,
        ),
      );
  });
  const total = 20 + singles + batches * batchSize;
  const read = await measure('store: readAll in pages of 500', total, async () => {
    let n = 0;
    for await (const page of store.readAll({ batchSize: 500 })) n += ok(page).length;
    if (n !== total) throw new Error(`read ${n} events of ${total}`);
  });
  await store.close();
  return [single, batched, read];
};

const viaClient = async (standIn: StandIn): Promise<ReadonlyArray<Result>> => {
  const client = EventStoreDBClient.connectionString(standIn.connectionString);
  for (let i = 0; i < 20; i++) await client.appendToStream('Warmup-1', rawEvent(i), { expectedRevision: ANY });
  const single = await measure('client: sequential single appends', singles, async () => {
    for (let i = 0; i < singles; i++) await client.appendToStream('Dossier-1', rawEvent(i), { expectedRevision: ANY });
  });
  const batched = await measure(`client: appends of ${batchSize} events`, batches * batchSize, async () => {
    for (let b = 0; b < batches; b++)
      await client.appendToStream(
        `Dossier-b${b}`,
        Array.from({ length: batchSize }, (_, i) => rawEvent(i)),
        { expectedRevision: 'no_stream' },
      );
  });
  const total = 20 + singles + batches * batchSize;
  const read = await measure('client: readAll of $all, user events kept', total, async () => {
    let n = 0;
    for await (const { event } of client.readAll({ direction: FORWARDS, fromPosition: START }))
      if (event && !event.type.startsWith('$')) n++;
    if (n !== total) throw new Error(`read ${n} events of ${total}`);
  });
  await client.dispose();
  return [single, batched, read];
};

console.log("Against the in-process stand-in: absolute rates are the stand-in's, not an EventStoreDB server's.");
// Rounds alternate between the two sides, each on a fresh stand-in; the best of each scenario counts, so that
// a busy moment of the machine weighs on neither side alone.
const storeRounds: Array<ReadonlyArray<Result>> = [];
const clientRounds: Array<ReadonlyArray<Result>> = [];
for (let round = 1; round <= rounds; round++) {
  console.log(`\nround ${round}`);
  for (const [side, results] of [
    [viaStore, storeRounds],
    [viaClient, clientRounds],
  ] as const) {
    const standIn = await startStandIn();
    results.push(await side(standIn));
    await standIn.stop();
  }
}
const best = (all: ReadonlyArray<ReadonlyArray<Result>>, i: number): Result | undefined =>
  all.map((r) => r[i]).reduce<Result | undefined>((a, b) => (!a || (b && b.eventsPerSecond > a.eventsPerSecond) ? b : a), undefined);

console.log('\nbest of each:');
const scenarios = ['sequential single appends', `appends of ${batchSize} events`, 'readAll'];
const comparisons = scenarios.map((scenario, i) => {
  const [s, c] = [best(storeRounds, i), best(clientRounds, i)];
  const ratio = s && c ? Number((c.eventsPerSecond / s.eventsPerSecond).toFixed(2)) : NaN;
  console.log(
    `${scenario.padEnd(28)} store ${String(s?.eventsPerSecond).padStart(6)} /s, client ${String(c?.eventsPerSecond).padStart(6)} /s: the store takes ${ratio}× the client's time`,
  );
  return { scenario, storeEventsPerSecond: s?.eventsPerSecond, clientEventsPerSecond: c?.eventsPerSecond, clientOverStore: ratio };
});
console.log(
  `BENCH_JSON ${JSON.stringify({ benchmark: 'store-esdb-adapter', node: process.version, against: 'in-process stand-in', rounds, comparisons })}`,
);
