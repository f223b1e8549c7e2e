import { either as E } from 'fp-ts';
import type { ProjectedEvent } from '../core/event.js';
import type { Projector, ReadModelDefinition } from '../core/projector.js';
import type { Generation, GenerationCommit, ProjectionStorage, StorageError } from '../storage/storage.js';

/**
 * A generation being kept up to date: `generation.checkpoint` is the last event folded, `taken` the last one
 * whose documents have been handed to a commit (the checkpoint the storage has, or will have once that commit is
 * written).
 */
export interface Target {
  readonly model: ReadModelDefinition;
  generation: Generation;
  taken: string | null;
  readonly projector: Projector;
}

export const targetFor = (model: ReadModelDefinition, generation: Generation, fresh: boolean): Target => ({
  model,
  generation,
  taken: generation.checkpoint,
  projector: model.projector(fresh),
});

/** The events of a batch that a target has not folded yet (checkpoint strings sort like positions). */
const unseen = (target: Target, events: ReadonlyArray<ProjectedEvent>): ReadonlyArray<ProjectedEvent> => {
  const from = target.generation.checkpoint;
  const first = events[0];
  return from === null || first === undefined || first.checkpoint > from ? events : events.filter((e) => e.checkpoint > from);
};

/** Rows ready to be written: every target's since its last commit, and where each checkpoint moves. */
export interface PreparedBatch {
  readonly commits: ReadonlyArray<GenerationCommit>;
  readonly targets: ReadonlyArray<Target>;
}

/**
 * Folds events into every target's projector and moves each target's checkpoint to the last event it folded.
 * The documents they change wait in the projectors for `takeBatch`: several pages may be folded per commit.
 */
export const foldBatch = async (
  storage: ProjectionStorage,
  targets: ReadonlyArray<Target>,
  events: ReadonlyArray<ProjectedEvent>,
): Promise<E.Either<StorageError, void>> => {
  for (const target of targets) {
    const batch = unseen(target, events);
    const last = batch[batch.length - 1];
    if (!last) continue;
    const { name, generation } = target.generation;
    const folded = await target.projector.step(batch, (collection, keys) => storage.load(name, generation, collection, keys));
    if (E.isLeft(folded)) return failed(targets, folded.left);
    target.generation = { ...target.generation, checkpoint: last.checkpoint };
  }
  return E.right(undefined);
};

/**
 * What the targets folded since their last commit, as one batch: the next batch is folded (and checked against
 * these checkpoints) while this one is being written. Should the write fail, the pipeline stops and its targets
 * are dropped.
 */
export const takeBatch = (targets: ReadonlyArray<Target>): PreparedBatch => {
  const commits: GenerationCommit[] = [];
  const taken: Target[] = [];
  for (const target of targets) {
    const { name, generation, checkpoint } = target.generation;
    if (checkpoint === null || checkpoint === target.taken) continue;
    commits.push({ name, generation, from: target.taken, to: checkpoint, rows: target.projector.take() });
    target.taken = checkpoint;
    taken.push(target);
  }
  return { commits, targets: taken };
};

/** Writes a prepared batch: every target's rows and checkpoint in one transaction, or nothing. */
export const commitBatch = async (storage: ProjectionStorage, batch: PreparedBatch): Promise<E.Either<StorageError, void>> => {
  if (batch.commits.length === 0) return E.right(undefined);
  const committed = await storage.commit(batch.commits);
  return E.isLeft(committed) ? failed(batch.targets, committed.left) : committed;
};

/** On failure every projector forgets its cache: what was written is no longer known. */
const failed = <A>(targets: ReadonlyArray<Target>, error: StorageError): E.Either<StorageError, A> => {
  for (const t of targets) t.projector.reset();
  return E.left(error);
};

/** Folds and writes one batch, when nothing else is being written. */
export const applyBatch = async (
  storage: ProjectionStorage,
  targets: ReadonlyArray<Target>,
  events: ReadonlyArray<ProjectedEvent>,
): Promise<E.Either<StorageError, void>> => {
  const folded = await foldBatch(storage, targets, events);
  return E.isLeft(folded) ? folded : commitBatch(storage, takeBatch(targets));
};

/** The event types any of `models` folds, which is all a read for them needs (`undefined`: they name none). */
export const typesOf = (models: ReadonlyArray<ReadModelDefinition>): ReadonlyArray<string> | undefined => {
  const types = [...new Set(models.flatMap((m) => m.handles))];
  return types.length === 0 ? undefined : types;
};
