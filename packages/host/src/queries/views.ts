import { either as E } from 'fp-ts';
import { localDateOf, instantOf, type LocalDate } from '@ocop/kernel';
import type { EventStore } from '@ocop/eventstore';
import { buildAsOf, describeRunnerError, type ProjectionStorage, type QueryError, type ReadModelDefinition } from '@ocop/projections';
import { problem, type Problem } from '../http/problem.js';

export interface ViewDeps {
  readonly store: EventStore;
  readonly storage: ProjectionStorage;
  readonly readModels: ReadonlyArray<ReadModelDefinition>;
  readonly clock: () => Date;
}

/** Today in Vietnam, by the host's clock: the day statuses and deadlines are judged on. */
export const todayOf = (clock: () => Date): LocalDate => localDateOf(instantOf(clock()));

/**
 * The read models a query reads: the live ones, or — with `asOf` — the ones as they stood at the end of that
 * day, built from the events of that day and before (kept for a minute, for the next pages of the same query).
 */
export const viewsFor = (deps: ViewDeps) => {
  const built = new Map<string, { readonly storage: ProjectionStorage; readonly until: number }>();
  return async (asOf: LocalDate | undefined): Promise<E.Either<Problem, ProjectionStorage>> => {
    if (asOf === undefined) return E.right(deps.storage);
    const now = Date.now();
    for (const [k, v] of built) if (v.until < now) built.delete(k);
    const cached = built.get(asOf);
    if (cached) return E.right(cached.storage);
    const storage = await buildAsOf({ store: deps.store, readModels: deps.readModels, asOf });
    if (E.isLeft(storage))
      return E.left(problem(503, 'AsOfUnavailable', `the read models as of ${asOf} cannot be built: ${describeRunnerError(storage.left)}`));
    built.set(asOf, { storage: storage.right, until: now + 60_000 });
    return E.right(storage.right);
  };
};

export const queryProblem = (e: QueryError): Problem =>
  e._tag === 'ReadModelNotReady'
    ? problem(503, 'ReadModelNotReady', `the read model ${e.name} is still being built; try again`, { headers: { 'Retry-After': '2' } })
    : e._tag === 'StorageUnavailable'
      ? problem(503, 'StorageUnavailable', e.reason, { headers: { 'Retry-After': '5' } })
      : problem(500, e._tag, 'the read models failed on this query; it is logged');

/** A resource whose stream exists but that a read model does not hold: not yet on that day, or not yet projected. */
export const missingRow = (what: string, asOf: LocalDate | undefined): Problem =>
  asOf !== undefined
    ? problem(404, 'NotFound', `the ${what} did not exist on ${asOf}`)
    : problem(503, 'NotYetProjected', `the ${what} is not in the read models yet; try again`, { headers: { 'Retry-After': '1' } });
