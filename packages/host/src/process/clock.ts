import { either as E } from 'fp-ts';
import { instantOf, type Instant, type LocalDate } from '@ocop/kernel';
import { dueExpiries, dueReminders, reminderHorizonDays, type Dispatch } from '@ocop/domain';
import type { ExecuteRequest, Ledger } from '@ocop/ledger';
import type { ProjectionStorage } from '@ocop/projections';
import type { Log } from '../http/log.js';
import { ledgerProblem } from '../http/ledger-problem.js';
import { todayOf } from '../queries/views.js';
import { openTransitionalDossiers, productsNearingEnd } from './candidates.js';
import { dueLapses } from './lapses.js';

export interface ClockDeps {
  readonly ledger: Ledger;
  readonly storage: ProjectionStorage;
  readonly clock: () => Date;
  readonly log: Log;
}

export interface HostClock {
  /** Stops the schedule and waits for the run in progress, if any. */
  readonly stop: () => Promise<void>;
}

/** What one run did: the commands that wrote events, the replays of commands already carried out, the failures. */
interface RunCount {
  readonly recorded: number;
  readonly replayed: number;
  readonly failed: number;
}

/** The stream's id part: `Certification-gao-st25` → `gao-st25`. */
const idOfStream = (stream: string): string => stream.slice(stream.indexOf('-') + 1);

const requestOf = (d: Dispatch): ExecuteRequest => {
  const base = { id: idOfStream(d.stream), commandId: d.commandId };
  switch (d.aggregate) {
    case 'certification':
      return { ...base, aggregate: 'certification', command: d.command };
    case 'dossier':
      return { ...base, aggregate: 'dossier', command: d.command };
    case 'round':
      return { ...base, aggregate: 'round', command: d.command };
  }
};

const loadAll = async <S>(
  ids: ReadonlyArray<string>,
  load: (id: string) => Promise<E.Either<unknown, S>>,
  skip: (id: string) => void,
): Promise<ReadonlyArray<S>> => {
  const states: S[] = [];
  for (const id of ids) {
    const state = await load(id);
    if (E.isRight(state)) states.push(state.right);
    else skip(id);
  }
  return states;
};

/**
 * The commands due today: expiries of certificates past their last valid day, reminders of their end,
 * lapses of transitional dossiers.
 */
const dueToday = async (deps: ClockDeps, today: LocalDate, at: Instant): Promise<ReadonlyArray<Dispatch>> => {
  const { ledger, storage, log } = deps;
  const unreadable = (what: string) => (id: string) => log({ level: 'error', msg: 'clock: cannot load', what, id });
  const products = await productsNearingEnd(storage, today, reminderHorizonDays);
  const dossiers = await openTransitionalDossiers(storage);
  if (E.isLeft(products)) log({ level: 'error', msg: 'clock: the product registry cannot be read', error: products.left._tag });
  if (E.isLeft(dossiers)) log({ level: 'error', msg: 'clock: the dossier pipeline cannot be read', error: dossiers.left._tag });
  const certifications = E.isRight(products)
    ? await loadAll(products.right, (id) => ledger.load.certification(id), unreadable('certification'))
    : [];
  const open = E.isRight(dossiers) ? await loadAll(dossiers.right, (id) => ledger.load.dossier(id), unreadable('dossier')) : [];
  return [...dueExpiries(certifications, today, at), ...dueReminders(certifications, today, at), ...dueLapses(open, today, at)];
};

/** One run: every command due today, through the ledger as the system; a failure is logged and the run goes on. */
const runOnce = async (deps: ClockDeps): Promise<void> => {
  const now = deps.clock();
  const today = todayOf(() => now);
  const dispatches = await dueToday(deps, today, instantOf(now));
  let count: RunCount = { recorded: 0, replayed: 0, failed: 0 };
  for (const d of dispatches) {
    const done = await deps.ledger.execute(requestOf(d));
    if (E.isLeft(done)) {
      const p = ledgerProblem(done.left);
      deps.log({ level: 'error', msg: 'clock: command failed', command: d.command.type, commandId: d.commandId, error: p.detail });
      count = { ...count, failed: count.failed + 1 };
    } else if (done.right.replay) count = { ...count, replayed: count.replayed + 1 };
    else count = { ...count, recorded: count.recorded + 1 };
  }
  deps.log({ level: 'info', msg: 'clock run', today, ...count });
};

/**
 * The host's clock: expiries, reminders and lapses are recorded by commands when their day comes, never inferred, so
 * the host sends them itself — once `ready` settles (the read models have caught up), then every `everyMs`
 * (0: never). Runs never overlap: a tick that finds a run in progress is skipped. A run that throws is
 * logged; the host goes on.
 */
export const startClock = (deps: ClockDeps, everyMs: number, ready: Promise<void>): HostClock => {
  if (everyMs === 0) return { stop: () => Promise.resolve() };
  let running: Promise<void> | undefined;
  let timer: ReturnType<typeof setInterval> | undefined;
  let stopped = false;
  const tick = () => {
    if (running !== undefined || stopped) return;
    running = runOnce(deps)
      .catch((e: unknown) => deps.log({ level: 'error', msg: 'clock: run failed', error: e instanceof Error ? e.message : String(e) }))
      .finally(() => (running = undefined));
  };
  void ready.then(() => {
    if (stopped) return;
    tick();
    timer = setInterval(tick, everyMs);
  });
  return {
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
};
