import { either as E } from 'fp-ts';
import type { ProjectedEvent } from './event.js';
import type { Collection, Docs, DocWrite, Lookup, ReadModel } from './read-model.js';
import type { RowWrite, StorageError, TableSpec } from '../storage/storage.js';

/** Reads documents of one collection of the generation being built; absent keys are absent from the map. */
export type Loader = (collection: string, keys: ReadonlyArray<string>) => Promise<E.Either<StorageError, ReadonlyMap<string, unknown>>>;

/** A read model as the runner drives it, whatever its documents: events in, rows out. */
export interface Projector {
  /** Folds a batch of events; the documents it changes are kept (and never forgotten) until `take`. */
  readonly step: (events: ReadonlyArray<ProjectedEvent>, load: Loader) => Promise<E.Either<StorageError, void>>;
  /** The rows of the documents changed since the last `take`, each document once: what the next commit writes. */
  readonly take: () => ReadonlyArray<RowWrite>;
  /** Forgets cached documents, after a commit that failed. */
  readonly reset: () => void;
}

/** The untyped face of a read model, so that a runner can hold several with different documents. */
export interface ReadModelDefinition {
  readonly name: string;
  readonly version: number;
  readonly tables: ReadonlyArray<TableSpec>;
  /** The types of event it folds: a runner reads no other. */
  readonly handles: ReadonlyArray<string>;
  /** A projector for one generation. `fresh`: the generation is empty and only this projector writes it. */
  readonly projector: (fresh: boolean) => Projector;
}

/** Documents kept per collection; the least recently used beyond this are forgotten (the storage has them). */
const cacheLimit = 10_000;

/**
 * What a projector knows of one collection of its generation: documents by key (`undefined`: known to be
 * absent), least recently used first; the keys it ever wrote; the documents written since the last take.
 */
interface Known<Write> {
  readonly docs: Map<string, unknown>;
  readonly written: Set<string>;
  dirty: Map<string, Write>;
}

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
    handles: model.handles,
    tables: names.map((collection) => ({
      collection,
      columns: collectionOf(collection)?.columns ?? {},
      indexed: collectionOf(collection)?.indexed ?? [],
    })),
    projector: (fresh) => {
      const handled = new Set<string>(model.handles);
      // One entry per collection, by name: separate maps keep lookups on the keys themselves.
      const known = new Map<string, Known<DocWrite<D>>>(names.map((n) => [n, { docs: new Map(), written: new Set(), dirty: new Map() }]));
      const knownOf = (collection: string): Known<DocWrite<D>> => {
        const k = known.get(collection);
        if (!k) throw new Error(`${model.name} has no collection ${collection}`);
        return k;
      };

      const remember = (k: Known<DocWrite<D>>, key: string, doc: unknown): void => {
        k.docs.delete(key);
        k.docs.set(key, doc);
        // Forgotten a quarter at a time, the least recently used first: one pass over the map, not one per document.
        if (k.docs.size > cacheLimit + cacheLimit / 4)
          for (const old of k.docs.keys()) if (!k.dirty.has(old) && (k.docs.delete(old), k.docs.size <= cacheLimit)) break;
      };

      const get: Lookup<D> = <C extends keyof D & string>(collection: C, key: string): D[C] | undefined =>
        // A collection's cache holds documents that its codec decoded or that `evolve` wrote to it.
        known.get(collection)?.docs.get(key) as D[C] | undefined;

      const missing = (keys: ReadonlyArray<{ readonly collection: string; readonly key: string }>): Map<string, Set<string>> => {
        const out = new Map<string, Set<string>>();
        for (const { collection, key } of keys) {
          const k = knownOf(collection);
          if (k.docs.has(key) || (fresh && !k.written.has(key))) continue;
          out.set(collection, (out.get(collection) ?? new Set()).add(key));
        }
        return out;
      };

      const fetch = async (wanted: Map<string, Set<string>>, load: Loader): Promise<E.Either<StorageError, void>> => {
        for (const [collection, keys] of wanted) {
          const c = collectionOf(collection);
          if (!c) continue;
          const k = knownOf(collection);
          const found = await load(collection, [...keys]);
          if (E.isLeft(found)) return found;
          for (const key of keys) {
            const raw = found.right.get(key);
            if (raw === undefined) {
              remember(k, key, undefined);
              continue;
            }
            const doc = c.codec.decode(raw);
            if (E.isLeft(doc)) return E.left({ _tag: 'CorruptDocument', name: model.name, collection, key, reason: 'does not decode' });
            remember(k, key, doc.right);
          }
        }
        return E.right(undefined);
      };

      return {
        reset: () => {
          for (const k of known.values()) {
            k.docs.clear();
            k.dirty = new Map();
          }
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
              const k = knownOf(w.collection);
              remember(k, w.key, w.doc);
              k.written.add(w.key);
              k.dirty.set(w.key, w);
            }
          }
          return E.right(undefined);
        },
        take: () => {
          const rows: RowWrite[] = [];
          for (const k of known.values()) {
            for (const w of k.dirty.values()) {
              const c: Collection<D[keyof D & string]> = model.collections[w.collection];
              rows.push({ collection: w.collection, key: w.key, doc: c.codec.encode(w.doc), columns: c.columnsOf(w.doc) });
            }
            k.dirty = new Map();
          }
          return rows;
        },
      };
    },
  };
};
