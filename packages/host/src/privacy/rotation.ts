import { randomBytes } from 'node:crypto';
import { renameSync } from 'node:fs';
import { either as E } from 'fp-ts';
import { createVault, rotateMasterKey, type KeyStore, type Vault } from '@ocop/privacy';
import { masterKeyPath } from '../config/config.js';
import { writeSecretFile } from '../config/secrets.js';
import { problem, type Problem } from '../http/problem.js';

export interface MasterKey {
  readonly key: Buffer;
  readonly from: 'environment' | 'file';
}

/**
 * Rotates the master key kept in ./data/master.key: a new key is written beside it first (master.key.next),
 * every person's key is re-wrapped under it, then it replaces the old file, and the host's vault switches.
 * After an erasure this leaves nothing that opens the erased key, in a dead row or in a backup. A master key
 * given by OCOP_MASTER_KEY is the operator's to rotate (docs/api.md: stop the host, run the rotation script).
 */
export const masterKeyRotation = (options: {
  readonly keys: KeyStore;
  readonly initial: MasterKey;
  readonly dataDir: string;
  readonly replaceVault: (v: Vault) => void;
}) => {
  let current = options.initial;
  return async (): Promise<E.Either<Problem, { readonly rewrapped: number }>> => {
    if (current.from === 'environment')
      return E.left(
        problem(
          409,
          'MasterKeyFromEnvironment',
          'the master key comes from OCOP_MASTER_KEY: rotate it offline (docs/api.md, "Erasure and key rotation")',
        ),
      );
    const path = masterKeyPath(options.dataDir);
    const next = randomBytes(32);
    writeSecretFile(`${path}.next`, `${next.toString('base64')}\n`);
    const rewrapped = await rotateMasterKey(options.keys, current.key, next);
    if (E.isLeft(rewrapped))
      return E.left(problem(503, 'KeyStoreUnavailable', `the keys could not be re-wrapped: ${rewrapped.left.message}; nothing changed`));
    renameSync(`${path}.next`, path);
    current = { key: next, from: 'file' };
    options.replaceVault(createVault({ keys: options.keys, masterKey: next }));
    return E.right({ rewrapped: rewrapped.right });
  };
};
