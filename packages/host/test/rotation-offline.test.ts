// A master key given in the environment is rotated offline: the running host refuses to (409), and the
// rotation script re-wraps every key, after which the host opens personal data with the new key only.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { randomBytes } from 'node:crypto';
import { either as E } from 'fp-ts';
import { silentLog, startHost } from '../src/index.js';
import { accounts } from './support/accounts.js';
import { at, client } from './support/host.js';
import { issueToken } from '../src/index.js';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../../..');

test('OCOP_MASTER_KEY is rotated offline with the script; the host then opens data with the new key', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ocop-rotate-'));
  const storeUrl = `sqlite:${join(dir, 'ocop.sqlite')}`;
  const oldKey = randomBytes(32).toString('base64');
  const newKey = randomBytes(32).toString('base64');
  const start = async (master: string) => {
    const h = await startHost({
      storeUrl,
      dataDir: join(dir, 'data'),
      env: { OCOP_MASTER_KEY: master },
      port: 0,
      log: silentLog,
      loadExample: true,
    });
    if (E.isLeft(h)) throw new Error(h.left.message);
    await h.right.caughtUp();
    return h.right;
  };
  try {
    const first = await start(oldKey);
    const admin = client(first, await issueToken(first.tokenSecret, accounts.admin, 600));
    const refused = await admin.post('/api/admin/master-key/rotation');
    assert.is(refused.status, 409);
    assert.is(at(refused.body, 'rule'), 'MasterKeyFromEnvironment');
    await first.close();

    const out = await run(
      process.execPath,
      [
        '--conditions=source',
        '--import',
        join(root, 'node_modules/tsx/dist/esm/index.mjs'),
        join(root, 'packages/host/src/rotate-master-key.ts'),
      ],
      { cwd: dir, env: { ...process.env, OCOP_STORE: storeUrl, OCOP_MASTER_KEY: oldKey, OCOP_NEW_MASTER_KEY: newKey } },
    );
    assert.match(out.stdout, /\d+ keys re-wrapped/);

    const second = await start(newKey);
    const office = client(second, await issueToken(second.tokenSecret, accounts.office, 600));
    const subject = await office.get('/api/subjects/hkd-hai-yen');
    assert.is(at(subject.body, 'representative', 'value', 'fullName'), 'Phan Thị Hải Yến');
    await second.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
