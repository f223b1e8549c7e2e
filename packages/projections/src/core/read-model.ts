import type * as t from 'io-ts';
import type { ColumnType, ColumnValue } from './columns.js';
import type { OcopEvent, ProjectedEvent } from './event.js';

/**
 * One kind of document of a read model (a table in SQL): its codec, which checks documents read back from
 * storage, and the columns a query can filter and sort on, computed from the document.
 */
export interface Collection<Doc> {
  readonly codec: t.Type<Doc, unknown, unknown>;
  readonly columns: Readonly<Record<string, ColumnType>>;
  readonly columnsOf: (doc: Doc) => Readonly<Record<string, ColumnValue>>;
  /** Columns worth an index in SQL: those that pick few rows of a large table. Others are scanned. */
  readonly indexed?: ReadonlyArray<string>;
}

/** The documents of a read model, by collection name. */
export type Docs = Readonly<Record<string, unknown>>;
type Name<D> = keyof D & string;

export type Collections<D extends Docs> = { readonly [C in Name<D>]: Collection<D[C]> };

export type DocKey<D extends Docs> = { readonly [C in Name<D>]: { readonly collection: C; readonly key: string } }[Name<D>];
export type DocWrite<D extends Docs> = {
  readonly [C in Name<D>]: { readonly collection: C; readonly key: string; readonly doc: D[C] };
}[Name<D>];

/** A document as the fold has it: read-only access to what `needs` asked for. */
export type Lookup<D extends Docs> = <C extends Name<D>>(collection: C, key: string) => D[C] | undefined;

/**
 * A read model: a pure fold from events to documents. For each event, `needs` names the documents `evolve`
 * will read (it is asked again with what was found, until it asks for nothing new: a subject's change can
 * name the subject, then its products), and `evolve` returns the documents it writes. No clock, no I/O: a
 * status that depends on today is computed by the queries, with today as a parameter.
 *
 * A new `version` is a new read model: the runner builds it into new tables and switches when it has caught up.
 */
export interface ReadModel<D extends Docs> {
  readonly name: string;
  readonly version: number;
  readonly collections: Collections<D>;
  /** The types of event it folds; the others pass it by (their positions still move its checkpoint). */
  readonly handles: ReadonlyArray<OcopEvent['type']>;
  readonly needs: (event: ProjectedEvent, get: Lookup<D>) => ReadonlyArray<DocKey<D>>;
  readonly evolve: (event: ProjectedEvent, get: Lookup<D>) => ReadonlyArray<DocWrite<D>>;
}
