import { startModuleWorker } from '@ocop/eventstore';
import { either as E } from 'fp-ts';
import type { Generation, GenerationCommit, ProjectionStorage, StorageError, TableSpec } from './storage.js';
import { unavailable } from './storage.js';
import { createTableStatements, selectStatements } from './sql.js';
import { wireCommits } from './sqlite-commit.js';
import { Abort, dialect, guarded, openConnection, prefix, table } from './sqlite-connection.js';
import { tableName } from './tables.js';

interface CatalogRow {
  readonly name: string;
  readonly generation: number;
  readonly version: number;
  readonly state: string;
  readonly checkpoint: string | null;
  readonly tables: string;
}

const generationOf = (r: CatalogRow): Generation => ({
  name: r.name,
  generation: r.generation,
  version: r.version,
  state: r.state === 'active' ? 'active' : 'building',
  checkpoint: r.checkpoint,
});

const isEither = (u: unknown): u is E.Either<StorageError, void> =>
  typeof u === 'object' && u !== null && '_tag' in u && (u._tag === 'Right' || (u._tag === 'Left' && 'left' in u));

/**
 * The writer thread: batches go to it flat, their documents as JSON text, and are written there, so that
 * SQLite's work on a batch overlaps the reading and folding of the next one. Answers come back in the order
 * batches were sent.
 */
const writerThread = (path: string, busyTimeoutMs: number) => {
  const worker = startModuleWorker(import.meta.url, 'sqlite-writer', { workerData: { path, busyTimeoutMs } });
  const waiting: Array<(result: E.Either<StorageError, void>) => void> = [];
  let broken: StorageError | undefined;
  const fail = (reason: string): void => {
    broken = unavailable(`the writer thread stopped: ${reason}`);
    for (const answer of waiting.splice(0)) answer(E.left(broken));
  };
  worker.on('message', (m: unknown) => waiting.shift()?.(isEither(m) ? m : E.left(unavailable('the writer thread answered nonsense'))));
  worker.on('error', (e) => fail(e.message));
  worker.on('exit', (code) => fail(`exit code ${code}`));
  return {
    commit: (commits: ReadonlyArray<GenerationCommit>): Promise<E.Either<StorageError, void>> => {
      if (broken) return Promise.resolve(E.left(broken));
      const wire = wireCommits(commits);
      return new Promise((resolve) => {
        waiting.push(resolve);
        worker.postMessage(wire);
      });
    },
    close: async (): Promise<void> => {
      if (broken) return;
      const exited = new Promise((resolve) => worker.once('exit', resolve));
      worker.postMessage('close');
      await exited;
    },
  };
};

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
 * transaction, written by a thread of its own; catalog changes and reads run on this thread's connection.
 */
export const sqliteStorage = (options: SqliteStorageOptions): E.Either<StorageError, ProjectionStorage> => {
  const busyTimeoutMs = options.busyTimeoutMs ?? 5000;
  const opened = openConnection(options.path, busyTimeoutMs);
  if (E.isLeft(opened)) return opened;
  const db = opened.right;
  // Started by the first commit: a storage only read from (queries beside a runner elsewhere) needs none.
  let writer: ReturnType<typeof writerThread> | undefined;
  const catalog = db.prepare<[], CatalogRow>(`SELECT name, generation, version, state, checkpoint, tables FROM ${prefix}catalog`);
  const one = db.prepare<[string, number], CatalogRow>(
    `SELECT name, generation, version, state, checkpoint, tables FROM ${prefix}catalog WHERE name = ? AND generation = ?`,
  );
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
    commit: (commits) =>
      db.open
        ? (writer ??= writerThread(options.path, busyTimeoutMs)).commit(commits)
        : Promise.resolve(E.left(unavailable('the storage is closed'))),
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
    close: async () => {
      await writer?.close();
      db.close();
    },
  });
};
