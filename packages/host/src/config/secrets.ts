import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { either as E } from 'fp-ts';

/** Why a secret could not be had. */
export interface SecretError {
  readonly _tag: 'SecretError';
  readonly message: string;
}

const fail = (message: string): E.Either<SecretError, never> => E.left({ _tag: 'SecretError', message });

/**
 * Writes `bytes` to `path` readable by its owner only (0600), atomically: a reader sees the old file or the
 * new one, never half of it.
 */
export const writeSecretFile = (path: string, text: string): void => {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, text, { mode: 0o600 });
  chmodSync(temporary, 0o600);
  renameSync(temporary, path);
};

/**
 * A 32-byte secret, base64: from the environment variable when set, else from `path`, which is created with
 * a new random secret (mode 0600) on first use unless `create` is false. A file readable by others is refused.
 */
export const loadSecret = (
  env: Readonly<Record<string, string | undefined>>,
  variable: string,
  path: string,
  create = true,
): E.Either<SecretError, { readonly key: Buffer; readonly from: 'environment' | 'file' }> => {
  const fromEnv = env[variable];
  const decode = (text: string, where: string): E.Either<SecretError, Buffer> => {
    const key = Buffer.from(text.trim(), 'base64');
    return key.length === 32 ? E.right(key) : fail(`${where} must hold 32 bytes in base64 (it holds ${key.length})`);
  };
  if (fromEnv !== undefined && fromEnv !== '')
    return E.map((key: Buffer) => ({ key, from: 'environment' as const }))(decode(fromEnv, variable));
  try {
    if (!existsSync(path)) {
      if (!create) return fail(`${variable} is not set and ${path} does not exist`);
      writeSecretFile(path, `${randomBytes(32).toString('base64')}\n`);
    }
    const mode = statSync(path).mode & 0o077;
    if (mode !== 0) return fail(`${path} is readable by other users (mode ${(statSync(path).mode & 0o777).toString(8)}); chmod 600 it`);
    return E.map((key: Buffer) => ({ key, from: 'file' as const }))(decode(readFileSync(path, 'utf8'), path));
  } catch (e) {
    return fail(`${path}: ${e instanceof Error ? e.message : String(e)}`);
  }
};
