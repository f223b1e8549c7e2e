import type { Database as Connection, Statement } from 'better-sqlite3';
import type { either as E } from 'fp-ts';
import * as t from 'io-ts';
import type { ColumnValue } from '../core/columns.js';
import type { GenerationCommit, StorageError } from './storage.js';
import { upsertStatement } from './sql.js';
import { Abort, dialect, guarded, prefix, table } from './sqlite-connection.js';

/** A row as the writer thread receives it: the document already as JSON text. */
export interface TextRow {
  readonly collection: string;
  readonly key: string;
  readonly doc: string;
  readonly columns: Readonly<Record<string, ColumnValue>>;
}
export type TextCommit = Omit<GenerationCommit, 'rows'> & { readonly rows: ReadonlyArray<TextRow> };

const isColumnValue = (v: unknown): v is ColumnValue => v === null || typeof v === 'string' || typeof v === 'number';

const isTextRow = (u: unknown): u is TextRow =>
  t.UnknownRecord.is(u) &&
  typeof u['collection'] === 'string' &&
  typeof u['key'] === 'string' &&
  typeof u['doc'] === 'string' &&
  t.UnknownRecord.is(u['columns']) &&
  Object.values(u['columns']).every(isColumnValue);

/** What crosses from the runner's thread to the writer: checked, as at any boundary. */
export const isTextCommit = (u: unknown): u is TextCommit =>
  t.UnknownRecord.is(u) &&
  typeof u['name'] === 'string' &&
  typeof u['generation'] === 'number' &&
  (u['from'] === null || typeof u['from'] === 'string') &&
  typeof u['to'] === 'string' &&
  Array.isArray(u['rows']) &&
  u['rows'].every(isTextRow);

/**
 * Writes batches on one connection: each call is one IMMEDIATE transaction moving every checkpoint from
 * `from` to `to` (or failing with `CheckpointMoved` when another runner moved it) with the batch's rows.
 */
export const sqliteCommitter = (db: Connection): ((commits: ReadonlyArray<TextCommit>) => E.Either<StorageError, void>) => {
  const one = db.prepare<[string, number], { readonly checkpoint: string | null }>(
    `SELECT checkpoint FROM ${prefix}catalog WHERE name = ? AND generation = ?`,
  );
  const advance = db.prepare<[string, string, number, string | null]>(
    `UPDATE ${prefix}catalog SET checkpoint = ? WHERE name = ? AND generation = ? AND checkpoint IS ?`,
  );
  // By table: the upsert statement and the column order it binds.
  const upserts = new Map<string, { readonly statement: Statement<unknown[]>; readonly columns: ReadonlyArray<string> }>();
  const upsert = (name: string, generation: number, row: TextRow) => {
    const t = table(name, generation, row.collection);
    let u = upserts.get(t);
    if (!u) {
      const columns = Object.keys(row.columns);
      u = { statement: db.prepare<unknown[]>(upsertStatement(dialect, t, columns)), columns };
      upserts.set(t, u);
    }
    return u;
  };
  const commitAll = db.transaction((commits: ReadonlyArray<TextCommit>) => {
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
      for (const r of c.rows) {
        const { statement, columns } = upsert(c.name, c.generation, r);
        statement.run(r.key, r.doc, ...columns.map((k) => r.columns[k] ?? null));
      }
    }
  });
  return (commits) => guarded(() => commitAll.immediate(commits));
};
