import pg from 'pg';
import { either as E } from 'fp-ts';
import type { Generation, GenerationCommit, ProjectionStorage, RowWrite, StorageError, TableSpec } from './storage.js';
import { columnNames, rowsByCollection, unavailable } from './storage.js';
import { createTableStatements, quote, selectStatements, upsertStatement, type Dialect } from './sql.js';
import { tableName } from './tables.js';

const dialect: Dialect = {
  parameter: (n) => `$${n}`,
  contains: (column, parameter) => `strpos(${column}, ${parameter}) > 0`,
  // Text in code-point order (COLLATE "C"), as SQLite and the memory storage sort it.
  type: (t) => (t === 'integer' ? 'bigint' : t === 'real' ? 'double precision' : 'text COLLATE "C"'),
  order: (column, direction) => `${column} ${direction === 'asc' ? 'ASC NULLS FIRST' : 'DESC NULLS LAST'}`,
};

// SQLSTATE classes and codes that mean the database cannot serve: connection, resources, shutdown, a schema
// or table that is gone (a generation dropped under a query).
const unavailableClasses = ['08', '53', '57', '58', '3D', '3F'];
const unavailableCodes = ['42P01'];

/** "The database cannot serve" as a value; anything else (a defect in our SQL) is thrown. */
const guarded = async <A>(run: () => Promise<A>): Promise<E.Either<StorageError, A>> => {
  try {
    return E.right(await run());
  } catch (error) {
    if (error instanceof Abort) return E.left(error.reason);
    if (error instanceof pg.DatabaseError) {
      if (unavailableClasses.includes((error.code ?? '').slice(0, 2)) || unavailableCodes.includes(error.code ?? ''))
        return E.left(unavailable(`PostgreSQL: ${error.message} (${error.code})`));
      throw error;
    }
    if (error instanceof Error) return E.left(unavailable(`PostgreSQL: ${error.message}`));
    throw error;
  }
};

class Abort extends Error {
  constructor(readonly reason: StorageError) {
    super(reason._tag);
  }
}

export interface PostgresStorageOptions {
  readonly connectionString: string;
  /** The schema of the read models' tables, created if missing. `ocop_read_models` by default. */
  readonly schema?: string;
  /** Connections for queries. 5 by default. */
  readonly poolSize?: number;
}

const textOf = (u: unknown): string | null => (typeof u === 'string' ? u : null);

/**
 * Read models in PostgreSQL, in their own schema. Queries use a pool; the runner's work (creating
 * generations, commits, switching) goes through one connection of its own, which also holds the advisory
 * lock of each read model it leads: if that connection dies, the locks go with it and no write of the old
 * leader can land (its commits need that connection), while another runner takes the locks over.
 */
