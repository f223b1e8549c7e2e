import * as t from 'io-ts';
import { strict, type Instant } from '@ocop/kernel';

const positiveInteger = t.brand(
  t.number,
  (n): n is t.Branded<number, { readonly PositiveInteger: unique symbol }> => Number.isInteger(n) && n > 0,
  'PositiveInteger',
);
/** Lower-case letters, digits and _, so that `<namespace>.` can prefix a stream name and a filter regex unescaped. */
const namespaceName = t.brand(
  t.string,
  (s): s is t.Branded<string, { readonly Namespace: unique symbol }> => /^[a-z][a-z0-9_]{0,31}$/.test(s),
  'Namespace',
);

/** The settings of an EventStoreDB store, as they may come from a configuration file. */
export const EsdbStoreConfig = strict(
  'EsdbStoreConfig',
  {
    /**
     * `esdb://host:2113?tls=false` for one node, `esdb://n1:2113,n2:2113,n3:2113` or `esdb+discover://cluster:2113`
     * for a cluster; `user:password@` before the hosts and `tlsCAFile=…` as the client documents. See docs/stores.md.
     */
    connectionString: t.string,
  },
  {
    /** Prefixes every stream the store writes with `<namespace>.`, so that several ledgers can share one database. */
    namespace: namespaceName,
    /** How many times in a row a dropped subscription is resubscribed before it ends with StoreUnavailable. 10 by default. */
    resubscribeAttempts: positiveInteger,
    /** The pause before the first resubscription; it doubles each time up to `resubscribeMaxDelayMs`. 100 by default. */
    resubscribeDelayMs: positiveInteger,
    /** 5000 by default. */
    resubscribeMaxDelayMs: positiveInteger,
  },
);
export type EsdbStoreConfig = t.TypeOf<typeof EsdbStoreConfig>;

export interface EsdbStoreOptions {
  readonly connectionString: string;
  readonly namespace?: string;
  readonly resubscribeAttempts?: number;
  readonly resubscribeDelayMs?: number;
  readonly resubscribeMaxDelayMs?: number;
  /** The source of `recordedTime`. */
  readonly clock?: () => Instant;
}

export const defaults = { resubscribeAttempts: 10, resubscribeDelayMs: 100, resubscribeMaxDelayMs: 5000 } as const;

export interface Resubscribe {
  readonly attempts: number;
  readonly delayMs: number;
  readonly maxDelayMs: number;
}
