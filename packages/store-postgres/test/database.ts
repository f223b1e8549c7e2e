// Test support: the PostgreSQL the tests use, and a fresh schema per store so that test runs never meet.
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { right, steppingClock, type OpenedStore } from '@ocop/eventstore/contract';
import type { Instant } from '@ocop/kernel';
import { openPostgresStore, type PostgresStoreOptions } from '../src/index.js';

export const connectionString = process.env['OCOP_TEST_POSTGRES'] ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Whether PostgreSQL answers; under CI it must, elsewhere its tests are skipped when it does not. */
export const postgresReachable = async (): Promise<boolean> => {
  const client = new Client({ connectionString, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
};

export const freshSchema = (): string => `ocop_test_${process.pid}_${randomBytes(4).toString('hex')}`;

export const dropSchema = async (schema: string): Promise<void> => {
  const client = new Client({ connectionString });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
};

/** A store on a fresh schema; disposing of it closes it and drops the schema. */
export const openTestStore = async (
  options: Partial<PostgresStoreOptions> & { readonly clock?: () => Instant } = {},
): Promise<OpenedStore & { readonly schema: string }> => {
  const schema = freshSchema();
  const store = right(await openPostgresStore({ connectionString, schema, clock: steppingClock(), ...options }), 'opening the store');
  return {
    store,
    schema,
    dispose: async () => {
      await store.close();
      await dropSchema(schema);
    },
  };
};

/**
 * Registers the tests of a file: all of them when PostgreSQL answers; when it does not, one failing test
 * under CI=true (CI starts PostgreSQL, so its absence is a failure) and a skipped one elsewhere.
 */
export const whenPostgres = async (
  register: () => void,
  test: { (name: string, fn: () => void): void; skip: (name: string, fn: () => void) => void },
): Promise<void> => {
  if (await postgresReachable()) return register();
  const name = `PostgreSQL at ${connectionString.replace(/\/\/[^@]*@/, '//')} is reachable`;
  if (process.env['CI'] === 'true')
    test(name, () => {
      throw new Error('PostgreSQL is not reachable, and CI=true requires it');
    });
  else test.skip(name, () => undefined);
};
