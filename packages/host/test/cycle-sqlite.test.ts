import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { accounts } from './support/accounts.js';
import { runCycle, testClock } from './support/cycle.js';
import { at, client, eventually, items, startTestHost } from './support/host.js';

test('SQLite: a subject registers, files, is scored and recognised, re-evaluated and revoked, over HTTP, with the trail at each step', async () => {
  const clock = testClock('2026-12-01T03:00:00.000Z');
  // The host's clock runs often, as the days of the cycle go by: it records the expiries due on each.
  const host = await startTestHost('sqlite', { clock: clock.clock, env: { OCOP_CLOCK_MS: '50' } });
  try {
    await runCycle(host, clock.set);

    // On 10/10/2029 the example's last certificates are past their last valid day: the host recorded their
    // expiries itself, so the verification finds none missing.
    const auditor = client(host, await host.token(accounts.auditor));
    await eventually(
      'the expiries due recorded',
      () => auditor.get('/api/products?status=expired&limit=1000'),
      (a) => a.status === 200 && items(a.body, 'rows').every((r) => at(r, 'certificate', 'recorded') !== 'valid'),
    );
    const started = await auditor.post('/api/audit/verifications');
    assert.is(started.status, 202);
    const done = await eventually(
      'verification',
      () => auditor.get(started.headers.get('location') ?? ''),
      (a) => at(a.body, 'status') !== 'running',
      60_000,
    );
    assert.is(at(done.body, 'clean'), true);
    assert.is(
      at(done.body, 'report', 'audit', 'summary', 'decisions', 'expiries'),
      5,
      'the example’s two and the three the clock recorded',
    );
    assert.equal(
      items(done.body, 'report', 'audit', 'findings').filter((f) => at(f, 'rule') === 'ExpiryNotRecorded'),
      [],
    );
  } finally {
    await host.dispose();
  }
});

test.run();
