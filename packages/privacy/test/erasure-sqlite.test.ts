import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { either as E } from 'fp-ts';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '@ocop/store-sqlite';
import { sqliteKeyStore } from '../src/index.js';
import { CLEAR_VALUES, runErasure } from './erasure.js';

const dir = mkdtempSync(join(tmpdir(), 'ocop-privacy-'));
const path = join(dir, 'ocop.sqlite');
test.after(() => rmSync(dir, { recursive: true, force: true }));

const fileBytes = (): Buffer => Buffer.concat([path, `${path}-wal`].filter((p) => existsSync(p)).map((p) => readFileSync(p)));

test('erasing a representative on SQLite: the history verifies and folds, the person reads as erased, and neither their data nor their key is left in the file', async () => {
  const inner = await openSqliteStore({ path });
  const keys = sqliteKeyStore(path);
  if (E.isLeft(inner) || E.isLeft(keys)) throw new Error('cannot open SQLite');
  // Before the erasure the key is in the file: the check below can fail.
  const run = await runErasure(inner.right, keys.right, (wrapped) =>
    assert.ok(fileBytes().indexOf(wrapped) >= 0, 'the key should be in the file before'),
  );
  await inner.right.close();
  await keys.right.close();
  const bytes = fileBytes();
  for (const clear of CLEAR_VALUES) assert.is(bytes.indexOf(Buffer.from(clear, 'utf8')), -1, `"${clear}" is in the file`);
  assert.ok(run.wrappedKey.length === 60);
  assert.is(bytes.indexOf(run.wrappedKey), -1, "the erased person's wrapped key is still in the file");
});

test.run();
