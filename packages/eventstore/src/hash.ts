import { createHash } from 'node:crypto';
import type { RecordedEvent } from './envelope.js';
import { canonicalJson } from './canonical-json.js';

/** The fields an event's hash covers: everything recorded except the hash itself and the global position. */
export type HashedFields = Pick<
  RecordedEvent,
  'stream' | 'revision' | 'eventId' | 'type' | 'schemaVersion' | 'data' | 'metadata' | 'recordedTime' | 'previousHash'
>;

/**
 * SHA-256 (hex) of the canonical JSON of an event's hashed fields. Every store computes hashes with this
 * one function, and `verifyStream` recomputes them with it. The global position is left out because it is
 * assigned by the database as it commits (PostgreSQL's transaction id), after the hash is known.
 */
export const eventHash = (e: HashedFields): string =>
  createHash('sha256')
    .update(
      canonicalJson({
        stream: e.stream,
        revision: e.revision,
        eventId: e.eventId,
        type: e.type,
        schemaVersion: e.schemaVersion,
        data: e.data,
        metadata: e.metadata,
        recordedTime: e.recordedTime,
        previousHash: e.previousHash,
      }),
      'utf8',
    )
    .digest('hex');
