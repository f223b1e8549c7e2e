import type { either as E } from 'fp-ts';
import type { NewEvent, RecordedEvent } from './envelope.js';
import type { StoreError } from './errors.js';
import type { ExpectedRevision } from './expected-revision.js';
import type { GlobalPosition } from './position.js';

export interface AppendResult {
  /** The revision the stream's next event will take: the number of events in the stream. */
  readonly nextRevision: bigint;
  /** The position of the stream's last event (`start` when the stream has none). */
  readonly position: GlobalPosition;
  /** The events as recorded (for a repeated batch, as first recorded; none for an empty append). */
  readonly events: ReadonlyArray<RecordedEvent>;
}

export interface ReadStreamOptions {
  readonly direction?: 'forwards' | 'backwards';
  /** The first revision to read (inclusive); by default the first event forwards, the last backwards. */
  readonly fromRevision?: bigint;
  readonly limit?: number;
}

export interface ReadAllOptions {
  /** Read the events after this position (exclusive); by default from the start. */
  readonly from?: GlobalPosition;
  readonly batchSize?: number;
  /** Only events of these types, in the same order; the others are passed over (not decoded, where the store can). */
  readonly types?: ReadonlyArray<string>;
}

export interface SubscribeOptions {
  /** `start`, or a checkpoint: the position of the last event the consumer has handled. */
  readonly from: 'start' | GlobalPosition;
  /** Called for each event in global order, one at a time; a throw or rejection ends the subscription. */
  readonly onEvent: (event: RecordedEvent) => void | Promise<void>;
  /** Called once, when every event committed so far has been delivered: from then on events arrive live. */
  readonly onCaughtUp?: () => void | Promise<void>;
  readonly batchSize?: number;
  /** Only events of these types; the position still moves past the others, so a live subscription never reads them again. */
  readonly types?: ReadonlyArray<string>;
}

export type SubscriptionError =
  StoreError | { readonly _tag: 'HandlerFailed'; readonly event: RecordedEvent | undefined; readonly error: unknown };

export interface Subscription {
  /** Stops after the handler in progress, if any; resolves when the subscription has ended. */
  readonly stop: () => Promise<void>;
  /** Settles when the subscription ends: `Right` when stopped, `Left` with the error that ended it. */
  readonly done: Promise<E.Either<SubscriptionError, void>>;
}

/**
 * The event-store port. Every store (memory, SQLite, PostgreSQL, EventStoreDB) implements all of it with
 * the same meaning, checked by the contract suite (`@ocop/eventstore/contract`). Errors are values; after
 * `close`, or when the database is gone, operations return `StoreUnavailable`.
 */
export interface EventStore {
  /** Appends all of `events` or none, if `expected` holds. */
  readonly append: (
    stream: string,
    events: ReadonlyArray<NewEvent>,
    expected: ExpectedRevision,
  ) => Promise<E.Either<StoreError, AppendResult>>;
  /** A stream's events; a stream with no events reads empty. */
  readonly readStream: (stream: string, options?: ReadStreamOptions) => Promise<E.Either<StoreError, ReadonlyArray<RecordedEvent>>>;
  /**
   * Every event readable in the global order now, in batches; a `Left` ends the iteration. In PostgreSQL an
   * event becomes readable once every transaction older than its own has ended (see docs/stores.md).
   */
  readonly readAll: (options?: ReadAllOptions) => AsyncIterable<E.Either<StoreError, ReadonlyArray<RecordedEvent>>>;
  /** Catches up from `from`, then delivers new events as they are committed. Checkpoints are the consumer's. */
  readonly subscribeToAll: (options: SubscribeOptions) => Subscription;
  readonly close: () => Promise<E.Either<StoreError, void>>;
}
