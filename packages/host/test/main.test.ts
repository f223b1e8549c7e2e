// `main.ts` as `pnpm start` runs it: an empty store gets the Tánh Linh example, the tokens it prints open the
// API, every request is one JSON log line without personal data, and SIGTERM lets a request in flight finish.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { at } from './support/host.js';

const root = resolve(import.meta.dirname, '../../..');

test('pnpm start: the example, the printed tokens, JSON logs, graceful shutdown', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ocop-main-'));
  const port = 30000 + Math.floor(Math.random() * 20000);
  const env: Record<string, string | undefined> = { ...process.env, PORT: String(port) };
  delete env['OCOP_STORE'];
  delete env['OCOP_TOKEN_SECRET'];
  delete env['OCOP_MASTER_KEY'];
  const child = spawn(
    process.execPath,
    ['--conditions=source', '--import', join(root, 'node_modules/tsx/dist/esm/index.mjs'), join(root, 'packages/host/src/main.ts')],
    {
      cwd: dir,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  try {
    for (let i = 0; i < 300 && !/Demo tokens/.test(err); i++) await new Promise((r) => setTimeout(r, 100));
    assert.match(err, new RegExp(`OCOP host at http://localhost:${port}`));
    assert.is(statSync(join(dir, 'data', 'token.secret')).mode & 0o777, 0o600);
    assert.is(statSync(join(dir, 'data', 'master.key')).mode & 0o777, 0o600);
    const auditor = /auditor:\n\s+(\S+)/.exec(err)?.[1] ?? '';
    for (let i = 0; i < 100; i++) if ((await fetch(`http://127.0.0.1:${port}/readyz`)).status === 200) break;
    const found = await fetch(`http://127.0.0.1:${port}/api/subjects/hkd-hai-yen`, { headers: { authorization: `Bearer ${auditor}` } });
    assert.is(found.status, 200);
    assert.match(await found.text(), /Phan Thị Hải Yến/);

    // A request in flight when SIGTERM comes is answered before the host stops.
    const inFlight = fetch(`http://127.0.0.1:${port}/api/products/cha-ca-that-lat/trail?format=md`, {
      headers: { authorization: `Bearer ${auditor}` },
    });
    await new Promise((r) => setTimeout(r, 5));
    child.kill('SIGTERM');
    const answered = await inFlight;
    assert.is(answered.status, 200);
    assert.is(await exited, 0);
    const lines = out
      .trim()
      .split('\n')
      .map((l): unknown => JSON.parse(l));
    const requests = lines.filter((l) => at(l, 'msg') === 'request');
    assert.ok(
      requests.some((l) => at(l, 'path') === '/api/subjects/hkd-hai-yen' && at(l, 'status') === 200 && at(l, 'role') === 'auditor'),
    );
    assert.not.match(out, /Phan Thị Hải Yến/, 'no personal data in the logs');
    assert.ok(lines.some((l) => at(l, 'msg') === 'stopped'));
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
