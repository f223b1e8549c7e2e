import { either as E } from 'fp-ts';
import type { EventStore } from '@ocop/eventstore';
import type { ReadModelDefinition } from '../core/projector.js';
import type { Generation, ProjectionStorage } from '../storage/storage.js';
import type { RunnerError } from './errors.js';
import { defaultBatchSize, runPipeline, type Pipeline } from './pipeline.js';
import { targetFor, type Target } from './target.js';

export interface RunnerOptions {
  readonly store: EventStore;
  readonly storage: ProjectionStorage;
  readonly readModels: ReadonlyArray<ReadModelDefinition>;
  /**
   * Events per transaction at most, 5,000 by default: catching up, a batch is written when this many are folded
   * (the documents they change wait in memory until then); live, as soon as no event is waiting.
   */
  readonly batchSize?: number;
  /** How often a runner that does not lead a read model asks again (another runner may have died). 1000 ms by default. */
  readonly leaderPollMs?: number;
}

export interface ReadModelStatus {
  readonly name: string;
  readonly leading: boolean;
  readonly generations: ReadonlyArray<Generation>;
}

export interface Runner {
  /** Takes the lead of every read model it can, then catches up and follows the store. */
  readonly start: () => Promise<E.Either<RunnerError, void>>;
  /** Settles when every read model this runner leads has caught up with the store (and any new version is active). */
  readonly caughtUp: () => Promise<void>;
  /**
   * Builds the named read models from zero into new generations while the current ones keep serving, and
   * makes them active once they have caught up; settles then.
   */
  readonly rebuild: (names: ReadonlyArray<string>) => Promise<E.Either<RunnerError, void>>;
  readonly status: () => Promise<E.Either<RunnerError, ReadonlyArray<ReadModelStatus>>>;
  /** Settles with the error that stopped the runner, or `Right` after `stop`. */
  readonly done: Promise<E.Either<RunnerError, void>>;
  readonly stop: () => Promise<void>;
}

/**
 * The runner: for each read model it leads, the generation to keep (the active one of this version, or a
 * new one built beside an active one of another version, switched to when caught up), all fed from shared
 * subscriptions; it keeps asking for the lead of the others. A failure (storage gone, leadership lost,
 * an undecodable event) stops it: `done` says why, and the host starts it again.
 */
