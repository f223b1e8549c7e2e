import { either as E } from 'fp-ts';
import { parsePosition, type EventStore, type GlobalPosition, type Subscription } from '@ocop/eventstore';
import { projectedEvent, type ProjectedEvent } from '../core/event.js';
import type { ProjectionStorage } from '../storage/storage.js';
import type { RunnerError } from './errors.js';
import { commitBatch, foldBatch, takeBatch, typesOf, type Target } from './target.js';

export interface Pipeline {
  /** Settles once every event stored when it started has been applied (and `onCaughtUp` has run). */
  readonly caughtUp: Promise<void>;
  /** Settles when the pipeline ends: `Right` when stopped, `Left` with what ended it. */
  readonly done: Promise<E.Either<RunnerError, void>>;
  /** Stops applying to a read model's generation; settles once no batch is being written to it. */
  readonly drop: (name: string, generation: number) => Promise<void>;
  readonly targets: () => ReadonlyArray<Target>;
  readonly stop: () => Promise<void>;
}

class Failed extends Error {
  constructor(readonly reason: RunnerError) {
    super(reason._tag);
  }
}

/** Where to subscribe from: the earliest checkpoint of the targets (each target skips what it has). */
const earliest = (targets: ReadonlyArray<Target>): 'start' | GlobalPosition => {
  const checkpoints = targets.map((t) => t.generation.checkpoint);
  if (checkpoints.some((c) => c === null)) return 'start';
  const first = checkpoints.filter((c): c is string => c !== null).sort()[0];
  const parsed = first === undefined ? undefined : parsePosition(first);
  return parsed === undefined || E.isLeft(parsed) ? 'start' : parsed.right;
};

/**
 * Events read and folded at a time. Small pages keep few parsed events alive when the young generation is
 * collected: in a national rebuild, pages of 250 took about 1 s of CPU less than pages of 1,000.
 */
const foldPage = 250;

/** Events per transaction at most when a runner is not told: larger batches rewrite fewer documents and pages. */
export const defaultBatchSize = 5000;

/**
 * Catching up, how long folded events may wait for a batch to fill: the store says it has caught up only once no
 * transaction is pending, which a busy PostgreSQL may delay, and read models should not lag for that long.
 */
const catchUpLagMs = 1000;

/**
 * Keeps a set of generations up to date from one subscription to the store's global order: each event is
 * decoded once and folded into every target, a page at a time; the documents they change are written with
 * the checkpoints in one transaction per `batchSize` events at most. While catching up a batch is cut when it
 * is full; once caught up, also when no event is waiting, so that live events are applied at once.
 */
export const runPipeline = (
  store: EventStore,
  storage: ProjectionStorage,
  initial: ReadonlyArray<Target>,
  options: { readonly batchSize: number; readonly onCaughtUp: (targets: ReadonlyArray<Target>) => Promise<E.Either<RunnerError, void>> },
): Pipeline => {
  const page = Math.min(options.batchSize, foldPage);
  let targets = [...initial];
  let buffer: ProjectedEvent[] = [];
  // Events folded since the last batch was taken to be written.
  let folded = 0;
  let live = false;
  let writing: Promise<void> = Promise.resolve();
  let failure: RunnerError | undefined;
  let idle: NodeJS.Immediate | undefined;
  let lagging: NodeJS.Timeout | undefined;
  let markCaughtUp: () => void = () => undefined;
  const caughtUp = new Promise<void>((resolve) => (markCaughtUp = resolve));

  // The batch being written, if any: one is written while the next is read and folded.
  let committing: Promise<void> = Promise.resolve();

  // Folding reads documents written before: after the batch being written, so that it sees that batch.
  const afterWrites: ProjectionStorage = {
    ...storage,
    load: async (...args) => {
      await committing;
      return storage.load(...args);
    },
  };

  const stopOn = (error: RunnerError): void => {
    failure ??= error;
    // A failed batch ends the pipeline even when no further event comes to notice it.
    void subscription.stop();
  };

  /** Folds what is buffered; its documents wait in the projectors for the next write. */
  const fold = (): Promise<void> => {
    writing = writing.then(async () => {
      const events = buffer;
      buffer = [];
      if (events.length === 0 || failure) return;
      const done = await foldBatch(afterWrites, targets, events);
      if (E.isLeft(done)) return stopOn(done.left);
      folded += events.length;
    });
    return writing;
  };

  /** Folds what is buffered, then writes everything folded once the batch before has been written. */
  const write = (): Promise<void> => {
    clearTimeout(lagging);
    lagging = undefined;
    void fold();
    writing = writing.then(async () => {
      await committing;
      if (failure) return;
      folded = 0;
      const batch = takeBatch(targets);
      committing = commitBatch(storage, batch).then((committed) => (E.isLeft(committed) ? stopOn(committed.left) : undefined));
    });
    return writing;
  };

  /** Everything buffered folded and written. */
  const flush = async (): Promise<void> => {
    await write();
    await committing;
    if (failure) throw new Failed(failure);
  };

  const subscription: Subscription = store.subscribeToAll({
    from: earliest(targets),
    batchSize: page,
    // The events no target folds are passed over by the store, not decoded here.
    types: typesOf(targets.map((t) => t.model)),
    onEvent: async (recorded) => {
      const decoded = projectedEvent(recorded);
      if (E.isLeft(decoded)) throw new Failed(decoded.left);
      if (decoded.right === undefined) return;
      buffer.push(decoded.right);
      if (buffer.length >= page) await fold();
      if (folded >= options.batchSize) {
        // Written in the background while the next pages are read and folded.
        await write();
        if (failure) throw new Failed(failure);
        return;
      }
      // Live, events of one page arrive without a pause; this runs once the page is delivered.
      if (live)
        idle ??= setImmediate(() => {
          idle = undefined;
          void write();
        });
      else lagging ??= setTimeout(() => void write(), catchUpLagMs);
    },
    onCaughtUp: async () => {
      live = true;
      await flush();
      const after = await options.onCaughtUp(targets);
      if (E.isLeft(after)) throw new Failed(after.left);
      markCaughtUp();
    },
  });

  const done = subscription.done.then(async (ended): Promise<E.Either<RunnerError, void>> => {
    if (idle) clearImmediate(idle);
    clearTimeout(lagging);
    await writing;
    await committing;
    if (failure) return E.left(failure);
    if (E.isRight(ended)) return E.right(undefined);
    const error = ended.left;
    if (error._tag === 'HandlerFailed' && error.error instanceof Failed) return E.left(error.error.reason);
    return E.left({ _tag: 'SubscriptionFailed', error });
  });

  return {
    caughtUp,
    done,
    targets: () => targets,
    drop: async (name, generation) => {
      targets = targets.filter((t) => !(t.generation.name === name && t.generation.generation === generation));
      await writing;
      await committing;
    },
    stop: async () => {
      await subscription.stop();
      await done;
    },
  };
};
