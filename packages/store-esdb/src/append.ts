import { either as E } from 'fp-ts';
import { NO_STREAM, type EventStoreDBClient } from '@eventstore/db-client';
import {
  appendResult,
  chainEvents,
  mayRepeatLastBatch,
  planAppend,
  storeUnavailable,
  type RecordedEvent,
  type StoreBackend,
  type StoreError,
  type StreamHead,
} from '@ocop/eventstore';
import { attempt } from './calls.js';
import type { EventIdClaims, Ticket } from './claims.js';
import { actualRevision, isWrongExpectedVersion, tooLarge, unavailable } from './failures.js';
import type { HeadCache } from './head-cache.js';
import type { Layout } from './layout.js';
import { headOf, type StreamReads } from './stream-reads.js';
import { toWireEvent } from './wire-event.js';

// Each further round means another writer appended to the stream, so the store as a whole progresses.
const maxRounds = 100;

export interface AppendDeps {
  readonly client: EventStoreDBClient;
  readonly layout: Layout;
  readonly reads: StreamReads;
  readonly claims: EventIdClaims;
  readonly heads: HeadCache;
}

/**
 * An append with the port's meaning over EventStoreDB. It plans against the stream's head (cached, or read
 * as its last event), claims the event ids, and sends the events chained onto that head with the head's
 * exact revision (NoStream for a new stream), so that the server refuses it if anyone appended since: the
 * hash chain never forks. NoStream and Exact(r) thus reach the server as NO_STREAM and r; Any and
 * StreamExists reach it as the revision they were planned on, and are planned again when it moved. The
 * events are then read back: their positions are the server's, and a batch the server only deduplicated
 * (someone else's identical append) is told apart from one this call wrote by its hashes.
 */
export const appendOn =
  ({ client, layout, reads, claims, heads }: AppendDeps): StoreBackend['append'] =>
  async (stream, events, expected, recordedTime) => {
    let head = heads.get(stream);
    let fresh = false;
    let tickets: ReadonlyArray<Ticket> = [];
    const refresh = async (): Promise<E.Either<StoreError, void>> => {
      const fetched = await reads.head(stream);
      if (E.isLeft(fetched)) return fetched;
      head = fetched.right;
      heads.set(stream, head);
      fresh = true;
      return E.right(undefined);
    };
    const unwritten = async <A>(result: E.Either<StoreError, A>): Promise<E.Either<StoreError, A>> => {
      await claims.release(tickets);
      return result;
    };

    // With nothing cached, a new stream is assumed for NoStream (the server corrects that); otherwise the head is read.
    if (!head && expected._tag !== 'NoStream') {
      const read = await refresh();
      if (E.isLeft(read)) return read;
    }
    for (let round = 0; round < maxRounds; round++) {
      let lastBatch: ReadonlyArray<RecordedEvent> | undefined;
      if (mayRepeatLastBatch(head, events)) {
        const maxCount = Number(head.revision - head.batchStart + 1n);
        const read = await reads.read(stream, { direction: 'forwards', from: head.batchStart, maxCount });
        if (E.isLeft(read)) return unwritten(read);
        lastBatch = read.right.map((s) => s.event);
      }
      const plan = planAppend(stream, head, events, expected, lastBatch);
      // Only a write is checked by the server; any other answer must come from a head just read.
      if (!fresh && (E.isLeft(plan) || plan.right._tag !== 'Write')) {
        const read = await refresh();
        if (E.isLeft(read)) return unwritten(read);
        continue;
      }
      if (E.isLeft(plan)) return unwritten(plan);
      if (plan.right._tag === 'NothingToWrite') return unwritten(E.right(appendResult(head, [])));
      if (plan.right._tag === 'AlreadyWritten') return unwritten(E.right(appendResult(head, lastBatch ?? [])));

      const chained = chainEvents(stream, plan.right, events, recordedTime);
      const claimed = await claims.claim(
        chained.map((e, i) => ({ eventId: e.eventId, target: { stream, revision: e.revision }, record: tickets[i]?.record })),
      );
      if (E.isLeft(claimed)) return claimed;
      tickets = claimed.right;

      const batch = { start: plan.right.firstRevision, firstEventId: chained[0]?.eventId ?? '' };
      const sent = await attempt(() =>
        client.appendToStream(
          layout.esdbStream(stream),
          chained.map((e) => toWireEvent(e, batch)),
          { expectedRevision: head ? head.revision : NO_STREAM },
        ),
      );
      if (E.isLeft(sent)) {
        if (!isWrongExpectedVersion(sent.left)) {
          heads.set(stream, undefined);
          return unwritten(E.left(tooLarge(sent.left) ?? unavailable(sent.left)));
        }
        // Another writer got in first: plan again on the head it left.
        if (actualRevision(sent.left.actualVersion) === 'noStream') {
          head = undefined;
          heads.set(stream, undefined);
          fresh = true;
          continue;
        }
        const read = await refresh();
        if (E.isLeft(read)) return unwritten(read);
        continue;
      }

      const back = await reads.read(stream, { direction: 'forwards', from: plan.right.firstRevision, maxCount: events.length + 1 });
      if (E.isLeft(back)) {
        heads.set(stream, undefined);
        return back;
      }
      const written = back.right.slice(0, events.length);
      const last = written[written.length - 1];
      if (!last || written.some((s, i) => s.event.eventId !== events[i]?.eventId))
        return E.left(
          storeUnavailable(`EventStoreDB reported ${stream} written, but it holds other events at revision ${plan.right.firstRevision}`),
        );
      const movedOn = back.right.length > events.length;
      const ours = written.every((s, i) => s.event.hash === chained[i]?.hash);
      // Not ours: the server deduplicated someone else's identical batch, which is the last batch only if nothing follows.
      if (!ours && movedOn) return unwritten(E.left({ _tag: 'DuplicateEventId', eventId: written[0]?.event.eventId ?? '', index: 0 }));
      const newHead: StreamHead = headOf(last);
      heads.set(stream, movedOn ? undefined : newHead);
      return E.right(
        appendResult(
          newHead,
          written.map((s) => s.event),
        ),
      );
    }
    return unwritten(E.left(storeUnavailable(`${stream} kept changing under ${maxRounds} attempts to append`)));
  };
