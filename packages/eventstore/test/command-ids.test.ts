import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { commandEventId } from '../src/index.js';

test('event ids derived from a command are version 8 UUIDs, the same for the same command and index', () => {
  const id = commandEventId('cmd-2026-05-22-0001', 0);
  assert.match(id, /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.is(commandEventId('cmd-2026-05-22-0001', 0), id);
  assert.is.not(commandEventId('cmd-2026-05-22-0001', 1), id);
  assert.is.not(commandEventId('cmd-2026-05-22-0002', 0), id);
  const ids = new Set(Array.from({ length: 1000 }, (_, i) => commandEventId(`cmd-${i % 10}`, Math.floor(i / 10))));
  assert.is(ids.size, 1000);
});

test.run();
