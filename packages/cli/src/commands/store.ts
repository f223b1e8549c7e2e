import { resolve } from 'node:path';
import { either as E } from 'fp-ts';
import { chooseStoreUrl, describeConnectError, openStore, parseStoreUrl, redactStoreUrl, type OpenStoreOptions } from '@ocop/connect';
import { openPersonalKeys, type PersonalKeys } from '@ocop/host';
import type { EventStore } from '@ocop/eventstore';
import type { CommandIO } from '../io.js';
import type { CommandHost } from './host.js';

/**
 * Opens the store the host would use: `--store URL`, else OCOP_STORE, else `sqlite:./data/ocop.sqlite`; runs
 * `use` and closes the store. Says why on standard error and answers 2 when the store cannot be opened.
 */
export const withStore = async (
  host: CommandHost,
  io: CommandIO,
  given: string | undefined,
  options: Pick<OpenStoreOptions, 'mustExist'>,
  use: (store: EventStore, url: string) => Promise<0 | 1 | 2>,
): Promise<0 | 1 | 2> => {
  const url = chooseStoreUrl(given, host.env);
  const opened = await openStore(url, { cwd: host.cwd, ...options });
  if (E.isLeft(opened)) {
    io.err(describeConnectError(opened.left));
    return 2;
  }
  try {
    return await use(opened.right, redactStoreUrl(url));
  } finally {
    await opened.right.close();
  }
};

/**
 * Opens the keys that seal and open the store's personal data, where the host keeps them (./data beside the
 * caller, or OCOP_MASTER_KEY); `createMasterKey` makes a master key on first use, as the host would. Runs `use`
 * and closes the key store. Says why on standard error and answers 2 when they cannot be opened.
 */
export const withPersonalKeys = async (
  host: CommandHost,
  io: CommandIO,
  given: string | undefined,
  createMasterKey: boolean,
  use: (keys: PersonalKeys) => Promise<0 | 1 | 2>,
): Promise<0 | 1 | 2> => {
  const location = parseStoreUrl(chooseStoreUrl(given, host.env));
  if (E.isLeft(location)) {
    io.err(describeConnectError(location.left));
    return 2;
  }
  const opened = await openPersonalKeys({
    env: host.env,
    location: location.right,
    cwd: host.cwd,
    dataDir: resolve(host.cwd, 'data'),
    createMasterKey,
  });
  if (E.isLeft(opened)) {
    io.err(`the keys of personal data cannot be opened: ${opened.left}`);
    return 2;
  }
  try {
    return await use(opened.right);
  } finally {
    await opened.right.keys.close();
  }
};
