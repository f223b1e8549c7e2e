// The writer thread of the SQLite read-model storage: it receives batches, writes each in one transaction on
// its own connection, and answers each with its result, in order.
import { parentPort, workerData } from 'node:worker_threads';
import { either as E } from 'fp-ts';
import { isWireCommit, sqliteCommitter } from './sqlite-commit.js';
import { openConnection } from './sqlite-connection.js';
import { unavailable } from './storage.js';

const port = parentPort;
const data: unknown = workerData;
const settings =
  typeof data === 'object' && data !== null && 'path' in data && 'busyTimeoutMs' in data
    ? { path: data.path, busy: data.busyTimeoutMs }
    : {};
if (port && typeof settings.path === 'string' && typeof settings.busy === 'number') {
  const opened = openConnection(settings.path, settings.busy);
  const commit = E.isRight(opened) ? sqliteCommitter(opened.right) : undefined;
  port.on('message', (message: unknown) => {
    if (message === 'close') {
      if (E.isRight(opened)) opened.right.close();
      port.close();
      return;
    }
    const commits: unknown = message;
    if (!commit) port.postMessage(opened);
    else if (!Array.isArray(commits) || !commits.every(isWireCommit))
      port.postMessage(E.left(unavailable('the writer thread received a malformed batch')));
    else port.postMessage(commit(commits));
  });
}
