import { either as E } from 'fp-ts';
import { FORWARDS, START, type EventStoreDBClient } from '@eventstore/db-client';
import { comparePositions, start, type GlobalPosition, type ReadPage, type RecordedEvent } from '@ocop/eventstore';
import { attempt, drain } from './calls.js';
import { unavailable } from './failures.js';
import { fromEsdb, isStoreEvent } from './from-record.js';
import type { Layout } from './layout.js';

const maxScan = 4096;

/**
 * Pages of the store's events in `$all` order. The 6.x client reads `$all` without a server-side filter,
 * so system events and claims are passed over here, reading on until the page is full or `$all` ends:
 * a short page means the end, as `readAllPages` and subscriptions expect. EventStoreDB reads `$all`
 * from a position inclusively; the port's `after` is exclusive.
 */
export const readAllOn =
  (client: EventStoreDBClient, layout: Layout): ReadPage =>
  async (after, limit) => {
    const events: RecordedEvent[] = [];
    let floor: GlobalPosition = after;
    // Claims about double what the store wrote; where other writers' events crowd `$all`, read more at a time.
    let maxCount = limit * 2 + 1;
    for (;;) {
      const from = floor;
      const count = maxCount;
      const read = await attempt(() =>
        drain(client.readAll({ direction: FORWARDS, fromPosition: comparePositions(from, start) === 0 ? START : from, maxCount: count })),
      );
      if (E.isLeft(read)) return E.left(unavailable(read.left));
      const before = events.length;
      for (const { event: e } of read.right) {
        if (!e || comparePositions(e.position, from) <= 0) continue;
        floor = e.position;
        if (!isStoreEvent(layout, e)) continue;
        const decoded = fromEsdb(layout, e);
        if (E.isLeft(decoded)) return decoded;
        events.push(decoded.right.event);
        if (events.length === limit) return E.right(events);
      }
      if (read.right.length < count) return E.right(events);
      if ((events.length - before) * 4 < count) maxCount = Math.min(maxScan, count * 2);
    }
  };
