import { either as E } from 'fp-ts';
import type { QuerySpec } from './condition.js';
import type { ReadModelDefinition } from './projector.js';
import type { ProjectionStorage, StorageError } from '../storage/storage.js';

export type QueryError =
  | StorageError
  /** No generation of this version is active yet: the runner is still building it (or has not started). */
  | { readonly _tag: 'ReadModelNotReady'; readonly name: string; readonly version: number; readonly activeVersion?: number };

export interface Page<Row> {
  readonly rows: ReadonlyArray<Row>;
  readonly total: number;
  readonly offset: number;
  readonly limit: number;
}

/** Paging as a host asks for it: from `offset` (0 by default), `limit` rows (50 by default, at most 1000). */
export interface Paging {
  readonly offset?: number;
  readonly limit?: number;
}

export const pageOf = (paging: Paging | undefined): { readonly offset: number; readonly limit: number } => ({
  offset: Math.max(0, Math.floor(paging?.offset ?? 0)),
  limit: Math.min(1000, Math.max(1, Math.floor(paging?.limit ?? 50))),
});

/** The generation queries read: the active one, if it is of the model's version. */
const activeGeneration = async (storage: ProjectionStorage, model: ReadModelDefinition): Promise<E.Either<QueryError, number>> => {
  const catalog = await storage.catalog();
  if (E.isLeft(catalog)) return catalog;
  const active = catalog.right.find((g) => g.name === model.name && g.state === 'active');
  if (!active || active.version !== model.version)
    return E.left({
      _tag: 'ReadModelNotReady',
      name: model.name,
      version: model.version,
      ...(active ? { activeVersion: active.version } : {}),
    });
  return E.right(active.generation);
};

/** One document of the active generation by its key. */
export const docByKey = async <Doc>(
  storage: ProjectionStorage,
  model: ReadModelDefinition,
  collection: string,
  is: (u: unknown) => u is Doc,
  key: string,
): Promise<E.Either<QueryError, Doc | undefined>> => {
  const active = await activeGeneration(storage, model);
  if (E.isLeft(active)) return active;
  const found = await storage.load(model.name, active.right, collection, [key]);
  if (E.isLeft(found)) return found;
  const doc = found.right.get(key);
  if (doc === undefined) return E.right(undefined);
  return is(doc)
    ? E.right(doc)
    : E.left({ _tag: 'CorruptDocument', name: model.name, collection, key, reason: 'does not match its codec' });
};

/** Documents found by `queryDocs` as the page of rows at `offset`. */
export const paged =
  <Doc>(offset: number, limit: number) =>
  (r: { readonly docs: ReadonlyArray<Doc>; readonly total: number }): Page<Doc> => ({ rows: r.docs, total: r.total, offset, limit });

/**
 * Queries one collection of a read model's active generation, resolved at each query so that a switch to a
 * rebuilt generation is seen by the next query; documents come back checked by the collection's codec.
 */
export const queryDocs = async <Doc>(
  storage: ProjectionStorage,
  model: ReadModelDefinition,
  collection: string,
  is: (u: unknown) => u is Doc,
  spec: QuerySpec,
): Promise<E.Either<QueryError, { readonly docs: ReadonlyArray<Doc>; readonly total: number }>> => {
  const active = await activeGeneration(storage, model);
  if (E.isLeft(active)) return active;
  const result = await storage.query(model.name, active.right, collection, spec);
  if (E.isLeft(result)) return result;
  const docs: Doc[] = [];
  for (const doc of result.right.docs)
    if (is(doc)) docs.push(doc);
    else return E.left({ _tag: 'CorruptDocument', name: model.name, collection, key: '?', reason: 'does not match its codec' });
  return E.right({ docs, total: result.right.total });
};
