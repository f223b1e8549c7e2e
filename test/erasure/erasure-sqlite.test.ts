import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { either as E } from 'fp-ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '@ocop/store-sqlite';
import { sqliteKeyStore } from '@ocop/privacy';
import { runErasure } from './erasure.js';
import { fileBytes } from './support.js';
import { tracesIn } from './traces.js';

const dir = mkdtempSync(join(tmpdir(), 'ocop-privacy-'));
/** The events and, in their own tables of the same file, the key store. */
const path = join(dir, 'ocop.sqlite');
const readModelPath = join(dir, 'read-models.sqlite');
test.after(() => rmSync(dir, { recursive: true, force: true }));

test('erasing a representative on SQLite: the auditor verifies the history with no finding and still explains every decision, read models rebuilt from zero read the person as erased, and none of their data nor their key is left in the store, key store or read-model files', async () => {
  const inner = await openSqliteStore({ path });
  const keys = sqliteKeyStore(path);
  if (E.isLeft(inner) || E.isLeft(keys)) throw new Error('cannot open SQLite');
  // Before the erasure the key is in the file: the check below can fail.
  const run = await runErasure(inner.right, keys.right, readModelPath, (wrapped) =>
    assert.ok(fileBytes(path).indexOf(wrapped) >= 0, 'the key should be in the file before'),
  );
  await inner.right.close();
  await keys.right.close();
  assert.equal(tracesIn(fileBytes(path), run.traces), [], 'in the store and key store file');
  assert.equal(tracesIn(fileBytes(readModelPath), run.traces), [], 'in the read-model file');
  assert.ok(run.wrappedKey.length === 60);
  assert.is(fileBytes(path).indexOf(run.wrappedKey), -1, "the erased person's wrapped key is still in the file");
});

test.run();
