import type { either as E } from 'fp-ts';
import type { EventStore } from '@ocop/eventstore';
import type { ReadModelDefinition } from '../core/projector.js';
import type { ProjectionStorage } from '../storage/storage.js';

/** What a runner thread works with, opened in the thread itself: connections do not cross threads. */
export interface RunnerParts {
  readonly store: EventStore;
  readonly storage: ProjectionStorage;
  /** Every read model the application has; a thread keeps those of its group. */
  readonly readModels: ReadonlyArray<ReadModelDefinition>;
  /** Closes the store and the storage. */
  readonly close: () => Promise<void>;
}

/**
 * Opens a thread's parts from plain data (paths, URLs): the function a parts module exports as
 * `openRunnerParts`. A `Left` says why they cannot be opened.
 */
export type OpenRunnerParts = (data: unknown) => Promise<E.Either<string, RunnerParts>>;

/** The parts of a thread from its store and storage, closed in that order's reverse. */
export const runnerParts = (
  store: EventStore,
  storage: ProjectionStorage,
  readModels: ReadonlyArray<ReadModelDefinition>,
): RunnerParts => ({
  store,
  storage,
  readModels,
  close: async () => {
    await storage.close();
    await store.close();
  },
});