export const createRunner = (options: RunnerOptions): Runner => {
  const { store, storage, readModels } = options;
  const batchSize = options.batchSize ?? defaultBatchSize;
  const leaderPollMs = options.leaderPollMs ?? 1000;
  const pipelines = new Set<Pipeline>();
  const leading = new Set<string>();
  let stopped = false;
  let poller: NodeJS.Timeout | undefined;
  let finish: (result: E.Either<RunnerError, void>) => void = () => undefined;
  const done = new Promise<E.Either<RunnerError, void>>((resolve) => (finish = resolve));

  const fail = async (error: RunnerError): Promise<void> => {
    if (stopped) return;
    stopped = true;
    clearInterval(poller);
    await Promise.all([...pipelines].map((p) => p.stop()));
    finish(E.left(error));
  };

  /** Activates the pipeline's building generations: the others stop writing to the old ones first. */
  const switchOver = async (from: Pipeline, targets: ReadonlyArray<Target>): Promise<E.Either<RunnerError, void>> => {
    for (const t of targets.filter((x) => x.generation.state === 'building')) {
      const catalog = await storage.catalog();
      if (E.isLeft(catalog)) return catalog;
      for (const old of catalog.right.filter((g) => g.name === t.generation.name && g.generation !== t.generation.generation))
        for (const p of pipelines) if (p !== from) await p.drop(old.name, old.generation);
      const activated = await storage.activate(t.generation.name, t.generation.generation);
      if (E.isLeft(activated)) return activated;
      t.generation = { ...t.generation, state: 'active' };
    }
    return E.right(undefined);
  };

  const launch = (targets: ReadonlyArray<Target>): Pipeline => {
    const pipeline: Pipeline = runPipeline(store, storage, targets, { batchSize, onCaughtUp: (ts) => switchOver(pipeline, ts) });
    pipelines.add(pipeline);
    void pipeline.done.then((result) => {
      pipelines.delete(pipeline);
      if (E.isLeft(result)) void fail(result.left);
    });
    return pipeline;
  };

  /** The generation each newly led read model keeps: resumed, created, or built beside another version. */
  const targetsFor = async (models: ReadonlyArray<ReadModelDefinition>): Promise<E.Either<RunnerError, ReadonlyArray<Target>>> => {
    const catalog = await storage.catalog();
    if (E.isLeft(catalog)) return catalog;
    const targets: Target[] = [];
    for (const model of models) {
      const mine = catalog.right.filter((g) => g.name === model.name);
      const active = mine.find((g) => g.state === 'active');
      const building = mine.find((g) => g.state === 'building' && g.version === model.version);
      if (active?.version === model.version) {
        targets.push(targetFor(model, active, false));
        continue;
      }
      if (building) {
        targets.push(targetFor(model, building, false));
        continue;
      }
      const created = await storage.create(model.name, model.version, model.tables, active ? 'building' : 'active');
      if (E.isLeft(created)) return created;
      targets.push(targetFor(model, created.right, true));
    }
    return E.right(targets);
  };

  const claim = async (): Promise<E.Either<RunnerError, void>> => {
    const won: ReadModelDefinition[] = [];
    for (const model of readModels.filter((m) => !leading.has(m.name))) {
      const lead = await storage.lead(model.name);
      if (E.isLeft(lead)) return lead;
      if (lead.right) {
        leading.add(model.name);
        won.push(model);
      }
    }
    if (won.length === 0 || stopped) return E.right(undefined);
    const targets = await targetsFor(won);
    if (E.isLeft(targets)) return targets;
    launch(targets.right);
    return E.right(undefined);
  };

  let claiming: Promise<E.Either<RunnerError, void>> = Promise.resolve(E.right(undefined));
  const claimInTurn = (): Promise<E.Either<RunnerError, void>> => (claiming = claiming.then(claim));

  return {
    done,
    start: async () => {
      const claimed = await claimInTurn();
      if (E.isLeft(claimed)) return claimed;
      poller = setInterval(() => {
        if (leading.size === readModels.length || stopped) return;
        void claimInTurn().then((r) => (E.isLeft(r) ? fail(r.left) : undefined));
      }, leaderPollMs);
      return E.right(undefined);
    },
    caughtUp: async () => {
      await claiming;
      await Promise.all([...pipelines].map((p) => Promise.race([p.caughtUp, p.done])));
    },
    rebuild: async (names) => {
      const models: ReadModelDefinition[] = [];
      for (const name of names) {
        const model = readModels.find((m) => m.name === name);
        if (!model) return E.left({ _tag: 'UnknownReadModel', name });
        if (!leading.has(name)) return E.left({ _tag: 'NotLeader', name });
        models.push(model);
      }
      const targets: Target[] = [];
      for (const model of models) {
        const created = await storage.create(model.name, model.version, model.tables, 'building');
        if (E.isLeft(created)) return created;
        targets.push(targetFor(model, created.right, true));
      }
      const pipeline = launch(targets);
      return Promise.race([pipeline.caughtUp.then(() => E.right(undefined)), pipeline.done]);
    },
    status: async () => {
      const catalog = await storage.catalog();
      if (E.isLeft(catalog)) return catalog;
      return E.right(
        readModels.map((m) => ({
          name: m.name,
          leading: leading.has(m.name),
          generations: catalog.right.filter((g) => g.name === m.name),
        })),
      );
    },
    stop: async () => {
      if (stopped) return;
      stopped = true;
      clearInterval(poller);
      await claiming;
      await Promise.all([...pipelines].map((p) => p.stop()));
      finish(E.right(undefined));
    },
  };
};
