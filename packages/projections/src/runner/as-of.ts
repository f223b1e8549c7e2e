import { either as E } from 'fp-ts';
import type { LocalDate } from '@ocop/kernel';
import type { EventStore } from '@ocop/eventstore';
import { projectedEvent, type ProjectedEvent } from '../core/event.js';
import type { ReadModelDefinition } from '../core/projector.js';
import { memoryStorage } from '../storage/memory.js';
import type { ProjectionStorage } from '../storage/storage.js';
import type { RunnerError } from './errors.js';
import { applyBatch, targetFor, typesOf, type Target } from './target.js';

/**
 * The read models as they stood at the end of `asOf` in business time: built in memory from the events
 * whose business day is on or before it, in the store's order (what was recorded later about an earlier
 * day is included; what happened later is not). Query the result with the same queries as a live storage.
 */
export const buildAsOf = async (options: {
  readonly store: EventStore;
  readonly readModels: ReadonlyArray<ReadModelDefinition>;
  readonly asOf: LocalDate;
  readonly batchSize?: number;
}): Promise<E.Either<RunnerError, ProjectionStorage>> => {
  const storage = memoryStorage();
  const targets: Target[] = [];
  for (const model of options.readModels) {
    const created = await storage.create(model.name, model.version, model.tables, 'active');
    if (E.isLeft(created)) return created;
    targets.push(targetFor(model, created.right, true));
  }
  const batchSize = options.batchSize ?? 1000;
  for await (const page of options.store.readAll({ batchSize, types: typesOf(options.readModels) })) {
    if (E.isLeft(page)) return E.left({ _tag: 'SubscriptionFailed', error: page.left });
    const events: ProjectedEvent[] = [];
    for (const recorded of page.right) {
      const decoded = projectedEvent(recorded);
      if (E.isLeft(decoded)) return decoded;
      if (decoded.right !== undefined && decoded.right.on <= options.asOf) events.push(decoded.right);
    }
    const applied = await applyBatch(storage, targets, events);
    if (E.isLeft(applied)) return applied;
  }
  return E.right(storage);
};
