import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database, { type Database as Connection, type Statement } from 'better-sqlite3';
import { either as E } from 'fp-ts';
import type { Generation, GenerationCommit, ProjectionStorage, StorageError, TableSpec } from './storage.js';
import { unavailable } from './storage.js';
import { createTableStatements, quote, selectStatements, upsertStatement, type Dialect } from './sql.js';
import { tableName } from './tables.js';

const dialect: Dialect = {
  parameter: () => '?',
  contains: (column, parameter) => `instr(${column}, ${parameter}) > 0`,
  type: (t) => (t === 'integer' ? 'INTEGER' : t === 'real' ? 'REAL' : 'TEXT'),
  order: (column, direction) => `${column} ${direction === 'asc' ? 'ASC' : 'DESC'}`,
};

const prefix = 'rm_';

interface CatalogRow {
  readonly name: string;
  readonly generation: number;
  readonly version: number;
  readonly state: string;
  readonly checkpoint: string | null;
  readonly tables: string;
}

/** Thrown inside a transaction to roll it back; caught right outside. */
class Abort extends Error {
  constructor(readonly reason: StorageError) {
    super(reason._tag);
  }
}

const generationOf = (r: CatalogRow): Generation => ({
  name: r.name,
  generation: r.generation,
  version: r.version,
  state: r.state === 'active' ? 'active' : 'building',
  checkpoint: r.checkpoint,
});

export interface SqliteStorageOptions {
  /**
   * The database file. The read models may share the event store's file (their tables start with `rm_`),
   * but a file of their own is the default advice: a rebuild's long write transactions then never hold up
   * appends, which SQLite serialises with them.
   */
  readonly path: string;
  /** How long a write waits for another connection's. 5000 ms by default. */
  readonly busyTimeoutMs?: number;
}

/**
 * Read models in SQLite (better-sqlite3, WAL). Each batch of rows and its checkpoints is one IMMEDIATE
 * transaction; `synchronous = NORMAL` because a power cut may lose the last batches but never splits one
 * from its checkpoint, and lost batches are simply applied again.
 */
