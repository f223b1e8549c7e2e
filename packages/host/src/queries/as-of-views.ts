import { either as E } from 'fp-ts';
import type { LocalDate } from '@ocop/kernel';
import { buildAsOf, describeRunnerError, type ProjectionStorage, type RunnerError } from '@ocop/projections';
import { problem, type Problem } from '../http/problem.js';
import type { ViewDeps } from './views.js';

/** The read models every query of a host reads: the live ones, or those of a past day, built once and shared. */
export interface AsOfViews {
  /**
   * Runs `read` over the live read models, or — with `asOf` — over those as they stood at the end of that day
   * (business time). The day's storage stays open until `read` has settled.
   */
  readonly read: <A>(
    asOf: LocalDate | undefined,
    read: (storage: ProjectionStorage) => Promise<E.Either<Problem, A>>,
  ) => Promise<E.Either<Problem, A>>;
  /** Refuses new days, and closes every day's storage (one still read, when its reads have settled). */
  readonly close: () => Promise<void>;
}

export interface AsOfOptions {
  /** Days kept built; beyond them the least recently read is dropped. */
  readonly days?: number;
  /** Days built at once; a request for one more is answered 503 `AsOfBusy`. */
  readonly building?: number;
  /** How long a built day is served (events recorded later may still concern it), in milliseconds. */
  readonly keepMs?: number;
  readonly now?: () => number;
  /** Builds a day's read models: from the store's events by default. */
  readonly build?: (asOf: LocalDate) => Promise<E.Either<Problem, ProjectionStorage>>;
}

interface Day {
  readonly built: Promise<E.Either<Problem, ProjectionStorage>>;
  readonly since: number;
  users: number;
  /** Kept in the cache; dropped from it (closed when its last reader is done); closed. */
  state: 'kept' | 'dropped' | 'closed';
}

const fromStore =
  (deps: ViewDeps) =>
  async (asOf: LocalDate): Promise<E.Either<Problem, ProjectionStorage>> =>
    E.mapLeft((e: RunnerError) =>
      problem(503, 'AsOfUnavailable', `the read models as of ${asOf} cannot be built: ${describeRunnerError(e)}`),
    )(await buildAsOf({ store: deps.store, readModels: deps.readModels, asOf }));

/**
 * One cache of past days for the whole host: each day is built in memory once, however many requests ask for
 * it meanwhile; a few days are kept, the least recently read dropped and closed once no request reads it; and
 * since each build reads the whole store, only a few run at once.
 */
export const asOfViews = (deps: ViewDeps, options: AsOfOptions = {}): AsOfViews => {
  const limit = Math.max(1, options.days ?? 4);
  const maxBuilding = Math.max(1, options.building ?? 2);
  const keepMs = options.keepMs ?? 60_000;
  const now = options.now ?? Date.now;
  const build = options.build ?? fromStore(deps);
  // Least recently read first: a Map keeps the order of insertion, and a read moves its day to the end.
  const days = new Map<LocalDate, Day>();
  const closing = new Set<Promise<void>>();
  let building = 0;
  let closed = false;

  const closeIfUnused = (day: Day): void => {
    if (day.state !== 'dropped' || day.users > 0) return;
    day.state = 'closed';
    // A day's storage is in memory: one that fails to close is dropped all the same.
    const done = day.built.then(async (b) => (E.isRight(b) ? b.right.close() : undefined)).catch(() => undefined);
    closing.add(done);
    void done.finally(() => closing.delete(done));
  };

  const drop = (asOf: LocalDate, day: Day): void => {
    if (days.get(asOf) === day) days.delete(asOf);
    if (day.state === 'kept') day.state = 'dropped';
    closeIfUnused(day);
  };

  const guarded = async (asOf: LocalDate): Promise<E.Either<Problem, ProjectionStorage>> => {
    building += 1;
    try {
      return await build(asOf);
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      return E.left(problem(503, 'AsOfUnavailable', `the read models as of ${asOf} cannot be built: ${reason}`));
    } finally {
      building -= 1;
    }
  };

  const acquire = (asOf: LocalDate): E.Either<Problem, Day> => {
    const known = days.get(asOf);
    if (known !== undefined && now() - known.since > keepMs) drop(asOf, known);
    const fresh = days.get(asOf);
    if (fresh !== undefined) {
      days.delete(asOf);
      days.set(asOf, fresh);
      fresh.users += 1;
      return E.right(fresh);
    }
    if (closed) return E.left(problem(503, 'AsOfUnavailable', 'the host is stopping', { headers: { 'Retry-After': '5' } }));
    if (building >= maxBuilding)
      return E.left(
        problem(503, 'AsOfBusy', `${building} past days are being built; try again shortly`, { headers: { 'Retry-After': '2' } }),
      );
    const day: Day = { built: guarded(asOf), since: now(), users: 1, state: 'kept' };
    // A failed build is not kept: the next request tries again.
    void day.built.then((b) => (E.isLeft(b) ? drop(asOf, day) : undefined));
    days.set(asOf, day);
    for (const [oldest, d] of days) {
      if (days.size <= limit) break;
      drop(oldest, d);
    }
    return E.right(day);
  };

  return {
    read: async (asOf, read) => {
      if (asOf === undefined) return read(deps.storage);
      const day = acquire(asOf);
      if (E.isLeft(day)) return day;
      try {
        const storage = await day.right.built;
        return E.isLeft(storage) ? storage : await read(storage.right);
      } finally {
        day.right.users -= 1;
        closeIfUnused(day.right);
      }
    },
    close: async () => {
      closed = true;
      for (const [asOf, day] of days) drop(asOf, day);
      await Promise.all([...closing]);
    },
  };
};
