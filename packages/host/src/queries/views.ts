import { localDateOf, instantOf, type LocalDate } from '@ocop/kernel';
import type { EventStore } from '@ocop/eventstore';
import type { ProjectionStorage, QueryError, ReadModelDefinition } from '@ocop/projections';
import { problem, type Problem } from '../http/problem.js';

export interface ViewDeps {
  readonly store: EventStore;
  readonly storage: ProjectionStorage;
  readonly readModels: ReadonlyArray<ReadModelDefinition>;
  readonly clock: () => Date;
}

/** Today in Vietnam, by the host's clock: the day statuses and deadlines are judged on. */
export const todayOf = (clock: () => Date): LocalDate => localDateOf(instantOf(clock()));

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