export const sqliteStorage = (options: SqliteStorageOptions): E.Either<StorageError, ProjectionStorage> => {
  let db: Connection;
  try {
    mkdirSync(dirname(options.path), { recursive: true });
    db = new Database(options.path, { timeout: options.busyTimeoutMs ?? 5000 });
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.exec(`CREATE TABLE IF NOT EXISTS ${prefix}catalog (
      name TEXT NOT NULL, generation INTEGER NOT NULL, version INTEGER NOT NULL, state TEXT NOT NULL,
      checkpoint TEXT, tables TEXT NOT NULL, PRIMARY KEY (name, generation))`);
  } catch (error) {
    return E.left(unavailable(`cannot open ${options.path}: ${String(error)}`));
  }
  const catalog = db.prepare<[], CatalogRow>(`SELECT name, generation, version, state, checkpoint, tables FROM ${prefix}catalog`);
  const one = db.prepare<[string, number], CatalogRow>(
    `SELECT name, generation, version, state, checkpoint, tables FROM ${prefix}catalog WHERE name = ? AND generation = ?`,
  );
  const advance = db.prepare<[string, string, number, string | null]>(
    `UPDATE ${prefix}catalog SET checkpoint = ? WHERE name = ? AND generation = ? AND checkpoint IS ?`,
  );
  const upserts = new Map<string, Statement<unknown[]>>();
  const columnsOf = new Map<string, ReadonlyArray<string>>();

  const table = (name: string, generation: number, collection: string): string => quote(tableName(prefix, name, generation, collection));

  const guarded = <A>(run: () => A): E.Either<StorageError, A> => {
    try {
      return E.right(run());
    } catch (error) {
      if (error instanceof Abort) return E.left(error.reason);
      if (error instanceof Database.SqliteError && /no such table/.test(error.message)) return E.left(unavailable(error.message));
      if (error instanceof Database.SqliteError || (error instanceof TypeError && /database connection is not open/.test(error.message)))
        return E.left(unavailable(error.message));
      throw error;
    }
  };

  const upsert = (name: string, generation: number, collection: string, columns: ReadonlyArray<string>): Statement<unknown[]> => {
    const t = table(name, generation, collection);
    let s = upserts.get(t);
    if (!s) {
      s = db.prepare<unknown[]>(upsertStatement(dialect, t, columns));
      upserts.set(t, s);
    }
    return s;
  };

  const commitAll = db.transaction((commits: ReadonlyArray<GenerationCommit>) => {
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
        const key = `${c.name}/${c.generation}/${r.collection}`;
        let columns = columnsOf.get(key);
        if (!columns) {
          columns = Object.keys(r.columns);
          columnsOf.set(key, columns);
        }
        upsert(c.name, c.generation, r.collection, columns).run(r.key, JSON.stringify(r.doc), ...columns.map((k) => r.columns[k] ?? null));
      }
    }
  });

  const create = db.transaction(
    (name: string, version: number, specs: ReadonlyArray<TableSpec>, state: Generation['state']): Generation => {
      const last = catalog
        .all()
        .filter((r) => r.name === name)
        .reduce((n, r) => Math.max(n, r.generation), 0);
      const generation = last + 1;
      for (const s of specs)
        for (const statement of createTableStatements(
          dialect,
          table(name, generation, s.collection),
          tableName(prefix, name, generation, s.collection),
          s,
        ))
          db.exec(statement);
      db.prepare(`INSERT INTO ${prefix}catalog (name, generation, version, state, checkpoint, tables) VALUES (?, ?, ?, ?, NULL, ?)`).run(
        name,
        generation,
        version,
        state,
        JSON.stringify(specs.map((s) => s.collection)),
      );
      return { name, generation, version, state, checkpoint: null };
    },
  );

  const collectionsOf = (r: CatalogRow): ReadonlyArray<string> => {
    const parsed: unknown = JSON.parse(r.tables);
    return Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === 'string') : [];
  };

  const activate = db.transaction((name: string, generation: number) => {
    if (!one.get(name, generation)) throw new Abort({ _tag: 'GenerationGone', name, generation });
    for (const old of catalog.all().filter((r) => r.name === name && r.generation !== generation)) {
      for (const collection of collectionsOf(old)) {
        upserts.delete(table(name, old.generation, collection));
        db.exec(`DROP TABLE IF EXISTS ${table(name, old.generation, collection)}`);
      }
      db.prepare(`DELETE FROM ${prefix}catalog WHERE name = ? AND generation = ?`).run(name, old.generation);
    }
    db.prepare(`UPDATE ${prefix}catalog SET state = 'active' WHERE name = ? AND generation = ?`).run(name, generation);
  });

  return E.right({
    catalog: () => Promise.resolve(guarded(() => catalog.all().map(generationOf))),
    create: (name, version, specs, state) => Promise.resolve(guarded(() => create.immediate(name, version, specs, state))),
    load: (name, generation, collection, keys) =>
      Promise.resolve(
        guarded(() => {
          const found = new Map<string, unknown>();
          const t = table(name, generation, collection);
          for (let i = 0; i < keys.length; i += 500) {
            const chunk = keys.slice(i, i + 500);
            const rows = db
              .prepare<string[], { key: string; doc: string }>(
                `SELECT key, doc FROM ${t} WHERE key IN (${chunk.map(() => '?').join(', ')})`,
              )
              .all(...chunk);
            for (const r of rows) found.set(r.key, JSON.parse(r.doc));
          }
          return found;
        }),
      ),
    commit: (commits) => Promise.resolve(guarded(() => commitAll.immediate(commits))),
    activate: (name, generation) => Promise.resolve(guarded(() => activate.immediate(name, generation))),
    query: (name, generation, collection, spec) =>
      Promise.resolve(
        guarded(() => {
          const { page, count } = selectStatements(dialect, table(name, generation, collection), spec);
          const docs = db
            .prepare<Array<string | number>, { doc: string }>(page.sql)
            .all(...page.params)
            .map((r): unknown => JSON.parse(r.doc));
          const total = db.prepare<Array<string | number>, { n: number }>(count.sql).get(...count.params)?.n ?? 0;
          return { docs, total };
        }),
      ),
    lead: () => Promise.resolve(E.right(true)),
    close: () => {
      db.close();
      return Promise.resolve();
    },
  });
};
