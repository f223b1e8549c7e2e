// PostgreSQL for the tests: a fresh schema per use; without PostgreSQL its tests are skipped, except under
// CI=true, where CI starts it and its absence is a failure.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const connectionString = process.env['OCOP_TEST_POSTGRES'] ?? 'postgres://postgres@127.0.0.1:5432/test';

export const freshSchema = (what: string): string => `ocop_test_${what}_${process.pid}_${randomBytes(4).toString('hex')}`;

export const dropSchemas = async (...schemas: ReadonlyArray<string>): Promise<void> => {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    for (const s of schemas) await client.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
  } finally {
    await client.end();
  }
};

const reachable = async (): Promise<boolean> => {
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: 3000 });
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

/** Registers the tests when PostgreSQL answers; otherwise one skipped test, or under CI=true one that fails. */
export const whenPostgres = async (
  register: () => void,
  test: { (name: string, fn: () => void): void; skip: (name: string, fn: () => void) => void },
): Promise<void> => {
  if (await reachable()) return register();
  const name = `PostgreSQL at ${connectionString.replace(/\/\/[^@]*@/, '//')} is reachable`;
  if (process.env['CI'] === 'true')
    test(name, () => {
      throw new Error('PostgreSQL is not reachable, and CI=true requires it');
    });
  else test.skip(name, () => undefined);
};
