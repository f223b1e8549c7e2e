// Read models rebuilt from zero over a store, and every document they hold.
import { isJson, type Json } from '@ocop/kernel';
import type { EventStore } from '@ocop/eventstore';
import { allReadModels, createRunner, sqliteStorage, type ProjectionStorage } from '@ocop/projections';
import { right } from './support.js';

const documents = async (storage: ProjectionStorage): Promise<Json> => {
  const out: Record<string, Json> = {};
  const catalog = right(await storage.catalog(), 'no catalog');
  for (const model of allReadModels) {
    const active = catalog.find((g) => g.name === model.name && g.state === 'active');
    if (!active) throw new Error(`${model.name} has no active generation`);
    for (const { collection } of model.tables) {
      const docs: Json[] = [];
      for (;;) {
        const page = right(
          await storage.query(model.name, active.generation, collection, {
            where: { op: 'and', all: [] },
            orderBy: [],
            offset: docs.length,
            limit: 1000,
          }),
          `${model.name}.${collection} cannot be read`,
        );
        for (const doc of page.docs) {
          if (!isJson(doc)) throw new Error(`${model.name}.${collection} holds a document that is not JSON`);
          docs.push(doc);
        }
        if (page.docs.length === 0 || docs.length >= page.total) break;
      }
      out[`${model.name}.${collection}`] = docs;
    }
  }
  return out;
};

/** Every read model built from the first event of `store` into a new SQLite file at `path`; their documents. */
export const rebuiltReadModels = async (store: EventStore, path: string): Promise<Json> => {
  const storage = right(sqliteStorage({ path }), 'the read-model file cannot be opened');
  try {
    const runner = createRunner({ store, storage, readModels: allReadModels });
    right(await runner.start(), 'the runner did not start');
    await runner.caughtUp();
    await runner.stop();
    right(await runner.done, 'the runner stopped on an error');
    return await documents(storage);
  } finally {
    await storage.close();
  }
};
