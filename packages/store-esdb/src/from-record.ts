import { either as E } from 'fp-ts';
import type { RecordedEvent as EsdbEvent } from '@eventstore/db-client';
import { isJson } from '@ocop/kernel';
import { positionToString, type CorruptEvent, type RecordedEvent } from '@ocop/eventstore';
import type { Layout } from './layout.js';
import { decodeStoreFields } from './stored-metadata.js';

/** A recorded event and where its append began, which the next append to its stream needs. */
export interface StoredEvent {
  readonly event: RecordedEvent;
  readonly batchStart: bigint;
  readonly batchFirstEventId: string;
}

/**
 * Whether an event of `$all` is the store's: in one of its streams and not of an EventStoreDB type (`$>`
 * links, `$metadata`, `$streamDeleted` start with "$"). Everything else is passed over, never decoded.
 */
export const isStoreEvent = (layout: Layout, e: EsdbEvent): boolean =>
  !e.type.startsWith('$') && layout.storeStream(e.streamId) !== undefined;

/** An event the store wrote, as the port records it; anything that no longer reads as one is a `CorruptEvent`. */
export const fromEsdb = (layout: Layout, e: EsdbEvent): E.Either<CorruptEvent, StoredEvent> => {
  const corrupt = (reason: string): E.Either<CorruptEvent, never> =>
    E.left({ _tag: 'CorruptEvent', position: e.position ? positionToString(e.position) : `${e.streamId}@${e.revision}`, reason });
  const stream = layout.storeStream(e.streamId);
  if (stream === undefined) return corrupt(`${JSON.stringify(e.streamId)} is not a stream of this store`);
  if (!e.position) return corrupt('the event has no position (EventStoreDB before 22.6 gives none on stream reads)');
  if (!e.isJson || !isJson(e.data)) return corrupt('data is not JSON');
  const fields = decodeStoreFields(e.metadata);
  if (E.isLeft(fields)) return corrupt(fields.left);
  const { metadata, schemaVersion, recordedTime, hash, previousHash, batchStart, batchFirstEventId } = fields.right;
  return E.right({
    event: {
      eventId: e.id,
      type: e.type,
      schemaVersion,
      data: e.data,
      metadata,
      stream,
      revision: e.revision,
      position: { commit: e.position.commit, prepare: e.position.prepare },
      recordedTime,
      hash,
      previousHash,
    },
    batchStart,
    batchFirstEventId,
  });
};
