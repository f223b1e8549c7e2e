import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { either as E } from 'fp-ts';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openPostgresStore } from '@ocop/store-postgres';
import { postgresKeyStore, rotateMasterKey, unwrapKey } from '../src/index.js';
import { CLEAR_VALUES, ERASED_PERSON, MASTER_KEY, runErasure } from './erasure.js';

const connectionString = process.env['OCOP_TEST_POSTGRES'] ?? 'postgres://postgres@127.0.0.1:5432/test';
const schema = `ocop_privacy_${process.pid}_${randomBytes(4).toString('hex')}`;

const query = async <R extends pg.QueryResultRow>(sql: string): Promise<R[]> => {
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    return (await client.query<R>(sql)).rows;
  } finally {
    await client.end();
  }
};

const reachable = async (): Promise<boolean> => {
  try {
    await query('SELECT 1');
    return true;
  } catch {
    return false;
  }
};

/** Every row of every table of the schema, as text; bytea columns read as hex. */
const tablesAsText = async (): Promise<string> => {
  const tables = await query<{ table_name: string }>(`SELECT table_name FROM information_schema.tables WHERE table_schema = '${schema}'`);
  let text = '';
  for (const { table_name } of tables)
    for (const row of await query<{ t: string }>(`SELECT t::text AS t FROM "${schema}"."${table_name}" t`)) text += row.t;
  return text;
};

/** The files of the schema's tables on disk, when this process may read them (it may as root, as in CI). */
const tableFiles = async (): Promise<Buffer | undefined> => {
  const [dir] = await query<{ setting: string }>("SELECT setting FROM pg_settings WHERE name = 'data_directory'");
  const files = await query<{ path: string }>(
    `SELECT pg_relation_filepath(c.oid) AS path FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = '${schema}' AND c.relkind IN ('r', 't')`,
  );
  if (!dir) return undefined;
  const paths = files.map((f) => join(dir.setting, f.path));
  if (!paths.every((p) => existsSync(p))) return undefined;
  try {
    return Buffer.concat(paths.map((p) => readFileSync(p)));
  } catch {
    return undefined;
  }
};

const register = (): void => {
  test('erasing a representative on PostgreSQL: the history verifies and folds, and neither the data nor the key is left in the tables', async () => {
    const inner = await openPostgresStore({ connectionString, schema });
    const keys = await postgresKeyStore({ connectionString, schema });
    if (E.isLeft(inner) || E.isLeft(keys))
      throw new Error(`cannot open PostgreSQL: ${JSON.stringify(E.isLeft(inner) ? inner.left : keys)}`);
    try {
      const run = await runErasure(inner.right, keys.right, async (wrapped) => {
        assert.ok((await tablesAsText()).includes(wrapped.toString('hex')), 'the key should be in the tables before');
      });
      await query('CHECKPOINT');
      const text = await tablesAsText();
      for (const clear of CLEAR_VALUES) assert.not.ok(text.includes(clear), `"${clear}" is in a table`);
      assert.not.ok(text.includes(run.wrappedKey.toString('hex')), "the erased person's wrapped key is still in a table");
      const files = await tableFiles();
      if (files)
        for (const clear of CLEAR_VALUES) assert.is(files.indexOf(Buffer.from(clear, 'utf8')), -1, `"${clear}" is in a table file`);
      // A dead row version may keep the old wrapped key in a page while any transaction could still see it.
      // Rotating the master key makes such remnants useless: they were wrapped by a key that is destroyed.
      const newMaster = randomBytes(32);
      assert.ok(E.isRight(await rotateMasterKey(keys.right, MASTER_KEY, newMaster)));
      assert.ok(E.isLeft(unwrapKey(newMaster, ERASED_PERSON, run.wrappedKey)));
    } finally {
      await inner.right.close();
      await keys.right.close();
      await query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    }
  });
};

if (await reachable()) register();
else if (process.env['CI'] === 'true')
  test('PostgreSQL is reachable', () => {
    throw new Error('PostgreSQL is not reachable, and CI=true requires it');
  });
else test.skip('PostgreSQL is reachable', () => undefined);

test.run();
