import * as t from 'io-ts';
import { either as E } from 'fp-ts';
import { decodeWith, describeFailure, Instant, type Json } from '@ocop/kernel';
import { EventMetadata } from '@ocop/eventstore';
import { matching, Revision } from './codecs.js';

/** What an EventStoreDB event's metadata holds: the envelope's metadata and what the store adds to it. */
export interface StoreFields {
  readonly metadata: EventMetadata;
  readonly schemaVersion: number;
  /** From the store's clock: EventStoreDB's own `created` is the server's and cannot be set. */
  readonly recordedTime: Instant;
  readonly hash: string;
  readonly previousHash: string | null;
  /** The revision and id of the first event of the append that wrote this one, for `planAppend`. */
  readonly batchStart: bigint;
  readonly batchFirstEventId: string;
}

export type WireMetadata = { readonly [key: string]: Json };

const sha256 = matching('SHA-256 in hex', /^[0-9a-f]{64}$/);
const schemaVersion = new t.Type<number, number, unknown>(
  'schema version (an integer from 1)',
  (u): u is number => typeof u === 'number' && Number.isInteger(u) && u >= 1,
  (u, c) => (typeof u === 'number' && Number.isInteger(u) && u >= 1 ? t.success(u) : t.failure(u, c)),
  t.identity,
);

const StoreWire = t.type({
  $correlationId: t.unknown,
  $causationId: t.unknown,
  schemaVersion,
  recordedTime: Instant,
  hash: sha256,
  previousHash: t.union([sha256, t.null]),
  batchStart: Revision,
  batchFirstEventId: t.string,
});

/**
 * The metadata an event is written with. `$correlationId` and `$causationId` carry EventStoreDB's `$` so
 * that its projections (`$by_correlation_id`) see them; the rest of the envelope's metadata follows as is.
 */
export const encodeStoreFields = (f: StoreFields): WireMetadata => {
  const { correlationId, causationId, ...envelope } = f.metadata;
  return {
    $correlationId: correlationId,
    $causationId: causationId,
    ...envelope,
    schemaVersion: f.schemaVersion,
    recordedTime: f.recordedTime,
    hash: f.hash,
    previousHash: f.previousHash,
    batchStart: f.batchStart.toString(),
    batchFirstEventId: f.batchFirstEventId,
  };
};

/** Metadata read back, checked field by field: a reason when it is not what the store writes. */
export const decodeStoreFields = (u: unknown): E.Either<string, StoreFields> => {
  if (typeof u !== 'object' || u === null || Array.isArray(u) || u instanceof Uint8Array) return E.left('metadata is not a JSON object');
  const wire = decodeWith(StoreWire, 'metadata')(u);
  if (E.isLeft(wire)) return E.left(describeFailure(wire.left));
  // A JSON object, as checked just above: its own keys are its fields.
  const record = u as Readonly<Record<string, unknown>>;
  const {
    $correlationId,
    $causationId,
    schemaVersion: _v,
    recordedTime: _r,
    hash: _h,
    previousHash: _p,
    batchStart: _s,
    batchFirstEventId: _f,
    ...envelope
  } = record;
  const metadata = decodeWith(EventMetadata, 'metadata')({ ...envelope, correlationId: $correlationId, causationId: $causationId });
  if (E.isLeft(metadata)) return E.left(describeFailure(metadata.left));
  const { schemaVersion: version, recordedTime, hash, previousHash, batchStart, batchFirstEventId } = wire.right;
  return E.right({ metadata: metadata.right, schemaVersion: version, recordedTime, hash, previousHash, batchStart, batchFirstEventId });
};
