// Test support: the Tánh Linh history as a fixture, read models built from a store, and whole read models
// dumped for comparison.
import { either as E } from 'fp-ts';
import { date } from '@ocop/kernel';
import { ExpectedRevision, memoryStore, type EventStore, type RecordedEvent } from '@ocop/eventstore';
import { loadTanhLinh } from '@ocop/example-tanh-linh-2024';
import { allReadModels, createRunner, memoryStorage, type ProjectionStorage, type ReadModelDefinition } from '../src/index.js';

/** The day the worked example is read on. */
export const today = date('2026-11-29');

export const right = <A>(e: E.Either<unknown, A>, what = 'a Right'): A => {
  if (E.isLeft(e)) throw new Error(`expected ${what}, got ${JSON.stringify(e.left)}`);
  return e.right;
};

let tanhLinh: Promise<EventStore> | undefined;

/** The Tánh Linh history, 2022–2026 (about 250 events), written once per test process. */
export const tanhLinhStore = (): Promise<EventStore> =>
  (tanhLinh ??= (async () => {
    const store = memoryStore();
    await loadTanhLinh(store);
    return store;
  })());

export const allEvents = async (store: EventStore): Promise<ReadonlyArray<RecordedEvent>> => {
  const events: RecordedEvent[] = [];
  for await (const page of store.readAll({ batchSize: 1000 })) events.push(...right(page));
  return events;
};

/** A new memory store holding the events of `events`, as recorded. */
export const storeOf = async (events: ReadonlyArray<RecordedEvent>): Promise<EventStore> => copyEvents(events, memoryStore());

/** Appends `events` to `store` as they were recorded (ids, data, metadata), one by one, in order. */
export const copyEvents = async (events: ReadonlyArray<RecordedEvent>, store: EventStore): Promise<EventStore> => {
  for (const e of events)
    right(
      await store.append(
        e.stream,
        [{ eventId: e.eventId, type: e.type, schemaVersion: e.schemaVersion, data: e.data, metadata: e.metadata }],
        ExpectedRevision.any,
      ),
    );
  return store;
};

/** Read models caught up with `store` in `storage` (memory by default), the runner stopped. */
export const built = async (
  store: EventStore,
  storage: ProjectionStorage = memoryStorage(),
  readModels: ReadonlyArray<ReadModelDefinition> = allReadModels,
): Promise<ProjectionStorage> => {
  const runner = createRunner({ store, storage, readModels, batchSize: 50 });
  right(await runner.start());
  await runner.caughtUp();
  await runner.stop();
  right(await runner.done);
  return storage;
};

/** Every document of every active generation, by read model and collection, in key order. */
export const dump = async (storage: ProjectionStorage, readModels: ReadonlyArray<ReadModelDefinition> = allReadModels) => {
  const out: Record<string, unknown> = {};
  const catalog = right(await storage.catalog());
  for (const model of readModels) {
    const active = catalog.find((g) => g.name === model.name && g.state === 'active');
    if (!active) throw new Error(`${model.name} has no active generation`);
    for (const { collection } of model.tables) {
      const docs: unknown[] = [];
      for (let offset = 0; ; offset += 1000) {
        const page = right(
          await storage.query(model.name, active.generation, collection, {
            where: { op: 'and', all: [] },
            orderBy: [],
            offset,
            limit: 1000,
          }),
        );
        docs.push(...page.docs);
        if (docs.length >= page.total) break;
      }
      // Through JSON, as SQL storages keep documents: a field left undefined in memory is no difference.
      out[`${model.name}.${collection}`] = JSON.parse(JSON.stringify(docs));
    }
  }
  return out;
};

export const checkpoints = async (storage: ProjectionStorage): Promise<ReadonlyArray<string | null>> =>
  right(await storage.catalog())
    .filter((g) => g.state === 'active')
    .map((g) => g.checkpoint);

/** The same store, delivering each subscribed event `ms` later: a rebuild then lasts long enough to be watched. */
export const slowed = (store: EventStore, ms: number): EventStore => ({
  ...store,
  subscribeToAll: (options) =>
    store.subscribeToAll({
      ...options,
      onEvent: async (event) => {
        await new Promise((resolve) => setTimeout(resolve, ms));
        await options.onEvent(event);
      },
    }),
});
