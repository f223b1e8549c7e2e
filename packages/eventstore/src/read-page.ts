import type { either as E } from 'fp-ts';
import type { RecordedEvent } from './envelope.js';
import type { StoreError } from './errors.js';
import type { GlobalPosition } from './position.js';

/** Up to `limit` events after `after` (exclusive), in global order: what readAll and subscriptions are built on. */
export type ReadPage = (after: GlobalPosition, limit: number) => Promise<E.Either<StoreError, ReadonlyArray<RecordedEvent>>>;

/**
 * A page as readers go through the global order: the events wanted, the position of the last stored event the
 * read went through (wanted or not; `undefined` when it found none), and whether it read `limit` events, so
 * that more may follow.
 */
export interface Page {
  readonly events: ReadonlyArray<RecordedEvent>;
  readonly through: GlobalPosition | undefined;
  readonly full: boolean;
}

/** Reads the page of up to `limit` stored events after `after` (exclusive). */
export type ReadFiltered = (after: GlobalPosition, limit: number) => Promise<E.Either<StoreError, Page>>;

/** The page of an unfiltered read, or of one that keeps the events of `types`. */
export const pageOf = (events: ReadonlyArray<RecordedEvent>, limit: number, types?: ReadonlySet<string>): Page => ({
  events: types === undefined ? events : events.filter((e) => types.has(e.type)),
  through: events[events.length - 1]?.position,
  full: events.length === limit,
});
