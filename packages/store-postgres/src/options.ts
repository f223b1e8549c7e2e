import * as t from 'io-ts';
import { strict, type Instant } from '@ocop/kernel';

const positiveInteger = t.brand(
  t.number,
  (n): n is t.Branded<number, { readonly PositiveInteger: unique symbol }> => Number.isInteger(n) && n > 0,
  'PositiveInteger',
);
/** Lower-case letters, digits and _, at most 48 characters, so that it is safe in SQL and in a channel name. */
const schemaName = t.brand(
  t.string,
  (s): s is t.Branded<string, { readonly SchemaName: unique symbol }> => /^[a-z_][a-z0-9_]{0,47}$/.test(s),
  'SchemaName',
);

/** The settings of a PostgreSQL store, as they may come from a configuration file. */
export const PostgresStoreConfig = strict(
  'PostgresStoreConfig',
  { connectionString: t.string },
  {
    /** The schema that holds the store's tables; created and migrated on open. `ocop` by default. */
    schema: schemaName,
    /** Connections in the pool: the most appends and reads in flight at once. 10 by default. */
    poolSize: positiveInteger,
    /** How often subscriptions read when no notification came (a lost LISTEN connection). 250 by default. */
    pollIntervalMs: positiveInteger,
    /** How long to wait for a connection before answering StoreUnavailable. 5000 by default. */
    connectTimeoutMs: positiveInteger,
  },
);
export type PostgresStoreConfig = t.TypeOf<typeof PostgresStoreConfig>;

export interface PostgresStoreOptions {
  readonly connectionString: string;
  readonly schema?: string;
  readonly poolSize?: number;
  readonly pollIntervalMs?: number;
  readonly connectTimeoutMs?: number;
  /** The source of `recordedTime`. */
  readonly clock?: () => Instant;
}

export const defaults = { schema: 'ocop', poolSize: 10, pollIntervalMs: 250, connectTimeoutMs: 5000 } as const;
