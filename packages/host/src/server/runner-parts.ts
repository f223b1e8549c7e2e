// The parts of the host's runner threads: the store at the host's URL, read as it is stored (sealed personal
// values stay sealed, as the host's own reads give them), and the read models' storage beside it.
import { either as E } from 'fp-ts';
import { describeConnectError, openStore, parseStoreUrl } from '@ocop/connect';
import { allReadModels, runnerParts, type OpenRunnerParts } from '@ocop/projections';
import { openProjectionStorage } from './projection-storage.js';

export const openRunnerParts: OpenRunnerParts = async (data) => {
  const given = typeof data === 'object' && data !== null ? data : {};
  const storeUrl = 'storeUrl' in given ? given.storeUrl : undefined;
  const cwd = 'cwd' in given ? given.cwd : undefined;
  const dataDir = 'dataDir' in given ? given.dataDir : undefined;
  if (typeof storeUrl !== 'string' || typeof cwd !== 'string' || typeof dataDir !== 'string')
    return E.left('expected the store URL, the working directory and the data directory');
  const location = parseStoreUrl(storeUrl);
  if (E.isLeft(location)) return E.left(describeConnectError(location.left));
  const store = await openStore(storeUrl);
  if (E.isLeft(store)) return E.left(describeConnectError(store.left));
  const storage = await openProjectionStorage(location.right, cwd, dataDir);
  if (E.isLeft(storage)) {
    await store.right.close();
    return storage;
  }
  return E.right(runnerParts(store.right, storage.right, allReadModels));
};
