import { test } from 'uvu';
import { runCycle, testClock } from './support/cycle.js';
import { startTestHost } from './support/host.js';
import { whenPostgres } from './support/postgres.js';

await whenPostgres(() => {
  test('PostgreSQL: a subject registers, files, is scored and recognised, re-evaluated and revoked, over HTTP, with the trail at each step', async () => {
    const clock = testClock('2026-12-01T03:00:00.000Z');
    const host = await startTestHost('postgres', { clock: clock.clock });
    try {
      await runCycle(host, clock.set);
    } finally {
      await host.dispose();
    }
  });
}, test);

test.run();
