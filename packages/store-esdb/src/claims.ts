import { randomUUID } from 'node:crypto';
import * as t from 'io-ts';
import { either as E } from 'fp-ts';
import { NO_STREAM, jsonEvent, type EventStoreDBClient } from '@eventstore/db-client';
import { decodeWith, describeFailure } from '@ocop/kernel';
import { storeUnavailable, StreamName, type DuplicateEventId, type StoreError } from '@ocop/eventstore';
import { attempt } from './calls.js';
import { Revision } from './codecs.js';
import { isWrongExpectedVersion, unavailable } from './failures.js';
import type { Layout } from './layout.js';
import { mapLimited } from './limited.js';
import { readRaw } from './stream-reads.js';

/** Where an event is about to be written. */
export interface Target {
  readonly stream: StreamName;
  readonly revision: bigint;
}

export interface Slot {
  readonly eventId: string;
  readonly target: Target;
  readonly record?: bigint;
}

/** A claim this store holds: the revision of its record in the claim stream, to update or release it. */
export interface Ticket {
  readonly eventId: string;
  readonly target: Target;
  readonly record: bigint;
}

const claimed = 'ocop:EventIdClaimed';
const released = 'ocop:EventIdReleased';
const ClaimData = t.type({ stream: StreamName, revision: Revision });

const concurrency = 32;
const maxRounds = 10;

/**
 * Event ids unique across the store. EventStoreDB deduplicates ids only within a stream, after the expected
 * revision; the port refuses any reuse of an id. So before an append, each event id is claimed: a record
 * `{stream, revision}` appended to `ocop:eventId-<id>` with NoStream, which only one writer can win. A
 * claim already there is the caller's own (same slot), a duplicate (its slot holds the id, or may yet:
 * a writer in flight), or stale (its slot holds another event, or its writer released it) and then taken
 * over with the claim stream's exact revision. A claim always names the slot its event is written to, so
 * whoever finds the id there knows it is taken.
 */
export const eventIdClaims = (client: EventStoreDBClient, layout: Layout) => {
  const write = (eventId: string, type: string, target: Target, expected: bigint | typeof NO_STREAM) =>
    attempt(() =>
      client.appendToStream(
        layout.claimStream(eventId),
        jsonEvent({ id: randomUUID(), type, data: { stream: target.stream, revision: target.revision.toString() } }),
        { expectedRevision: expected },
      ),
    );

  const latest = async (
    eventId: string,
  ): Promise<E.Either<StoreError, { readonly record: bigint; readonly released: boolean; readonly target: Target } | undefined>> => {
    const read = await readRaw(client, layout.claimStream(eventId), { direction: 'backwards', from: 'end', maxCount: 1 });
    if (E.isLeft(read)) return E.left(unavailable(read.left));
    const [last] = read.right;
    if (!last) return E.right(undefined);
    const data = decodeWith(ClaimData, 'claim')(last.data);
    if (E.isLeft(data) || (last.type !== claimed && last.type !== released))
      return E.left({
        _tag: 'CorruptEvent',
        position: `${last.streamId}@${last.revision}`,
        reason: E.isLeft(data) ? describeFailure(data.left) : `a claim of type ${last.type}`,
      });
    return E.right({ record: last.revision, released: last.type === released, target: data.right });
  };

  const idAt = async (target: Target): Promise<E.Either<StoreError, string | undefined>> => {
    const read = await readRaw(client, layout.esdbStream(target.stream), { direction: 'forwards', from: target.revision, maxCount: 1 });
    if (E.isLeft(read)) return E.left(unavailable(read.left));
    const [event] = read.right;
    return E.right(event?.revision === target.revision ? event.id : undefined);
  };

  const claimOne = async (
    eventId: string,
    index: number,
    target: Target,
    from: bigint | typeof NO_STREAM,
  ): Promise<E.Either<StoreError, Ticket>> => {
    const duplicate: DuplicateEventId = { _tag: 'DuplicateEventId', eventId, index };
    let expected = from;
    for (let round = 0; round < maxRounds; round++) {
      const written = await write(eventId, claimed, target, expected);
      if (E.isRight(written)) return E.right({ eventId, target, record: written.right.nextExpectedRevision });
      if (!isWrongExpectedVersion(written.left)) return E.left(unavailable(written.left));
      const held = await latest(eventId);
      if (E.isLeft(held)) return held;
      if (!held.right) {
        expected = NO_STREAM;
        continue;
      }
      const { record, target: slot } = held.right;
      if (!held.right.released && slot.stream === target.stream && slot.revision === target.revision)
        return E.right({ eventId, target, record });
      const holder = await idAt(slot);
      if (E.isLeft(holder)) return holder;
      if (holder.right === eventId) return E.left(duplicate);
      if (holder.right === undefined && !held.right.released) return E.left(duplicate);
      expected = record;
    }
    return E.left(storeUnavailable(`the claim of event id ${eventId} kept changing under ${maxRounds} attempts`));
  };

  /** Gives claims up (best effort): their slots were not written by this store's append. */
  const release = async (tickets: ReadonlyArray<Ticket>): Promise<void> => {
    await mapLimited(tickets, concurrency, (ticket) => write(ticket.eventId, released, ticket.target, ticket.record));
  };

  const settle = async (results: ReadonlyArray<E.Either<StoreError, Ticket>>): Promise<E.Either<StoreError, ReadonlyArray<Ticket>>> => {
    const held = results.flatMap((r) => (E.isRight(r) ? [r.right] : []));
    const failures = results.flatMap((r) => (E.isLeft(r) ? [r.left] : []));
    const [failure] = [...failures.filter((f) => f._tag === 'DuplicateEventId'), ...failures];
    if (!failure) return E.right(held);
    await release(held);
    return E.left(failure);
  };

  return {
    /**
     * Claims each event id for its slot, all or (released again) none; a slot with the `record` of a claim
     * this store holds moves that claim (after a conflict moved the append).
     */
    claim: async (slots: ReadonlyArray<Slot>): Promise<E.Either<StoreError, ReadonlyArray<Ticket>>> =>
      settle(await mapLimited(slots, concurrency, (slot, i) => claimOne(slot.eventId, i, slot.target, slot.record ?? NO_STREAM))),
    release,
  };
};
export type EventIdClaims = ReturnType<typeof eventIdClaims>;
