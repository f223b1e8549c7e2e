import { either as E } from 'fp-ts';
import { SqliteError } from 'better-sqlite3';
import { storeUnavailable, type StoreError } from '@ocop/eventstore';

// SQLite's primary result codes that mean the database cannot serve, as opposed to a defect in our SQL.
const unavailable = [
  'SQLITE_BUSY',
  'SQLITE_LOCKED',
  'SQLITE_IOERR',
  'SQLITE_CORRUPT',
  'SQLITE_NOTADB',
  'SQLITE_FULL',
  'SQLITE_CANTOPEN',
  'SQLITE_READONLY',
  'SQLITE_PERM',
  'SQLITE_NOMEM',
];

export const isUnavailable = (error: unknown): error is Error =>
  (error instanceof SqliteError && unavailable.some((code) => error.code.startsWith(code))) ||
  (error instanceof TypeError && error.message.includes('database connection is not open'));

/** Runs a database operation, turning "the database cannot serve" into `StoreUnavailable`; defects still throw. */
export const guarded = <A>(operation: () => E.Either<StoreError, A>): E.Either<StoreError, A> => {
  try {
    return operation();
  } catch (error) {
    if (isUnavailable(error)) return E.left(storeUnavailable(`SQLite: ${error.message}`));
    throw error;
  }
};
