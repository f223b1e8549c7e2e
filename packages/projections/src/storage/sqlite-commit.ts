import type { Database as Connection, Statement } from 'better-sqlite3';
import type { either as E } from 'fp-ts';
import * as t from 'io-ts';
import type { ColumnValue } from '../core/columns.js';
import { columnNames, rowsByCollection, type GenerationCommit, type StorageError } from './storage.js';
import { upsertStatement } from './sql.js';
import { Abort, dialect, guarded, prefix, table } from './sqlite-connection.js';

/**
 * The rows of one collection as they cross to the writer thread: a few flat values instead of an object per
 * row, since copying between threads costs per value. Documents are JSON text joined by NUL, which JSON text
 * never holds (JSON.stringify escapes every control character).
 */
export interface WireTable {
  readonly collection: string;
  readonly columns: ReadonlyArray<string>;
  readonly keys: ReadonlyArray<string>;
  readonly docs: string;
  /** The column values, row after row, in the order of `columns`. */
  readonly values: ReadonlyArray<ColumnValue>;
}
export type WireCommit = Omit<GenerationCommit, 'rows'> & { readonly tables: ReadonlyArray<WireTable> };

const separator = '\u0000';

/** A batch for the writer thread: each generation's rows grouped by collection, the documents as JSON text. */
export const wireCommits = (commits: ReadonlyArray<GenerationCommit>): ReadonlyArray<WireCommit> =>
  commits.map(({ name, generation, from, to, rows }) => {
    const tables = [...rowsByCollection(rows)].map(([collection, rows]): WireTable => {
      const columns = columnNames(rows);
      const values: ColumnValue[] = [];
      for (const r of rows) for (const c of columns) values.push(r.columns[c] ?? null);
      return { collection, columns, keys: rows.map((r) => r.key), docs: rows.map((r) => JSON.stringify(r.doc)).join(separator), values };
    });
    return { name, generation, from, to, tables };
  });

const isColumnValue = (v: unknown): v is ColumnValue => v === null || typeof v === 'string' || typeof v === 'number';
const isString = (v: unknown): v is string => typeof v === 'string';

const isWireTable = (u: unknown): u is WireTable =>
  t.UnknownRecord.is(u) &&
  typeof u['collection'] === 'string' &&
  typeof u['docs'] === 'string' &&
  Array.isArray(u['columns']) &&
  u['columns'].every(isString) &&
  Array.isArray(u['keys']) &&
  u['keys'].every(isString) &&
  Array.isArray(u['values']) &&
  u['values'].length === u['keys'].length * u['columns'].length &&
  u['values'].every(isColumnValue);

/** What crosses from the runner's thread to the writer: checked, as at any boundary. */
export const isWireCommit = (u: unknown): u is WireCommit =>
  t.UnknownRecord.is(u) &&
  typeof u['name'] === 'string' &&
  typeof u['generation'] === 'number' &&
  (u['from'] === null || typeof u['from'] === 'string') &&
  typeof u['to'] === 'string' &&
  Array.isArray(u['tables']) &&
  u['tables'].every(isWireTable);

/**
 * Writes batches on one connection: each call is one IMMEDIATE transaction moving every checkpoint from
 * `from` to `to` (or failing with `CheckpointMoved` when another runner moved it) with the batch's rows.
 */
export const sqliteCommitter = (db: Connection): ((commits: ReadonlyArray<WireCommit>) => E.Either<StorageError, void>) => {
  const one = db.prepare<[string, number], { readonly checkpoint: string | null }>(
    `SELECT checkpoint FROM ${prefix}catalog WHERE name = ? AND generation = ?`,
  );
  const advance = db.prepare<[string, string, number, string | null]>(
    `UPDATE ${prefix}catalog SET checkpoint = ? WHERE name = ? AND generation = ? AND checkpoint IS ?`,
  );
  // By table and columns: the upsert statement.
  const upserts = new Map<string, Statement<unknown[]>>();
  const upsert = (name: string, generation: number, w: WireTable): Statement<unknown[]> => {
    const t = table(name, generation, w.collection);
    const id = `${t} ${w.columns.join(' ')}`;
    let u = upserts.get(id);
    if (!u) upserts.set(id, (u = db.prepare<unknown[]>(upsertStatement(dialect, t, w.columns))));
    return u;
  };
  const commitAll = db.transaction((commits: ReadonlyArray<WireCommit>) => {
    for (const c of commits) {
      const moved = advance.run(c.to, c.name, c.generation, c.from);
      if (moved.changes !== 1) {
        const row = one.get(c.name, c.generation);
        throw new Abort(
          row
            ? { _tag: 'CheckpointMoved', name: c.name, generation: c.generation, expected: c.from, actual: row.checkpoint }
            : { _tag: 'GenerationGone', name: c.name, generation: c.generation },
        );
      }
      for (const w of c.tables) {
        const docs = w.docs.split(separator);
        if (docs.length !== w.keys.length)
          throw new Abort({ _tag: 'StorageUnavailable', reason: `${w.collection}: documents and keys differ in number` });
        const statement = upsert(c.name, c.generation, w);
        const width = w.columns.length;
        w.keys.forEach((key, i) => statement.run(key, docs[i], ...w.values.slice(i * width, (i + 1) * width)));
      }
    }
  });
  return (commits) => guarded(() => commitAll.immediate(commits));
};
