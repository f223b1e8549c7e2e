import { resolve } from 'node:path';
import { either as E } from 'fp-ts';
import { postgresKeyStore, sqliteKeyStore, type KeyStore } from '@ocop/privacy';
import type { StoreLocation } from '@ocop/connect';

/**
 * The persons' keys beside the events: the SQLite file's own tables, or the PostgreSQL schema's. EventStoreDB
 * holds events only: its keys are kept in ./data/keys.sqlite.
 */
export const openKeyStore = async (location: StoreLocation, cwd: string, dataDir: string): Promise<E.Either<string, KeyStore>> => {
  switch (location.kind) {
    case 'sqlite':
      return E.mapLeft((e: { readonly message: string }) => e.message)(sqliteKeyStore(resolve(cwd, location.path)));
    case 'postgres':
      return E.mapLeft((e: { readonly message: string }) => e.message)(
        await postgresKeyStore({ connectionString: location.connectionString, schema: location.schema ?? 'ocop' }),
      );
    case 'esdb':
      return E.mapLeft((e: { readonly message: string }) => e.message)(sqliteKeyStore(resolve(dataDir, 'keys.sqlite')));
  }
};
