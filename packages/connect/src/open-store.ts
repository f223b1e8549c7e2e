import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { either as E } from 'fp-ts';
import type { ValidationFailure } from '@ocop/kernel';
import type { EventStore, StoreError } from '@ocop/eventstore';
import { openEsdbStore } from '@ocop/store-esdb';
import { openPostgresStore } from '@ocop/store-postgres';
import { openSqliteStore } from '@ocop/store-sqlite';
import { redactStoreUrl, type ConnectError } from './errors.js';
import { parseStoreUrl } from './store-url.js';

export interface OpenStoreOptions {
  /** The directory a relative SQLite path starts from; the process's working directory by default. */
  readonly cwd?: string;
  /**
   * Refuse a SQLite file that does not exist instead of creating an empty store there: a reader such as an
   * audit must not report on a store it has just made up. (PostgreSQL creates the schema when missing.)
   */
  readonly mustExist?: boolean;
}

/**
 * Opens the event store a URL names. The host and the command line both choose their store this way, so that
 * `OCOP_STORE=postgres://… ocop audit verify` audits what the host writes.
 */
export const openStore = async (url: string, options: OpenStoreOptions = {}): Promise<E.Either<ConnectError, EventStore>> => {
  const location = parseStoreUrl(url);
  if (E.isLeft(location)) return location;
  const shown = redactStoreUrl(url);
  const cannotOpen = (error: ValidationFailure | StoreError): E.Either<ConnectError, EventStore> =>
    E.left({ _tag: 'StoreCannotOpen', url: shown, error });
  const l = location.right;
  switch (l.kind) {
    case 'sqlite': {
      const path = resolve(options.cwd ?? process.cwd(), l.path);
      if (options.mustExist === true && !existsSync(path)) return E.left({ _tag: 'NoSuchStore', url: shown, path });
      const opened = await openSqliteStore({ path });
      return E.isLeft(opened) ? cannotOpen(opened.left) : opened;
    }
    case 'postgres': {
      const opened = await openPostgresStore({
        connectionString: l.connectionString,
        ...(l.schema === undefined ? {} : { schema: l.schema }),
      });
      return E.isLeft(opened) ? cannotOpen(opened.left) : opened;
    }
    case 'esdb': {
      const opened = await openEsdbStore({ connectionString: l.connectionString });
      return E.isLeft(opened) ? cannotOpen(opened.left) : opened;
    }
  }
};
