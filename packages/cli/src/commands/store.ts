import { either as E } from 'fp-ts';
import { chooseStoreUrl, describeConnectError, openStore, redactStoreUrl, type OpenStoreOptions } from '@ocop/connect';
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
