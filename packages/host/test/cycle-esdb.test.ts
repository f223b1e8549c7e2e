import { test } from 'uvu';
import { startStandIn } from '../../store-esdb/test/standin/server.js';
import { runCycle, testClock } from './support/cycle.js';
import { startTestHost } from './support/host.js';

// EventStoreDB, as the in-process stand-in of @ocop/store-esdb's tests serves it: the events there, the keys and
// the read models in ./data.
test('EventStoreDB: the whole cycle over HTTP, with the trail at each step', async () => {
  const standIn = await startStandIn();
  const clock = testClock('2026-12-01T03:00:00.000Z');
  const host = await startTestHost({ esdb: standIn.connectionString }, { clock: clock.clock });
  try {
    await runCycle(host, clock.set);
  } finally {
    await host.dispose();
    await standIn.stop();
  }
});

test.run();
