import { either as E } from 'fp-ts';
import { BACKWARDS, END, EventStoreDBClient } from '@eventstore/db-client';
import { decodeWith, validationFailure, type ValidationFailure } from '@ocop/kernel';
import {
  changeSignal,
  eventStoreOn,
  storeUnavailable,
  typesFilter,
  type EventStore,
  type StoreBackend,
  type StoreError,
  type SubscribeOptions,
  type Subscription,
} from '@ocop/eventstore';
import { appendOn } from './append.js';
import { attempt, drain } from './calls.js';
import { eventIdClaims } from './claims.js';
import { unavailable } from './failures.js';
import { headCache } from './head-cache.js';
import { layoutOf } from './layout.js';
import { defaults, EsdbStoreConfig, type EsdbStoreOptions } from './options.js';
import { readAllOn } from './read-all.js';
import { streamReads } from './stream-reads.js';
import { esdbSubscription, type EsdbSubscription } from './subscription.js';

const maxBatchSize = 10_000;

const connect = (connectionString: string): E.Either<ValidationFailure, EventStoreDBClient> => {
  try {
    return E.right(EventStoreDBClient.connectionString(connectionString));
  } catch (error) {
    // The client throws on a malformed string or a certificate file it cannot find.
    return E.left(validationFailure('EventStoreDB store options', [{ path: 'connectionString', message: String(error) }]));
  }
};

const ended = (error: StoreError): Subscription => ({ done: Promise.resolve(E.left(error)), stop: () => Promise.resolve() });

/**
 * Opens the event store on EventStoreDB: connects with the connection string and checks that the server
 * answers (StoreUnavailable if not). Appends, reads and subscriptions have the port's meaning; see
 * docs/stores.md for what EventStoreDB guarantees and what the store adds.
 */
export const openEsdbStore = async (options: EsdbStoreOptions): Promise<E.Either<ValidationFailure | StoreError, EventStore>> => {
  const { clock, ...settings } = options;
  const decoded = decodeWith(EsdbStoreConfig, 'EventStoreDB store options')(settings);
  if (E.isLeft(decoded)) return decoded;
  const config = { ...defaults, ...decoded.right };
  const connected = connect(config.connectionString);
  if (E.isLeft(connected)) return connected;
  const client = connected.right;
  const probe = await attempt(() => drain(client.readAll({ direction: BACKWARDS, fromPosition: END, maxCount: 1 })));
  if (E.isLeft(probe)) {
    await client.dispose();
    return E.left(unavailable(probe.left));
  }

  const layout = layoutOf(config.namespace);
  const reads = streamReads(client, layout);
  const backend: StoreBackend = {
    append: appendOn({ client, layout, reads, claims: eventIdClaims(client, layout), heads: headCache(10_000) }),
    readStream: async (stream, query) => {
      const read = await reads.query(stream, query);
      return E.isLeft(read) ? read : E.right(read.right.map((s) => s.event));
    },
    readAllAfter: readAllOn(client, layout),
    // Subscriptions are EventStoreDB's own (below), not the polling ones of eventStoreOn.
    changes: changeSignal(),
    pollIntervalMs: undefined,
    close: async () => {
      await client.dispose();
      return E.right(undefined);
    },
  };
  const store = eventStoreOn(backend, clock ? { clock } : {});

  const running = new Set<EsdbSubscription>();
  let closed = false;
  const resubscribe = {
    attempts: config.resubscribeAttempts,
    delayMs: config.resubscribeDelayMs,
    maxDelayMs: config.resubscribeMaxDelayMs,
  };
  const subscribeToAll = (subscribe: SubscribeOptions): Subscription => {
    if (closed) return ended(storeUnavailable('the store is closed'));
    const batchSize = subscribe.batchSize ?? 500;
    if (!(Number.isInteger(batchSize) && batchSize >= 1 && batchSize <= maxBatchSize))
      return ended({ _tag: 'InvalidReadOptions', reason: `batchSize: expected an integer from 1 to ${maxBatchSize}` });
    const wanted = typesFilter(subscribe.types);
    if (E.isLeft(wanted)) return ended(wanted.left);
    const subscription = esdbSubscription({ client, layout, resubscribe }, { ...subscribe, batchSize, wanted: wanted.right });
    running.add(subscription);
    void subscription.done.then(() => running.delete(subscription));
    return subscription;
  };

  return E.right({
    ...store,
    subscribeToAll,
    close: async () => {
      if (!closed) {
        closed = true;
        for (const subscription of running) subscription.end(storeUnavailable('the store is closed'));
      }
      return store.close();
    },
  });
};
