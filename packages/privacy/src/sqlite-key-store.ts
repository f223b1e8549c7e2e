import Database from 'better-sqlite3';
import { either as E } from 'fp-ts';
import { Instant } from '@ocop/kernel';
import type { EventRef, KeyState, KeyStore, KeyStoreUnavailable } from './key-store.js';

const unavailable = (e: unknown): KeyStoreUnavailable => ({
  _tag: 'KeyStoreUnavailable',
  message: e instanceof Error ? e.message : String(e),
});

const attempt = <A>(f: () => A): Promise<E.Either<KeyStoreUnavailable, A>> => {
  try {
    return Promise.resolve(E.right(f()));
  } catch (e) {
    return Promise.resolve(E.left(unavailable(e)));
  }
};

interface KeyRow {
  readonly person: string;
  readonly wrapped: Buffer | null;
  readonly erased_at: string | null;
}

const stateOf = (row: KeyRow): KeyState => {
  if (row.wrapped !== null) return { status: 'active', wrapped: row.wrapped };
  if (!Instant.is(row.erased_at)) throw new Error(`the key of ${row.person} is missing without an erasure date`);
  return { status: 'erased', erasedAt: row.erased_at };
};

/**
 * Keys in a SQLite file (by default the event store's own file, in tables of their own). `secure_delete`
 * overwrites a destroyed key's bytes, and the write-ahead log is truncated after an erasure, so that no copy
 * of the file made afterwards holds the key.
 */
export const sqliteKeyStore = (path: string): E.Either<KeyStoreUnavailable, KeyStore> => {
  let db: Database.Database;
  try {
    db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.pragma('secure_delete = ON');
    db.pragma('busy_timeout = 5000');
    db.exec(`CREATE TABLE IF NOT EXISTS ocop_person_keys (person TEXT PRIMARY KEY, wrapped BLOB, created_at TEXT NOT NULL, erased_at TEXT);
             CREATE TABLE IF NOT EXISTS ocop_person_uses (person TEXT NOT NULL, stream TEXT NOT NULL, event_id TEXT NOT NULL, PRIMARY KEY (person, event_id));`);
  } catch (e) {
    return E.left(unavailable(e));
  }
  const select = db.prepare<[string], KeyRow>('SELECT person, wrapped, erased_at FROM ocop_person_keys WHERE person = ?');
  const insert = db.prepare('INSERT OR IGNORE INTO ocop_person_keys (person, wrapped, created_at) VALUES (?, ?, ?)');
  const destroy = db.prepare('UPDATE ocop_person_keys SET wrapped = NULL, erased_at = ? WHERE person = ? AND wrapped IS NOT NULL');
  const use = db.prepare('INSERT OR IGNORE INTO ocop_person_uses (person, stream, event_id) VALUES (?, ?, ?)');
  const usesOf = db.prepare<[string], { person: string; stream: string; event_id: string }>(
    'SELECT person, stream, event_id FROM ocop_person_uses WHERE person = ? ORDER BY rowid',
  );
  const active = db.prepare<[], { person: string; wrapped: Buffer }>(
    'SELECT person, wrapped FROM ocop_person_keys WHERE wrapped IS NOT NULL',
  );
  const update = db.prepare('UPDATE ocop_person_keys SET wrapped = ? WHERE person = ?');

  return E.right({
    get: (persons) =>
      attempt(() => {
        const out = new Map<string, KeyState>();
        for (const p of persons) {
          const row = select.get(p);
          if (row) out.set(p, stateOf(row));
        }
        return out;
      }),
    create: (person, wrapped, at) =>
      attempt(() => {
        insert.run(person, wrapped, at);
        const row = select.get(person);
        if (!row) throw new Error(`the key of ${person} was not kept`);
        return stateOf(row);
      }),
    erase: (person, at) =>
      attempt(() => {
        const row = select.get(person);
        if (!row) return 'unknown' as const;
        if (row.wrapped === null) return 'alreadyErased' as const;
        destroy.run(at, person);
        // Move the overwritten page into the database file and empty the log of the old page.
        db.pragma('wal_checkpoint(TRUNCATE)');
        return 'erased' as const;
      }),
    recordUses: (refs: ReadonlyArray<EventRef>) =>
      attempt(() => {
        db.transaction(() => {
          for (const r of refs) use.run(r.person, r.stream, r.eventId);
        })();
      }),
    uses: (person) => attempt(() => usesOf.all(person).map((r) => ({ person: r.person, stream: r.stream, eventId: r.event_id }))),
    rewrap: (f) =>
      attempt(() =>
        db.transaction(() => {
          const rows = active.all();
          for (const r of rows) update.run(f(r.person, r.wrapped), r.person);
          return rows.length;
        })(),
      ),
    close: () => {
      db.close();
      return Promise.resolve();
    },
  });
};