export const postgresStorage = async (options: PostgresStorageOptions): Promise<E.Either<StorageError, ProjectionStorage>> => {
  const schema = options.schema ?? 'ocop_read_models';
  if (!/^[a-z_][a-z0-9_]{0,47}$/.test(schema)) return E.left(unavailable(`not a schema name: ${schema}`));
  const s = quote(schema);
  const pool = new pg.Pool({ connectionString: options.connectionString, max: options.poolSize ?? 5 });
  pool.on('error', () => undefined);
  const client = new pg.Client({ connectionString: options.connectionString });
  client.on('error', () => undefined);
  const opened = await guarded(async () => {
    await client.connect();
    await client.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', [`ocop-read-models-schema/${schema}`]);
    try {
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${s}`);
      await client.query(`CREATE TABLE IF NOT EXISTS ${s}.catalog (
        name text NOT NULL, generation integer NOT NULL, version integer NOT NULL, state text NOT NULL,
        checkpoint text, tables text[] NOT NULL, PRIMARY KEY (name, generation))`);
    } finally {
      await client.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [`ocop-read-models-schema/${schema}`]);
    }
  });
  if (E.isLeft(opened)) {
    await pool.end().catch(() => undefined);
    await client.end().catch(() => undefined);
    return opened;
  }

  const table = (name: string, generation: number, collection: string): string =>
    `${s}.${quote(tableName('', name, generation, collection))}`;

  const catalog = async (): Promise<ReadonlyArray<Generation & { readonly tables: ReadonlyArray<string> }>> =>
    (await pool.query<Record<string, unknown>>(`SELECT name, generation, version, state, checkpoint, tables FROM ${s}.catalog`)).rows.map(
      (r) => ({
        name: textOf(r['name']) ?? '',
        generation: Number(r['generation']),
        version: Number(r['version']),
        state: r['state'] === 'active' ? 'active' : 'building',
        checkpoint: textOf(r['checkpoint']),
        tables: Array.isArray(r['tables']) ? r['tables'].filter((x): x is string => typeof x === 'string') : [],
      }),
    );

  // The runner's connection does one thing at a time: two pipelines' transactions must not interleave on it.
  let turn: Promise<unknown> = Promise.resolve();
  const exclusive = <A>(work: () => Promise<A>): Promise<A> => {
    const result = turn.then(work);
    turn = result.catch(() => undefined);
    return result;
  };

  /** Runs `work` in a transaction on the runner's connection. */
  const transaction = <A>(work: () => Promise<A>): Promise<A> =>
    exclusive(async () => {
      await client.query('BEGIN');
      try {
        const result = await work();
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      }
    });

  /** Rows of one table in multi-row statements, within PostgreSQL's limit of parameters. */
  const writeRows = async (t: string, rows: ReadonlyArray<RowWrite>): Promise<void> => {
    if (rows.length === 0) return;
    const columns = columnNames(rows);
    const width = columns.length + 2;
    const per = Math.max(1, Math.floor(30_000 / width));
    for (let i = 0; i < rows.length; i += per) {
      const chunk = rows.slice(i, i + per);
      const single = upsertStatement(dialect, t, columns);
      const values = chunk.map((_, r) => `(${Array.from({ length: width }, (__, c) => `$${r * width + c + 1}`).join(', ')})`).join(', ');
      const sql = single.replace(/VALUES \(.*?\) ON CONFLICT/, `VALUES ${values} ON CONFLICT`);
      await client.query(
        sql,
        chunk.flatMap((r) => [r.key, JSON.stringify(r.doc), ...columns.map((c) => r.columns[c] ?? null)]),
      );
    }
  };

  const commitOne = async (c: GenerationCommit): Promise<void> => {
    const moved = await client.query(
      `UPDATE ${s}.catalog SET checkpoint = $1 WHERE name = $2 AND generation = $3 AND checkpoint IS NOT DISTINCT FROM $4`,
      [c.to, c.name, c.generation, c.from],
    );
    if (moved.rowCount !== 1) {
      const row = (
        await client.query<{ checkpoint: string | null }>(`SELECT checkpoint FROM ${s}.catalog WHERE name = $1 AND generation = $2`, [
          c.name,
          c.generation,
        ])
      ).rows[0];
      throw new Abort(
        row
          ? { _tag: 'CheckpointMoved', name: c.name, generation: c.generation, expected: c.from, actual: row.checkpoint }
          : { _tag: 'GenerationGone', name: c.name, generation: c.generation },
      );
    }
    for (const [collection, rows] of rowsByCollection(c.rows)) await writeRows(table(c.name, c.generation, collection), rows);
  };

  const create = async (name: string, version: number, specs: ReadonlyArray<TableSpec>, state: Generation['state']): Promise<Generation> =>
    transaction(async () => {
      await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`ocop-read-models-catalog/${schema}`]);
      const last =
        (await client.query<{ n: number | null }>(`SELECT max(generation) AS n FROM ${s}.catalog WHERE name = $1`, [name])).rows[0]?.n ?? 0;
      const generation = Number(last) + 1;
      for (const spec of specs)
        for (const statement of createTableStatements(
          dialect,
          table(name, generation, spec.collection),
          tableName('', name, generation, spec.collection),
          spec,
        ))
          await client.query(statement);
      await client.query(
        `INSERT INTO ${s}.catalog (name, generation, version, state, checkpoint, tables) VALUES ($1, $2, $3, $4, NULL, $5)`,
        [name, generation, version, state, specs.map((x) => x.collection)],
      );
      return { name, generation, version, state, checkpoint: null };
    });

  const activate = async (name: string, generation: number): Promise<void> =>
    transaction(async () => {
      const all = (await catalog()).filter((g) => g.name === name);
      if (!all.some((g) => g.generation === generation)) throw new Abort({ _tag: 'GenerationGone', name, generation });
      for (const old of all.filter((g) => g.generation !== generation)) {
        for (const collection of old.tables) await client.query(`DROP TABLE IF EXISTS ${table(name, old.generation, collection)}`);
        await client.query(`DELETE FROM ${s}.catalog WHERE name = $1 AND generation = $2`, [name, old.generation]);
      }
      await client.query(`UPDATE ${s}.catalog SET state = 'active' WHERE name = $1 AND generation = $2`, [name, generation]);
    });

  return E.right({
    catalog: () => guarded(catalog),
    create: (name, version, specs, state) => guarded(() => create(name, version, specs, state)),
    load: (name, generation, collection, keys) =>
      guarded(async () => {
        const rows = (
          await pool.query<{ key: string; doc: string }>(
            `SELECT key, doc FROM ${table(name, generation, collection)} WHERE key = ANY($1)`,
            [keys],
          )
        ).rows;
        return new Map(rows.map((r): [string, unknown] => [r.key, JSON.parse(r.doc)]));
      }),
    commit: (commits) =>
      guarded(() =>
        transaction(async () => {
          for (const c of commits) await commitOne(c);
        }),
      ),
    activate: (name, generation) => guarded(() => activate(name, generation)),
    query: (name, generation, collection, spec) =>
      guarded(async () => {
        const { page, count } = selectStatements(dialect, table(name, generation, collection), spec);
        const docs = (await pool.query<{ doc: string }>(page.sql, [...page.params])).rows.map((r): unknown => JSON.parse(r.doc));
        const total = Number((await pool.query<{ n: string }>(count.sql, [...count.params])).rows[0]?.n ?? 0);
        return { docs, total };
      }),
    lead: (name) =>
      guarded(async () => {
        const r = await exclusive(() =>
          client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS locked', [
            `ocop-read-model/${schema}/${name}`,
          ]),
        );
        return r.rows[0]?.locked === true;
      }),
    close: async () => {
      await pool.end().catch(() => undefined);
      await client.end().catch(() => undefined);
    },
  });
};
