import { either as E } from 'fp-ts';
import type { ProjectedEvent } from '../core/event.js';
import type { Projector, ReadModelDefinition } from '../core/projector.js';
import type { Generation, GenerationCommit, ProjectionStorage, StorageError } from '../storage/storage.js';

/** A generation being kept up to date: its checkpoint moves with each committed batch. */
export interface Target {
  readonly model: ReadModelDefinition;
  generation: Generation;
  readonly projector: Projector;
}

export const targetFor = (model: ReadModelDefinition, generation: Generation, fresh: boolean): Target => ({
  model,
  generation,
  projector: model.projector(fresh),
});

/** The events of a batch that a target has not applied yet (checkpoint strings sort like positions). */
const unseen = (target: Target, events: ReadonlyArray<ProjectedEvent>): ReadonlyArray<ProjectedEvent> => {
  const from = target.generation.checkpoint;
  return from === null ? events : events.filter((e) => e.checkpoint > from);
};

/**
 * Applies one batch to every target and commits all of them in one transaction, each checkpoint moving to
 * the last event it applied. On failure nothing is written and every projector forgets its cache.
 */
export const applyBatch = async (
  storage: ProjectionStorage,
  targets: ReadonlyArray<Target>,
  events: ReadonlyArray<ProjectedEvent>,
): Promise<E.Either<StorageError, void>> => {
  const commits: GenerationCommit[] = [];
  const applied: Array<{ readonly target: Target; readonly to: string }> = [];
  const fail = (error: StorageError): E.Either<StorageError, void> => {
    for (const t of targets) t.projector.reset();
    return E.left(error);
  };
  for (const target of targets) {
    const batch = unseen(target, events);
    const last = batch[batch.length - 1];
    if (!last) continue;
    const { name, generation } = target.generation;
    const rows = await target.projector.step(batch, (collection, keys) => storage.load(name, generation, collection, keys));
    if (E.isLeft(rows)) return fail(rows.left);
    commits.push({ name, generation, from: target.generation.checkpoint, to: last.checkpoint, rows: rows.right });
    applied.push({ target, to: last.checkpoint });
  }
  if (commits.length === 0) return E.right(undefined);
  const committed = await storage.commit(commits);
  if (E.isLeft(committed)) return fail(committed.left);
  for (const { target, to } of applied) target.generation = { ...target.generation, checkpoint: to };
  return E.right(undefined);
};
