import { test } from 'uvu';
import { runCycle, testClock } from './support/cycle.js';
import { startTestHost } from './support/host.js';

test('SQLite: a subject registers, files, is scored and recognised, re-evaluated and revoked, over HTTP, with the trail at each step', async () => {
  const clock = testClock('2026-12-01T03:00:00.000Z');
  const host = await startTestHost('sqlite', { clock: clock.clock });
  try {
    await runCycle(host, clock.set);
  } finally {
    await host.dispose();
  }
});

test.run();
