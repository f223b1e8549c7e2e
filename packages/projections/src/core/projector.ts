import { either as E } from 'fp-ts';
import type { ColumnValue } from './columns.js';
import type { ProjectedEvent } from './event.js';
import type { Collection, Docs, DocWrite, Lookup, ReadModel } from './read-model.js';
import type { RowWrite, StorageError, TableSpec } from '../storage/storage.js';

/** Reads documents of one collection of the generation being built; absent keys are absent from the map. */
export type Loader = (collection: string, keys: ReadonlyArray<string>) => Promise<E.Either<StorageError, ReadonlyMap<string, unknown>>>;

/** A read model as the runner drives it, whatever its documents: events in, rows out. */
export interface Projector {
  /** Folds a batch; the rows are what the batch changed, each document once. */
  readonly step: (events: ReadonlyArray<ProjectedEvent>, load: Loader) => Promise<E.Either<StorageError, ReadonlyArray<RowWrite>>>;
  /** Forgets cached documents, after a commit that failed. */
  readonly reset: () => void;
}

/** The untyped face of a read model, so that a runner can hold several with different documents. */
export interface ReadModelDefinition {
  readonly name: string;
  readonly version: number;
  readonly tables: ReadonlyArray<TableSpec>;
  /** A projector for one generation. `fresh`: the generation is empty and only this projector writes it. */
  readonly projector: (fresh: boolean) => Projector;
}

const cacheLimit = 10_000;
const sep = '\u0000';

/**
 * Erases a read model's document types behind a projector. The projector keeps the documents it read or
 * wrote (a bounded cache: it is the generation's only writer, so they stay true), and while it builds a
 * generation from zero it knows that a key it never wrote is absent without asking the storage.
 */
export const defineReadModel = <D extends Docs>(model: ReadModel<D>): ReadModelDefinition => {
  const names = Object.keys(model.collections);
  const collectionOf = (name: string): Collection<D[keyof D & string]> | undefined =>
    // Checked just before: `name` is one of the model's collections.
    names.includes(name) ? model.collections[name as keyof D & string] : undefined;
  return {
    name: model.name,
    version: model.version,
    tables: names.map((collection) => ({
      collection,
      columns: collectionOf(collection)?.columns ?? {},
      indexed: collectionOf(collection)?.indexed ?? [],
    })),
    projector: (fresh) => {
      const handled = new Set<string>(model.handles);
      // Documents by "collection NUL key", tagged with their collection; `doc: undefined` records an absent key.
      const cache = new Map<string, { readonly collection: string; readonly doc: unknown }>();
      const written = new Set<string>();
      let dirty = new Map<string, DocWrite<D>>();

      const remember = (collection: string, key: string, doc: unknown): void => {
        const id = collection + sep + key;
        cache.delete(id);
        cache.set(id, { collection, doc });
        if (cache.size > cacheLimit)
          for (const old of cache.keys()) if (!dirty.has(old) && (cache.delete(old), cache.size <= cacheLimit)) break;
      };

      const get: Lookup<D> = <C extends keyof D & string>(collection: C, key: string): D[C] | undefined => {
        const entry = cache.get(collection + sep + key);
        // An entry tagged with a collection holds a document that its codec decoded or that `evolve` wrote to it.
        return entry !== undefined && entry.collection === collection ? (entry.doc as D[C] | undefined) : undefined;
      };

      const missing = (keys: ReadonlyArray<{ readonly collection: string; readonly key: string }>): Map<string, Set<string>> => {
        const out = new Map<string, Set<string>>();
        for (const { collection, key } of keys) {
          const id = collection + sep + key;
          if (cache.has(id) || (fresh && !written.has(id))) continue;
          out.set(collection, (out.get(collection) ?? new Set()).add(key));
        }
        return out;
      };

      const fetch = async (wanted: Map<string, Set<string>>, load: Loader): Promise<E.Either<StorageError, void>> => {
        for (const [collection, keys] of wanted) {
          const c = collectionOf(collection);
          if (!c) continue;
          const found = await load(collection, [...keys]);
          if (E.isLeft(found)) return found;
          for (const key of keys) {
            const raw = found.right.get(key);
            if (raw === undefined) {
              remember(collection, key, undefined);
              continue;
            }
            const doc = c.codec.decode(raw);
            if (E.isLeft(doc)) return E.left({ _tag: 'CorruptDocument', name: model.name, collection, key, reason: 'does not decode' });
            remember(collection, key, doc.right);
          }
        }
        return E.right(undefined);
      };

      return {
        reset: () => {
          cache.clear();
          dirty = new Map();
          // After a failed commit, what was written is unknown: every miss asks the storage again.
          fresh = false;
        },
        step: async (all, load) => {
          const events = all.filter((e) => handled.has(e.event.type));
          // First every event's direct needs at once, then whatever a later event's needs depend on.
          const first = await fetch(missing(events.flatMap((e) => model.needs(e, get))), load);
          if (E.isLeft(first)) return first;
          for (const event of events) {
            for (let wanted = missing(model.needs(event, get)); wanted.size > 0; wanted = missing(model.needs(event, get))) {
              const fetched = await fetch(wanted, load);
              if (E.isLeft(fetched)) return fetched;
            }
            for (const w of model.evolve(event, get)) {
              const id = w.collection + sep + w.key;
              remember(w.collection, w.key, w.doc);
              written.add(id);
              dirty.set(id, w);
            }
          }
          const rows: RowWrite[] = [];
          for (const w of dirty.values()) {
            const c: Collection<D[keyof D & string]> = model.collections[w.collection];
            const columns: Readonly<Record<string, ColumnValue>> = c.columnsOf(w.doc);
            rows.push({ collection: w.collection, key: w.key, doc: c.codec.encode(w.doc), columns });
          }
          dirty = new Map();
          return E.right(rows);
        },
      };
    },
  };
};
