import type { Pool } from 'pg';

/** A numbered change to the schema; `sql` receives the quoted schema name. Released migrations are never edited. */
interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: (s: string) => string;
}

const migrations: ReadonlyArray<Migration> = [
  {
    version: 1,
    name: 'events, streams and the append function',
    sql: (s) => `
      CREATE TABLE ${s}.events (
        seq bigint GENERATED ALWAYS AS IDENTITY,
        tx_id xid8 NOT NULL,
        stream text NOT NULL,
        revision bigint NOT NULL,
        event_id uuid NOT NULL,
        type text NOT NULL,
        schema_version integer NOT NULL,
        data json NOT NULL,
        metadata json NOT NULL,
        recorded_time text NOT NULL,
        hash text NOT NULL,
        previous_hash text,
        CONSTRAINT events_pkey PRIMARY KEY (stream, revision),
        CONSTRAINT events_event_id_key UNIQUE (event_id)
      );
      CREATE UNIQUE INDEX events_global_order ON ${s}.events (tx_id, seq);

      CREATE TABLE ${s}.streams (
        stream text PRIMARY KEY,
        revision bigint NOT NULL,
        hash text NOT NULL,
        last_tx_id xid8 NOT NULL,
        last_seq bigint NOT NULL,
        batch_start bigint NOT NULL,
        batch_first_event_id uuid NOT NULL
      ) WITH (fillfactor = 80);

      -- One append, in one round trip. The caller computed the hash chain from the head it believes
      -- current (p_revision, p_hash; NULL for no stream). Under the stream's lock the head is checked:
      -- if another writer got in first, the real head is returned (stale) and nothing is written.
      -- The lock is taken before the first write, so the transaction gets its id only while it holds
      -- the stream: per stream, revision order and (tx_id, seq) order agree.
      CREATE FUNCTION ${s}.append_events(
        p_stream text, p_revision bigint, p_hash text,
        p_event_ids uuid[], p_types text[], p_schema_versions integer[], p_data text[], p_metadata text[],
        p_recorded_time text, p_hashes text[], p_previous_hashes text[]
      ) RETURNS TABLE (
        stale boolean, head_revision bigint, head_hash text, head_tx text, head_seq bigint,
        head_batch_start bigint, head_batch_first_event_id text, tx text, seqs bigint[]
      ) LANGUAGE plpgsql AS $fn$
      #variable_conflict use_column
      DECLARE
        head ${s}.streams%ROWTYPE;
        current_tx xid8;
        written bigint[];
        n integer := cardinality(p_event_ids);
        first_revision bigint := coalesce(p_revision, -1) + 1;
      BEGIN
        PERFORM pg_advisory_xact_lock(hashtextextended(${quoteLiteral(s)} || '/' || p_stream, 0));
        SELECT * INTO head FROM ${s}.streams WHERE stream = p_stream;
        IF head.revision IS DISTINCT FROM p_revision OR head.hash IS DISTINCT FROM p_hash THEN
          RETURN QUERY SELECT true, head.revision, head.hash, head.last_tx_id::text, head.last_seq, head.batch_start,
            head.batch_first_event_id::text, NULL::text, NULL::bigint[];
          RETURN;
        END IF;
        current_tx := pg_current_xact_id();
        WITH inserted AS (
          INSERT INTO ${s}.events (tx_id, stream, revision, event_id, type, schema_version, data, metadata, recorded_time, hash, previous_hash)
          SELECT current_tx, p_stream, first_revision + e.ord - 1, e.event_id, e.type, e.schema_version, e.data::json,
            e.metadata::json, p_recorded_time, e.hash, e.previous_hash
          FROM unnest(p_event_ids, p_types, p_schema_versions, p_data, p_metadata, p_hashes, p_previous_hashes)
            WITH ORDINALITY AS e(event_id, type, schema_version, data, metadata, hash, previous_hash, ord)
          ORDER BY e.ord
          RETURNING revision, seq
        )
        SELECT array_agg(seq ORDER BY revision) INTO written FROM inserted;
        INSERT INTO ${s}.streams (stream, revision, hash, last_tx_id, last_seq, batch_start, batch_first_event_id)
        VALUES (p_stream, first_revision + n - 1, p_hashes[n], current_tx, written[n], first_revision, p_event_ids[1])
        ON CONFLICT (stream) DO UPDATE SET revision = excluded.revision, hash = excluded.hash, last_tx_id = excluded.last_tx_id,
          last_seq = excluded.last_seq, batch_start = excluded.batch_start, batch_first_event_id = excluded.batch_first_event_id;
        RETURN QUERY SELECT false, NULL::bigint, NULL::text, NULL::text, NULL::bigint, NULL::bigint, NULL::text, current_tx::text, written;
      END
      $fn$;
    `,
  },
];

/** A schema name checked by the config codec, quoted as an identifier. */
export const quoteIdentifier = (name: string): string => `"${name.replaceAll('"', '""')}"`;
const quoteLiteral = (quotedIdentifier: string): string => `'${quotedIdentifier.replaceAll("'", "''")}'`;

/**
 * Creates or brings up to date the store's schema, in one transaction under an advisory lock, so that
 * processes starting together take turns and the later ones find the work done.
 */
export const migrate = async (pool: Pool, schema: string): Promise<void> => {
  const s = quoteIdentifier(schema);
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`ocop-migrations/${schema}`]);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${s}`);
    await client.query(
      `CREATE TABLE IF NOT EXISTS ${s}.migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
    );
    const applied = await client.query<{ version: number }>(`SELECT version FROM ${s}.migrations`);
    const done = new Set(applied.rows.map((r) => r.version));
    for (const m of migrations) {
      if (done.has(m.version)) continue;
      await client.query(m.sql(s));
      await client.query(`INSERT INTO ${s}.migrations (version, name) VALUES ($1, $2)`, [m.version, m.name]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
};
