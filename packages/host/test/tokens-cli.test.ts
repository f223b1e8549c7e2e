// `pnpm ocop tokens issue …` makes tokens the host accepts: run as a process, as a user would, against a
// host that shares its secret; the secret file it creates is its owner's only.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { randomBytes } from 'node:crypto';
import { at, client, startTestHost } from './support/host.js';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../../..');
const cli = (args: ReadonlyArray<string>, cwd: string, env: Readonly<Record<string, string>> = {}) =>
  run(
    process.execPath,
    ['--conditions=source', '--import', join(root, 'node_modules/tsx/dist/esm/index.mjs'), join(root, 'packages/cli/src/main.ts'), ...args],
    {
      cwd,
      env: { ...process.env, ...env },
    },
  );

test('a token issued by the command line opens the host that shares its secret, within its area', async () => {
  const secret = randomBytes(32).toString('base64');
  const dir = mkdtempSync(join(tmpdir(), 'ocop-tokens-'));
  const host = await startTestHost('sqlite', { env: { OCOP_TOKEN_SECRET: secret } });
  try {
    const issued = await cli(
      ['tokens', 'issue', '--role', 'provincialOffice', '--org', 'VP NTM Lâm Đồng', '--area', '68', '--ttl', '1h'],
      dir,
      {
        OCOP_TOKEN_SECRET: secret,
      },
    );
    const token = issued.stdout.trim();
    assert.match(token, /^[\w-]+\.[\w-]+\.[\w-]+$/);
    const office = client(host, token);
    const found = await office.get('/api/products?text=cha%20ca');
    assert.is(found.status, 200, found.text);
    assert.is(at(found.body, 'total'), 1);
    assert.is((await client(host, token).get('/api/products?province=01')).status, 403, 'another province is refused');

    // Without OCOP_TOKEN_SECRET, ./data/token.secret is made, readable by its owner only.
    await cli(['tokens', 'issue', '--role', 'auditor', '--org', 'Kiểm toán', '--area', 'VN'], dir, { OCOP_TOKEN_SECRET: '' });
    assert.is(statSync(join(dir, 'data', 'token.secret')).mode & 0o777, 0o600);
    const refused = await cli(['tokens', 'issue', '--role', 'king', '--org', 'x', '--area', '68'], dir).then(
      () => ({ code: 0, stderr: '' }),
      (e: { readonly code: number; readonly stderr: string }) => e,
    );
    assert.is(refused.code, 2);
    assert.match(refused.stderr, /role/);
  } finally {
    await host.dispose();
    rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
