import type { JSONEventData, JSONType } from '@eventstore/db-client';
import type { Json } from '@ocop/kernel';
import type { RecordedEvent } from '@ocop/eventstore';
import { encodeStoreFields } from './stored-metadata.js';

const isArray = (data: Json): data is ReadonlyArray<Json> => Array.isArray(data);

const wireData = (data: Json): JSONType => {
  if (typeof data === 'string') return data;
  if (isArray(data)) return [...data];
  if (typeof data === 'object' && data !== null) return { ...data };
  // null, a boolean or a number (all that is left): the client writes data with JSON.stringify, which
  // takes these too; its JSONType only names the usual shapes.
  return data as unknown as JSONType;
};

/**
 * An event of a planned append as the client sends it: the envelope's id as EventStoreDB's event id (the
 * server deduplicates a retried append by it), JSON data, and the metadata of `encodeStoreFields`.
 */
export const toWireEvent = (
  e: Omit<RecordedEvent, 'position'>,
  batch: { readonly start: bigint; readonly firstEventId: string },
): JSONEventData => ({
  id: e.eventId,
  contentType: 'application/json',
  type: e.type,
  data: wireData(e.data),
  metadata: encodeStoreFields({
    metadata: e.metadata,
    schemaVersion: e.schemaVersion,
    recordedTime: e.recordedTime,
    hash: e.hash,
    previousHash: e.previousHash,
    batchStart: batch.start,
    batchFirstEventId: batch.firstEventId,
  }),
});
