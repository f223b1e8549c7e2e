import pg from 'pg';
import { either as E } from 'fp-ts';
import { Instant } from '@ocop/kernel';
import type { EventRef, KeyState, KeyStore, KeyStoreUnavailable } from './key-store.js';

const unavailable = (e: unknown): KeyStoreUnavailable => ({
  _tag: 'KeyStoreUnavailable',
  message: e instanceof Error ? e.message : String(e),
});

const attempt = async <A>(f: () => Promise<A>): Promise<E.Either<KeyStoreUnavailable, A>> => {
  try {
    return E.right(await f());
  } catch (e) {
    return E.left(unavailable(e));
  }
};

const ident = (name: string): string => {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a schema name: ${name}`);
  return `"${name}"`;
};

interface KeyRow {
  readonly person: string;
  readonly wrapped: Buffer | null;
  readonly erased_at: Date | null;
}

const stateOf = (row: KeyRow): KeyState => {
  if (row.wrapped !== null) return { status: 'active', wrapped: row.wrapped };
  const at = row.erased_at?.toISOString();
  if (!Instant.is(at)) throw new Error(`the key of ${row.person} is missing without an erasure date`);
  return { status: 'erased', erasedAt: at };
};

/**
 * Keys in PostgreSQL, in tables of their own beside the events. After an erasure the keys table is rewritten
 * (VACUUM FULL), so that the destroyed key's bytes do not linger in the table's pages while nothing else
 * holds them; a master-key rotation afterwards makes any remnant, in a page or a backup, useless.
 */
export const postgresKeyStore = async (options: {
  readonly connectionString: string;
  readonly schema?: string;
}): Promise<E.Either<KeyStoreUnavailable, KeyStore>> => {
  const schema = ident(options.schema ?? 'public');
  const pool = new pg.Pool({ connectionString: options.connectionString, max: 4 });
  pool.on('error', () => undefined);
  const created = await attempt(async () => {
    await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await pool.query(
      `CREATE TABLE IF NOT EXISTS ${schema}.ocop_person_keys (person text PRIMARY KEY, wrapped bytea, created_at timestamptz NOT NULL, erased_at timestamptz)`,
    );
    await pool.query(
      `CREATE TABLE IF NOT EXISTS ${schema}.ocop_person_uses (person text NOT NULL, stream text NOT NULL, event_id text NOT NULL, seq bigserial, PRIMARY KEY (person, event_id))`,
    );
  });
  if (E.isLeft(created)) {
    await pool.end().catch(() => undefined);
    return created;
  }
  const keys = `${schema}.ocop_person_keys`;
  const uses = `${schema}.ocop_person_uses`;
  return E.right({
    get: (persons) =>
      attempt(async () => {
        const { rows } = await pool.query<KeyRow>(`SELECT person, wrapped, erased_at FROM ${keys} WHERE person = ANY($1)`, [persons]);
        return new Map(rows.map((r) => [r.person, stateOf(r)]));
      }),
    create: (person, wrapped, at) =>
      attempt(async () => {
        await pool.query(`INSERT INTO ${keys} (person, wrapped, created_at) VALUES ($1, $2, $3) ON CONFLICT (person) DO NOTHING`, [
          person,
          wrapped,
          at,
        ]);
        const { rows } = await pool.query<KeyRow>(`SELECT person, wrapped, erased_at FROM ${keys} WHERE person = $1`, [person]);
        const row = rows[0];
        if (!row) throw new Error(`the key of ${person} was not kept`);
        return stateOf(row);
      }),
    erase: (person, at) =>
      attempt(async () => {
        const { rows } = await pool.query<KeyRow>(`SELECT person, wrapped, erased_at FROM ${keys} WHERE person = $1`, [person]);
        const row = rows[0];
        if (!row) return 'unknown' as const;
        if (row.wrapped === null) return 'alreadyErased' as const;
        await pool.query(`UPDATE ${keys} SET wrapped = NULL, erased_at = $2 WHERE person = $1`, [person, at]);
        // PostgreSQL keeps a dead row version in its page; rewriting the (small) table drops it unless a
        // transaction may still see it. Rotating the master key covers what remains (docs/privacy.md).
        await pool.query(`VACUUM FULL ${keys}`);
        return 'erased' as const;
      }),
    recordUses: (refs: ReadonlyArray<EventRef>) =>
      attempt(async () => {
        if (refs.length === 0) return;
        await pool.query(
          `INSERT INTO ${uses} (person, stream, event_id) SELECT * FROM unnest($1::text[], $2::text[], $3::text[]) ON CONFLICT DO NOTHING`,
          [refs.map((r) => r.person), refs.map((r) => r.stream), refs.map((r) => r.eventId)],
        );
      }),
    uses: (person) =>
      attempt(async () => {
        const { rows } = await pool.query<{ person: string; stream: string; event_id: string }>(
          `SELECT person, stream, event_id FROM ${uses} WHERE person = $1 ORDER BY seq`,
          [person],
        );
        return rows.map((r) => ({ person: r.person, stream: r.stream, eventId: r.event_id }));
      }),
    rewrap: (f) =>
      attempt(async () => {
        const client = await pool.connect();
        try {
          await client.query('BEGIN');
          const { rows } = await client.query<{ person: string; wrapped: Buffer }>(
            `SELECT person, wrapped FROM ${keys} WHERE wrapped IS NOT NULL FOR UPDATE`,
          );
          for (const r of rows) await client.query(`UPDATE ${keys} SET wrapped = $2 WHERE person = $1`, [r.person, f(r.person, r.wrapped)]);
          await client.query('COMMIT');
          return rows.length;
        } catch (e) {
          await client.query('ROLLBACK').catch(() => undefined);
          throw e;
        } finally {
          client.release();
        }
      }),
    close: () => pool.end().catch(() => undefined),
  });
};
