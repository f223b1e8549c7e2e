import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { either as E } from 'fp-ts';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openPostgresStore } from '@ocop/store-postgres';
import { postgresKeyStore, rotateMasterKey, unwrapKey } from '@ocop/privacy';
import { ERASED_PERSON, MASTER_KEY, runErasure } from './erasure.js';
import { fileBytes } from './support.js';
import { tracesIn } from './traces.js';

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

/**
 * The files on disk of the schema's tables (events and keys), their indexes and their TOAST tables, where
 * PostgreSQL moves large values; when this process may read them (it may as root, as in CI).
 */
const tableFiles = async (): Promise<Buffer | undefined> => {
  const [dir] = await query<{ setting: string }>("SELECT setting FROM pg_settings WHERE name = 'data_directory'");
  const files = await query<{ path: string }>(
    `SELECT pg_relation_filepath(r.oid) AS path FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_class r ON r.oid IN (c.oid, c.reltoastrelid)
     WHERE n.nspname = '${schema}' AND c.relkind IN ('r', 'i')`,
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
  test('erasing a representative on PostgreSQL: the auditor verifies the history with no finding and still explains every decision, read models rebuilt from zero read the person as erased, and none of their data nor their key is left in the tables, their files or the read-model file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ocop-privacy-'));
    const readModelPath = join(dir, 'read-models.sqlite');
    const inner = await openPostgresStore({ connectionString, schema });
    const keys = await postgresKeyStore({ connectionString, schema });
    if (E.isLeft(inner) || E.isLeft(keys))
      throw new Error(`cannot open PostgreSQL: ${JSON.stringify(E.isLeft(inner) ? inner.left : keys)}`);
    try {
      const run = await runErasure(inner.right, keys.right, readModelPath, async (wrapped) => {
        assert.ok((await tablesAsText()).includes(wrapped.toString('hex')), 'the key should be in the tables before');
      });
      await query('CHECKPOINT');
      const text = await tablesAsText();
      assert.equal(tracesIn(Buffer.from(text, 'utf8'), run.traces), [], 'in the tables of events and keys');
      assert.not.ok(text.includes(run.wrappedKey.toString('hex')), "the erased person's wrapped key is still in a table");
      const files = await tableFiles();
      if (files) assert.equal(tracesIn(files, run.traces), [], 'in the table files');
      assert.equal(tracesIn(fileBytes(readModelPath), run.traces), [], 'in the read-model file');
      // A dead row version may keep the old wrapped key in a page while any transaction could still see it.
      // Rotating the master key makes such remnants useless: they were wrapped by a key that is destroyed.
      const newMaster = randomBytes(32);
      assert.ok(E.isRight(await rotateMasterKey(keys.right, MASTER_KEY, newMaster)));
      assert.ok(E.isLeft(unwrapKey(newMaster, ERASED_PERSON, run.wrappedKey)));
    } finally {
      await inner.right.close();
      await keys.right.close();
      await query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      rmSync(dir, { recursive: true, force: true });
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
