// `main.ts` as `pnpm start` runs it: an empty store gets the Tánh Linh example, the tokens it prints open the
// API, every request is one JSON log line without personal data, and SIGTERM lets a request in flight finish.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { at } from './support/host.js';
import { startMainProcess } from './support/main-process.js';

test('pnpm start: the example, the printed tokens, JSON logs, graceful shutdown', async () => {
  const main = startMainProcess();
  const { child, dir, port, exited } = main;
  try {
    const err = await main.started();
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
    const out = main.out();
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
    main.dispose();
  }
});

test.run();
