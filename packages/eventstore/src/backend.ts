import { either as E } from 'fp-ts';
import { instantOf, type Instant } from '@ocop/kernel';
import type { ChangeSignal } from './change-signal.js';
import type { NewEvent, RecordedEvent } from './envelope.js';
import { storeUnavailable, type StoreError } from './errors.js';
import type { ExpectedRevision } from './expected-revision.js';
import { start, type GlobalPosition } from './position.js';
import { readAllPages } from './read-all.js';
import { pageOf, type Page, type ReadFiltered, type ReadPage } from './read-page.js';
import type { AppendResult, EventStore, ReadStreamOptions } from './store.js';
import { parseStreamName, type StreamName } from './stream-name.js';
import { runSubscription } from './subscription.js';
import { typesFilter } from './types-filter.js';
import { validateEvents } from './validate.js';

/** A stream read with its options checked and defaulted. */
export interface StreamQuery {
  readonly direction: 'forwards' | 'backwards';
  readonly fromRevision: bigint | undefined;
  readonly limit: number | undefined;
}

/**
 * What a database adapter provides. `eventStoreOn` adds what is the same for every store: argument
 * validation, the clock, refusing work after `close`, readAll and subscriptions.
 */
export interface StoreBackend {
  /** Appends validated events; plans with `planAppend` and hashes with `chainEvents`. */
  readonly append: (
    stream: StreamName,
    events: ReadonlyArray<NewEvent>,
    expected: ExpectedRevision,
    recordedTime: Instant,
  ) => Promise<E.Either<StoreError, AppendResult>>;
  readonly readStream: (stream: StreamName, query: StreamQuery) => Promise<E.Either<StoreError, ReadonlyArray<RecordedEvent>>>;
  readonly readAllAfter: ReadPage;
  /**
   * The page `readAllAfter` would read, keeping only the events of `types`, without decoding the others. A
   * backend that leaves it out has its pages read whole and filtered.
   */
  readonly readAllAfterOfTypes?: (after: GlobalPosition, limit: number, types: ReadonlySet<string>) => Promise<E.Either<StoreError, Page>>;
  /**
   * Whether committed events exist after `after`, asked when a read after `after` came back short. Only
   * PostgreSQL can say yes: an event committed after an older transaction that is still running is not
   * readable yet, and one may have become readable since the read. Subscriptions are not caught up while it
   * says yes. A store where a short read means there is nothing more may leave this out.
   */
  readonly pendingAfter?: (after: GlobalPosition) => Promise<E.Either<StoreError, boolean>>;
  /** Notified by `eventStoreOn` after each append through it; a backend may also notify for other writers. */
  readonly changes: ChangeSignal;
  /** How often subscriptions look for appends nobody signalled (another process's); `undefined`: never. */
  readonly pollIntervalMs: number | undefined;
  readonly close: () => Promise<E.Either<StoreError, void>>;
}

export interface StoreOptions {
  /** The source of `recordedTime`. */
  readonly clock?: () => Instant;
}

const defaultBatchSize = 500;
const maxBatchSize = 10_000;

const invalid = (reason: string): E.Either<StoreError, never> => E.left({ _tag: 'InvalidReadOptions', reason });

const checkBatchSize = (batchSize: number | undefined): E.Either<StoreError, number> => {
  const size = batchSize ?? defaultBatchSize;
  return Number.isInteger(size) && size >= 1 && size <= maxBatchSize
    ? E.right(size)
    : invalid(`batchSize: expected an integer from 1 to ${maxBatchSize}`);
};

const checkStreamQuery = (options: ReadStreamOptions): E.Either<StoreError, StreamQuery> => {
  const { direction = 'forwards', fromRevision, limit } = options;
  if (direction !== 'forwards' && direction !== 'backwards') return invalid('direction: expected "forwards" or "backwards"');
  if (fromRevision !== undefined && (typeof fromRevision !== 'bigint' || fromRevision < 0n))
    return invalid('fromRevision: expected a bigint from 0');
  if (limit !== undefined && !(Number.isSafeInteger(limit) && limit >= 0)) return invalid('limit: expected an integer from 0');
  return E.right({ direction, fromRevision, limit });
};

export const eventStoreOn = (backend: StoreBackend, options: StoreOptions = {}): EventStore => {
  const clock = options.clock ?? ((): Instant => instantOf(new Date()));
  let closed = false;
  const closedError = (): E.Either<StoreError, never> => E.left(storeUnavailable('the store is closed'));

  const readAllAfter: ReadPage = (after, limit) => (closed ? Promise.resolve(closedError()) : backend.readAllAfter(after, limit));

  /** Pages of every event, or of the events of `types`. */
  const pages = (types: ReadonlySet<string> | undefined): ReadFiltered => {
    const own = backend.readAllAfterOfTypes;
    if (types !== undefined && own) return (after, limit) => (closed ? Promise.resolve(closedError()) : own(after, limit, types));
    return async (after, limit) =>
      E.map((events: ReadonlyArray<RecordedEvent>) => pageOf(events, limit, types))(await readAllAfter(after, limit));
  };

  return {
    append: async (stream, events, expected) => {
      if (closed) return closedError();
      const name = parseStreamName(stream);
      if (E.isLeft(name)) return name;
      const valid = validateEvents(events);
      if (E.isLeft(valid)) return valid;
      const result = await backend.append(name.right, valid.right, expected, clock());
      if (E.isRight(result) && result.right.events.length > 0) backend.changes.notify();
      return result;
    },
    readStream: async (stream, readOptions = {}) => {
      if (closed) return closedError();
      const name = parseStreamName(stream);
      if (E.isLeft(name)) return name;
      const query = checkStreamQuery(readOptions);
      if (E.isLeft(query)) return query;
      return backend.readStream(name.right, query.right);
    },
    readAll: (readOptions = {}) => {
      const size = checkBatchSize(readOptions.batchSize);
      if (E.isLeft(size)) return readAllPages(() => Promise.resolve(size), start, 1);
      const types = typesFilter(readOptions.types);
      if (E.isLeft(types)) return readAllPages(() => Promise.resolve(types), start, 1);
      return readAllPages(pages(types.right), readOptions.from ?? start, size.right);
    },
    subscribeToAll: (subscribeOptions) => {
      const size = checkBatchSize(subscribeOptions.batchSize);
      if (E.isLeft(size)) return { done: Promise.resolve(size), stop: () => Promise.resolve() };
      const types = typesFilter(subscribeOptions.types);
      if (E.isLeft(types)) return { done: Promise.resolve(types), stop: () => Promise.resolve() };
      const pendingAfter = (after: GlobalPosition): Promise<E.Either<StoreError, boolean>> =>
        closed ? Promise.resolve(closedError()) : (backend.pendingAfter?.(after) ?? Promise.resolve(E.right(false)));
      return runSubscription(pages(types.right), pendingAfter, backend.changes, backend.pollIntervalMs, {
        ...subscribeOptions,
        batchSize: size.right,
      });
    },
    close: async () => {
      if (closed) return E.right(undefined);
      closed = true;
      // Wakes sleeping subscriptions, whose next read then ends them with StoreUnavailable.
      backend.changes.notify();
      return backend.close();
    },
  };
};
