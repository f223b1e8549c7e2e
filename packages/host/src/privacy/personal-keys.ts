import { either as E } from 'fp-ts';
import { createVault, type KeyStore, type Vault } from '@ocop/privacy';
import type { StoreLocation } from '@ocop/connect';
import { masterKeyPath } from '../config/config.js';
import { loadSecret } from '../config/secrets.js';
import { openKeyStore } from '../server/key-store.js';
import type { MasterKey } from './rotation.js';

export interface PersonalKeys {
  readonly keys: KeyStore;
  readonly masterKey: MasterKey;
  readonly vault: Vault;
}

/**
 * What seals and opens the personal data of a store, kept where the host keeps it: the master key from
 * OCOP_MASTER_KEY or ./data/master.key (made on first use when `createMasterKey`), the persons' keys beside
 * the events. The host and the command-line tools open the same ones, so that both read what either wrote.
 */
export const openPersonalKeys = async (options: {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly location: StoreLocation;
  readonly cwd: string;
  readonly dataDir: string;
  readonly createMasterKey: boolean;
}): Promise<E.Either<string, PersonalKeys>> => {
  const masterKey = loadSecret(options.env, 'OCOP_MASTER_KEY', masterKeyPath(options.dataDir), options.createMasterKey);
  if (E.isLeft(masterKey)) return E.left(masterKey.left.message);
  const keys = await openKeyStore(options.location, options.cwd, options.dataDir);
  if (E.isLeft(keys)) return keys;
  return E.right({
    keys: keys.right,
    masterKey: masterKey.right,
    vault: createVault({ keys: keys.right, masterKey: masterKey.right.key }),
  });
};
