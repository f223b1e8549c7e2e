// A runner thread: opens its parts with the module it is given, keeps the read models of its group with a
// runner of its own, and answers the threaded runner's requests.
import { parentPort, workerData } from 'node:worker_threads';
import { either as E } from 'fp-ts';
import * as t from 'io-ts';
import { unavailable } from '../storage/storage.js';
import { createRunner, type Runner } from './runner.js';
import type { OpenRunnerParts, RunnerParts } from './runner-parts.js';
import { isThreadRequest, type ThreadReply, type ThreadRequest } from './thread-messages.js';

const isOpener = (f: unknown): f is OpenRunnerParts => typeof f === 'function';
const isParts = (u: unknown): u is RunnerParts =>
  t.UnknownRecord.is(u) &&
  t.UnknownRecord.is(u['store']) &&
  t.UnknownRecord.is(u['storage']) &&
  Array.isArray(u['readModels']) &&
  typeof u['close'] === 'function';

const port = parentPort;
const data: unknown = workerData;
const settings =
  t.UnknownRecord.is(data) &&
  typeof data['module'] === 'string' &&
  typeof data['batchSize'] === 'number' &&
  Array.isArray(data['names']) &&
  data['names'].every((n): n is string => typeof n === 'string')
    ? { module: data['module'], names: data['names'], batchSize: data['batchSize'], parts: data['data'] }
    : undefined;

/** Sends a reply; a value that cannot cross threads (a function in an error) is sent as its description. */
const send = (reply: ThreadReply): void => {
  try {
    port?.postMessage(reply);
  } catch (error) {
    port?.postMessage({ ...reply, result: E.left(unavailable(`an answer that cannot cross threads: ${String(error)}`)) });
  }
};

/** Opens the parts and the runner of this thread's group. */
const open = async (
  s: NonNullable<typeof settings>,
): Promise<E.Either<unknown, { readonly parts: RunnerParts; readonly runner: Runner }>> => {
  const loaded: unknown = await import(s.module);
  const opener = t.UnknownRecord.is(loaded) ? loaded['openRunnerParts'] : undefined;
  if (!isOpener(opener)) return E.left(unavailable(`${s.module} exports no openRunnerParts`));
  const opened: unknown = await opener(s.parts);
  if (!t.UnknownRecord.is(opened) || (opened['_tag'] !== 'Left' && opened['_tag'] !== 'Right'))
    return E.left(unavailable(`${s.module}: openRunnerParts answered nonsense`));
  if (opened['_tag'] === 'Left') return E.left(unavailable(`the runner's parts cannot be opened: ${String(opened['left'])}`));
  const parts: unknown = opened['right'];
  if (!isParts(parts))
    return E.left(unavailable(`${s.module}: openRunnerParts opened something else than a store, a storage and read models`));
  const unknown = s.names.find((name) => !parts.readModels.some((m) => m.name === name));
  if (unknown !== undefined) {
    await parts.close();
    return E.left({ _tag: 'UnknownReadModel', name: unknown });
  }
  const runner = createRunner({
    store: parts.store,
    storage: parts.storage,
    readModels: parts.readModels.filter((m) => s.names.includes(m.name)),
    batchSize: s.batchSize,
  });
  void runner.done.then((result) => send({ op: 'done', result }));
  return E.right({ parts, runner });
};

if (port && settings) {
  // A module that cannot be imported, or an opener that throws, is an answer like any other failure to open.
  const opening = open(settings).catch((error: unknown) => E.left(unavailable(`the runner's parts cannot be opened: ${String(error)}`)));
  const answer = async (request: ThreadRequest): Promise<E.Either<unknown, unknown>> => {
    const opened = await opening;
    if (E.isLeft(opened)) return request.op === 'stop' ? E.right(undefined) : opened;
    const { runner, parts } = opened.right;
    switch (request.op) {
      case 'start':
        return runner.start();
      case 'caughtUp':
        return runner.caughtUp().then(() => E.right(undefined));
      case 'rebuild':
        return runner.rebuild(request.names);
      case 'status':
        return runner.status();
      case 'stop':
        await runner.stop();
        await parts.close();
        return E.right(undefined);
    }
  };
  port.on('message', (message: unknown) => {
    if (!isThreadRequest(message)) return;
    void answer(message).then((result) => send({ id: message.id, result }));
  });
}
