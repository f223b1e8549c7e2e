import type { either as E } from 'fp-ts';
import type { ColumnType, ColumnValue } from '../core/columns.js';
import type { QuerySpec } from '../core/condition.js';

/**
 * One build of a read model into its own tables. A read model has one `active` generation, the one queries
 * read, and at most one `building` generation, filled from zero while the active one keeps serving; when it
 * has caught up it becomes active and the old one is dropped.
 */
export interface Generation {
  readonly name: string;
  readonly generation: number;
  readonly version: number;
  readonly state: 'building' | 'active';
  /** The position (as a string) of the last event applied; `null` before the first. */
  readonly checkpoint: string | null;
}

export interface TableSpec {
  readonly collection: string;
  readonly columns: Readonly<Record<string, ColumnType>>;
  readonly indexed: ReadonlyArray<string>;
}

/** A document written whole, with the columns computed from it. `doc` is the collection codec's output (JSON). */
export interface RowWrite {
  readonly collection: string;
  readonly key: string;
  readonly doc: unknown;
  readonly columns: Readonly<Record<string, ColumnValue>>;
}

/** A commit's rows by collection, in the order each collection first appears: one table's writes together. */
export const rowsByCollection = (rows: ReadonlyArray<RowWrite>): ReadonlyMap<string, ReadonlyArray<RowWrite>> => {
  const by = new Map<string, RowWrite[]>();
  for (const r of rows) {
    const same = by.get(r.collection);
    if (same) same.push(r);
    else by.set(r.collection, [r]);
  }
  return by;
};

/** Every column that any of `rows` names, in the order they first appear: a row that leaves one out is NULL there. */
export const columnNames = (rows: ReadonlyArray<RowWrite>): ReadonlyArray<string> => {
  const names = new Set<string>();
  for (const r of rows) for (const c in r.columns) names.add(c);
  return [...names];
};

/** A batch for one generation: its rows and the checkpoint moving from `from` to `to`, written together. */
export interface GenerationCommit {
  readonly name: string;
  readonly generation: number;
  readonly from: string | null;
  readonly to: string;
  readonly rows: ReadonlyArray<RowWrite>;
}

export type StorageError =
  | { readonly _tag: 'StorageUnavailable'; readonly reason: string }
  /** Another runner moved the checkpoint: this one is not (or no longer) the read model's leader. */
  | {
      readonly _tag: 'CheckpointMoved';
      readonly name: string;
      readonly generation: number;
      readonly expected: string | null;
      readonly actual: string | null;
    }
  | { readonly _tag: 'GenerationGone'; readonly name: string; readonly generation: number }
  | { readonly _tag: 'CorruptDocument'; readonly name: string; readonly collection: string; readonly key: string; readonly reason: string };

export interface QueryResult {
  readonly docs: ReadonlyArray<unknown>;
  /** How many documents satisfy the condition, over all pages. */
  readonly total: number;
}

/** Where read models live: memory, SQLite or PostgreSQL. */
export interface ProjectionStorage {
  readonly catalog: () => Promise<E.Either<StorageError, ReadonlyArray<Generation>>>;
  /** Creates the tables of a new generation (its number follows the read model's last) with no checkpoint. */
  readonly create: (
    name: string,
    version: number,
    tables: ReadonlyArray<TableSpec>,
    state: Generation['state'],
  ) => Promise<E.Either<StorageError, Generation>>;
  readonly load: (
    name: string,
    generation: number,
    collection: string,
    keys: ReadonlyArray<string>,
  ) => Promise<E.Either<StorageError, ReadonlyMap<string, unknown>>>;
  /** Writes every generation's rows and moves every checkpoint in one transaction, or nothing. */
  readonly commit: (commits: ReadonlyArray<GenerationCommit>) => Promise<E.Either<StorageError, void>>;
  /** Makes a generation the active one and drops the read model's others, in one transaction. */
  readonly activate: (name: string, generation: number) => Promise<E.Either<StorageError, void>>;
  readonly query: (name: string, generation: number, collection: string, spec: QuerySpec) => Promise<E.Either<StorageError, QueryResult>>;
  /**
   * Asks to be the one runner of a read model. In memory and SQLite there is one process per storage and the
   * answer is yes (the checkpoint check of `commit` still fences a second writer); PostgreSQL holds an
   * advisory lock per read model on the runner's connection, released when that connection ends.
   */
  readonly lead: (name: string) => Promise<E.Either<StorageError, boolean>>;
  readonly close: () => Promise<void>;
}

export const unavailable = (reason: string): StorageError => ({ _tag: 'StorageUnavailable', reason });

export const describeStorageError = (e: StorageError): string => {
  switch (e._tag) {
    case 'StorageUnavailable':
      return `read-model storage unavailable: ${e.reason}`;
    case 'CheckpointMoved':
      return `${e.name} generation ${e.generation}: checkpoint is ${e.actual ?? 'none'}, expected ${e.expected ?? 'none'} (another runner wrote)`;
    case 'GenerationGone':
      return `${e.name} generation ${e.generation} no longer exists`;
    case 'CorruptDocument':
      return `${e.name}.${e.collection} ${e.key}: ${e.reason}`;
  }
};
