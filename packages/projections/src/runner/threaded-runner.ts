import type { Worker } from 'node:worker_threads';
import { either as E } from 'fp-ts';
import * as t from 'io-ts';
import { startModuleWorker } from '@ocop/eventstore';
import { unavailable, type Generation } from '../storage/storage.js';
import type { RunnerError } from './errors.js';
import { defaultBatchSize } from './pipeline.js';
import type { ReadModelStatus, Runner } from './runner.js';
import { isThreadReply, type ThreadQuestion, type ThreadRequest } from './thread-messages.js';

export interface ThreadedRunnerOptions {
  /**
   * The module each thread opens its parts with (its URL; it exports `openRunnerParts`, see `RunnerParts`), and
   * the data it is given: a store, a storage and the read models cannot cross threads, their addresses can.
   */
  readonly parts: { readonly module: string; readonly data: unknown };
  /** The read models each thread keeps, by name: one thread per group, each name in one group. */
  readonly groups: ReadonlyArray<ReadonlyArray<string>>;
  /** Events per transaction at most, in each thread (see `RunnerOptions`). 5,000 by default. */
  readonly batchSize?: number;
}

// Folding allocates many documents that die young; a larger young generation than Node's default makes the
// collector's work about a third of what it is (measured on the national rebuild).
const youngGenerationMb = 96;

const runnerTags = new Set([
  'StorageUnavailable',
  'CheckpointMoved',
  'GenerationGone',
  'CorruptDocument',
  'UndecodableEvent',
  'SubscriptionFailed',
  'UnknownReadModel',
  'NotLeader',
]);
// The threads send what their runners answered: checked by tag, as at any boundary.
const isRunnerError = (u: unknown): u is RunnerError => t.UnknownRecord.is(u) && typeof u['_tag'] === 'string' && runnerTags.has(u['_tag']);
const isGeneration = (u: unknown): u is Generation =>
  t.UnknownRecord.is(u) &&
  typeof u['name'] === 'string' &&
  typeof u['generation'] === 'number' &&
  typeof u['version'] === 'number' &&
  (u['state'] === 'active' || u['state'] === 'building') &&
  (u['checkpoint'] === null || typeof u['checkpoint'] === 'string');
const isStatus = (u: unknown): u is ReadModelStatus =>
  t.UnknownRecord.is(u) &&
  typeof u['name'] === 'string' &&
  typeof u['leading'] === 'boolean' &&
  Array.isArray(u['generations']) &&
  u['generations'].every(isGeneration);

const asRunnerError = (u: unknown): RunnerError => (isRunnerError(u) ? u : unavailable(`a runner thread failed: ${JSON.stringify(u)}`));

interface Thread {
  readonly names: ReadonlyArray<string>;
  readonly worker: Worker;
  readonly ask: (question: ThreadQuestion) => Promise<E.Either<RunnerError, unknown>>;
  readonly done: Promise<E.Either<RunnerError, void>>;
}

/**
 * A runner whose read models are kept by several threads, one group each, so that a rebuild uses several
 * cores: each thread opens its own store and storage (through the parts module) and reads only the event
 * types its read models fold. It answers as one runner; a thread that fails stops the others.
 */
export const createThreadedRunner = (options: ThreadedRunnerOptions): Runner => {
  const batchSize = options.batchSize ?? defaultBatchSize;
  let stopping = false;

  const thread = (names: ReadonlyArray<string>): Thread => {
    const worker = startModuleWorker(import.meta.url, 'runner-thread', {
      workerData: { module: options.parts.module, data: options.parts.data, names, batchSize },
      resourceLimits: { maxYoungGenerationSizeMb: youngGenerationMb },
      // A parts module in TypeScript (a test's, a benchmark's) is loaded through tsx even by the built runner.
      ...(options.parts.module.endsWith('.ts') ? { typescript: true } : {}),
    });
    const waiting = new Map<number, (result: E.Either<RunnerError, unknown>) => void>();
    let next = 0;
    let gone: RunnerError | undefined;
    let end: (result: E.Either<RunnerError, void>) => void = () => undefined;
    const done = new Promise<E.Either<RunnerError, void>>((resolve) => (end = resolve));
    const lost = (reason: string): void => {
      gone ??= unavailable(`the runner thread of ${names.join(', ')} stopped: ${reason}`);
      for (const answer of waiting.values()) answer(E.left(gone));
      waiting.clear();
      end(stopping ? E.right(undefined) : E.left(gone));
    };
    worker.on('message', (m: unknown) => {
      if (!isThreadReply(m)) return;
      const result = E.mapLeft(asRunnerError)(m.result);
      if ('op' in m) return end(E.map(() => undefined)(result));
      waiting.get(m.id)?.(result);
      waiting.delete(m.id);
    });
    worker.on('error', (e) => lost(e.message));
    worker.on('exit', (code) => lost(`exit code ${code}`));
    return {
      names,
      worker,
      done,
      ask: (question) =>
        new Promise((resolve) => {
          // A thread that has stopped answers nothing more.
          if (gone) return resolve(E.left(gone));
          const id = next++;
          waiting.set(id, resolve);
          const request: ThreadRequest = { ...question, id };
          worker.postMessage(request);
        }),
    };
  };

  const threads = options.groups.map(thread);
  const all = async (results: ReadonlyArray<Promise<E.Either<RunnerError, unknown>>>): Promise<E.Either<RunnerError, void>> => {
    for (const r of await Promise.all(results)) if (E.isLeft(r)) return r;
    return E.right(undefined);
  };

  const stop = async (): Promise<void> => {
    if (stopping) return;
    stopping = true;
    await Promise.all(threads.map((t) => t.ask({ op: 'stop' })));
    await Promise.all(threads.map((t) => t.worker.terminate()));
  };

  // The first thread to fail ends the runner: the others are stopped.
  const done = new Promise<E.Either<RunnerError, void>>((resolve) => {
    let left = threads.length;
    for (const t of threads)
      void t.done.then(async (result) => {
        if (E.isLeft(result)) {
          await stop();
          resolve(result);
        } else if (--left === 0) resolve(E.right(undefined));
      });
  });

  return {
    done,
    start: () => all(threads.map((t) => t.ask({ op: 'start' }))),
    caughtUp: async () => {
      await all(threads.map((t) => t.ask({ op: 'caughtUp' })));
    },
    rebuild: async (names) => {
      const unknown = names.find((n) => !threads.some((t) => t.names.includes(n)));
      if (unknown !== undefined) return E.left({ _tag: 'UnknownReadModel', name: unknown });
      return all(
        threads
          .map((t) => ({ t, mine: names.filter((n) => t.names.includes(n)) }))
          .filter(({ mine }) => mine.length > 0)
          .map(({ t, mine }) => t.ask({ op: 'rebuild', names: mine })),
      );
    },
    status: async () => {
      const statuses: ReadModelStatus[] = [];
      for (const answer of await Promise.all(threads.map((t) => t.ask({ op: 'status' })))) {
        if (E.isLeft(answer)) return answer;
        const list: unknown = answer.right;
        if (!Array.isArray(list) || !list.every(isStatus)) return E.left(unavailable('a runner thread answered its status with nonsense'));
        statuses.push(...list);
      }
      return E.right(statuses);
    },
    stop,
  };
};
