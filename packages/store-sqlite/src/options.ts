import * as t from 'io-ts';
import { strict, type Instant } from '@ocop/kernel';

const positiveInteger = t.brand(
  t.number,
  (n): n is t.Branded<number, { readonly PositiveInteger: unique symbol }> => Number.isInteger(n) && n > 0,
  'PositiveInteger',
);

/** The settings of a SQLite store, as they may come from a configuration file. */
export const SqliteStoreConfig = strict(
  'SqliteStoreConfig',
  {},
  {
    /** The database file; its directory is created. `./data/ocop.sqlite` by default. */
    path: t.string,
    /**
     * `FULL` (default): each append is on disk before it returns, and survives a power cut.
     * `NORMAL`: faster; an application crash loses nothing, but a power cut or OS crash may lose the last
     * appends (never corrupting the file). See docs/stores.md.
     */
    synchronous: t.keyof({ FULL: null, NORMAL: null }),
    /** How long a write waits for another process's write to finish before giving up. 5000 by default. */
    busyTimeoutMs: positiveInteger,
    /** How often subscriptions look for other processes' appends. 50 by default. */
    pollIntervalMs: positiveInteger,
  },
);
export type SqliteStoreConfig = t.TypeOf<typeof SqliteStoreConfig>;

export interface SqliteStoreOptions {
  readonly path?: string;
  readonly synchronous?: 'FULL' | 'NORMAL';
  readonly busyTimeoutMs?: number;
  readonly pollIntervalMs?: number;
  /** The source of `recordedTime`. */
  readonly clock?: () => Instant;
}

export const defaults = { path: './data/ocop.sqlite', synchronous: 'FULL', busyTimeoutMs: 5000, pollIntervalMs: 50 } as const;
