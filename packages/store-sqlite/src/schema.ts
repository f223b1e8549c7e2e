import type { Database } from 'better-sqlite3';

/**
 * The schema, as numbered migrations applied in order and recorded in `schema_migrations`. A released
 * migration is never edited: a change is a new migration.
 */
const migrations: ReadonlyArray<{ readonly version: number; readonly sql: string }> = [
  {
    version: 1,
    sql: `
      CREATE TABLE events (
        position INTEGER PRIMARY KEY AUTOINCREMENT,
        stream TEXT NOT NULL,
        revision INTEGER NOT NULL,
        event_id TEXT NOT NULL UNIQUE,
        type TEXT NOT NULL,
        schema_version INTEGER NOT NULL,
        data TEXT NOT NULL,
        metadata TEXT NOT NULL,
        recorded_time TEXT NOT NULL,
        hash TEXT NOT NULL,
        previous_hash TEXT,
        UNIQUE (stream, revision)
      );
      CREATE TABLE streams (
        stream TEXT PRIMARY KEY,
        revision INTEGER NOT NULL,
        hash TEXT NOT NULL,
        position INTEGER NOT NULL,
        batch_start INTEGER NOT NULL,
        batch_first_event_id TEXT NOT NULL
      ) WITHOUT ROWID;
    `,
  },
];

/** Brings the schema up to date; safe when several processes open the same file at once. */
export const migrate = (db: Database): void => {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
  const applied = db.prepare<[], { version: number }>('SELECT version FROM schema_migrations');
  const record = db.prepare<[number, string]>('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)');
  // IMMEDIATE takes the write lock first, so a second process waits and then finds the migrations applied.
  db.transaction(() => {
    const done = new Set(applied.all().map((r) => r.version));
    for (const m of migrations) {
      if (done.has(m.version)) continue;
      db.exec(m.sql);
      record.run(m.version, new Date().toISOString());
    }
  }).immediate();
};
