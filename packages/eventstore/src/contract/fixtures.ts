import { fail } from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { either as E } from 'fp-ts';
import { instant, instantOf, type Instant, type Json } from '@ocop/kernel';
import type { NewEvent, RecordedEvent } from '../envelope.js';
import type { EventMetadata } from '../metadata.js';
import type { GlobalPosition } from '../position.js';
import type { EventStore, ReadAllOptions, Subscription } from '../store.js';
import type { StoreOptions } from '../backend.js';

/** A fresh, empty store, and how to get rid of it (close it and remove what it created). */
export interface OpenedStore {
  readonly store: EventStore;
  readonly dispose: () => Promise<void>;
}
export type StoreFactory = (options: Required<StoreOptions>) => Promise<OpenedStore>;

export interface ContractCheck {
  readonly name: string;
  readonly run: () => Promise<void>;
}

/** A clock that starts at 2026-05-22T03:00:00.000Z and moves one millisecond per reading. */
export const steppingClock = (): (() => Instant) => {
  let ms = Date.parse('2026-05-22T03:00:00.000Z');
  return () => instantOf(new Date(ms++));
};

/** Opens a store from `factory`, runs `body` on it, and always disposes of it. */
export const withStore = async (factory: StoreFactory, body: (store: EventStore) => Promise<void>): Promise<void> => {
  const { store, dispose } = await factory({ clock: steppingClock() });
  try {
    await body(store);
  } finally {
    await dispose();
  }
};

export const show = (value: unknown): string =>
  JSON.stringify(value, (_, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v)) ?? String(value);

export const right = <A>(result: E.Either<unknown, A>, what = 'the operation'): A => {
  if (E.isLeft(result)) return fail(`${what} failed: ${show(result.left)}`);
  return result.right;
};

export const left = <L>(result: E.Either<L, unknown>, what = 'the operation'): L => {
  if (E.isRight(result)) return fail(`${what} was expected to fail, but succeeded: ${show(result.right)}`);
  return result.left;
};

export const metadata = (overrides: Partial<EventMetadata> = {}): EventMetadata => ({
  correlationId: 'corr-1',
  causationId: 'cmd-1',
  commandId: 'cmd-1',
  actor: { id: 'officer-7', role: 'commune-officer', organisation: 'UBND-xa-Duc-Lan' },
  businessTime: instant('2026-05-22T02:00:00.000Z'),
  ...overrides,
});

export const event = (data: Json = {}, overrides: Partial<NewEvent> = {}): NewEvent => ({
  eventId: randomUUID(),
  type: 'Tested',
  schemaVersion: 1,
  data,
  metadata: metadata(),
  ...overrides,
});

export const events = (n: number, tag = 'e'): ReadonlyArray<NewEvent> => Array.from({ length: n }, (_, i) => event({ tag, i }));

export const readAllEvents = async (store: EventStore, options?: ReadAllOptions): Promise<ReadonlyArray<RecordedEvent>> => {
  const all: RecordedEvent[] = [];
  for await (const batch of store.readAll(options)) all.push(...right(batch, 'readAll'));
  return all;
};

/**
 * readAll once it returns at least `count` events. In PostgreSQL an event joins the global order only when
 * every older transaction in the cluster has ended, and another process's transaction may hold it back for
 * a moment after its append returned.
 */
export const readAllOf = (store: EventStore, count: number, options?: ReadAllOptions): Promise<ReadonlyArray<RecordedEvent>> =>
  within(
    (async () => {
      for (;;) {
        const all = await readAllEvents(store, options);
        if (all.length >= count) return all;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    })(),
    `readAll to return ${count} events`,
  );

export const readStream = async (store: EventStore, stream: string): Promise<ReadonlyArray<RecordedEvent>> =>
  right(await store.readStream(stream), `reading ${stream}`);

/** Fails instead of hanging when a promise does not settle: a guard against a stuck test, not a timing check. */
export const within = <A>(promise: Promise<A>, what: string, ms = 30_000): Promise<A> => {
  let timer: NodeJS.Timeout | undefined;
  const guard = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`still waiting after ${ms / 1000} s for ${what}`)), ms);
  });
  return Promise.race([promise, guard]).finally(() => clearTimeout(timer));
};

/** A subscription that records what it receives, and can be awaited until it has received `n` events. */
export interface Collector {
  readonly events: RecordedEvent[];
  readonly subscription: Subscription;
  /** Resolves with the number of events delivered when `onCaughtUp` was called. */
  readonly caughtUp: () => Promise<number>;
  readonly caughtUpCalls: () => number;
  readonly received: (n: number) => Promise<void>;
}

export const collect = (store: EventStore, from: 'start' | GlobalPosition, batchSize?: number): Collector => {
  const received: RecordedEvent[] = [];
  const waiters: Array<{ readonly n: number; readonly resolve: () => void }> = [];
  let calls = 0;
  let caughtUp: (n: number) => void = () => undefined;
  const caughtUpPromise = new Promise<number>((resolve) => (caughtUp = resolve));
  const subscription = store.subscribeToAll({
    from,
    batchSize,
    onEvent: (e) => {
      received.push(e);
      for (const w of waiters.filter((w) => received.length >= w.n)) w.resolve();
    },
    onCaughtUp: () => {
      calls++;
      caughtUp(received.length);
    },
  });
  const ended = subscription.done.then((result) => {
    throw new Error(`the subscription ended early: ${show(result)}`);
  });
  // Only a wait in progress should fail when the subscription ends; otherwise the rejection is expected.
  ended.catch(() => undefined);
  return {
    events: received,
    subscription,
    caughtUp: () => within(Promise.race([caughtUpPromise, ended]), 'the caught-up signal'),
    caughtUpCalls: () => calls,
    received: (n) =>
      within(
        Promise.race([new Promise<void>((resolve) => (received.length >= n ? resolve() : waiters.push({ n, resolve }))), ended]),
        `${n} events (got ${received.length})`,
      ),
  };
};

/** A check that runs `body` on a fresh store from `factory`. */
export const checkOn =
  (factory: StoreFactory) =>
  (name: string, body: (store: EventStore) => Promise<void>): ContractCheck => ({ name, run: () => withStore(factory, body) });
