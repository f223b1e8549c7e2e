import { resolve } from 'node:path';
import { either as E } from 'fp-ts';
import type { StoreLocation } from '@ocop/connect';
import { describeStorageError, postgresStorage, sqliteStorage, type ProjectionStorage } from '@ocop/projections';

/** Where the read models of a store are kept: beside a SQLite file, in a schema of its PostgreSQL database, or in ./data. */
export const openProjectionStorage = async (
  location: StoreLocation,
  cwd: string,
  dataDir: string,
): Promise<E.Either<string, ProjectionStorage>> => {
  switch (location.kind) {
    case 'sqlite':
      // A file of their own, so that a rebuild's long transactions never hold up appends.
      return E.mapLeft(describeStorageError)(sqliteStorage({ path: `${resolve(cwd, location.path)}.read-models` }));
    case 'postgres':
      return E.mapLeft(describeStorageError)(
        await postgresStorage({ connectionString: location.connectionString, schema: `${location.schema ?? 'ocop'}_read_models` }),
      );
    case 'esdb':
      // EventStoreDB holds events only: the read models are kept in ./data.
      return E.mapLeft(describeStorageError)(sqliteStorage({ path: resolve(dataDir, 'read-models.sqlite') }));
  }
};
