import type { Instant, Json } from '@ocop/kernel';
import type { EventMetadata } from './metadata.js';
import type { GlobalPosition } from './position.js';
import type { StreamName } from './stream-name.js';

/** An event to append. `data` is opaque JSON to the store (personal fields inside it are encrypted upstream). */
export interface NewEvent {
  /** A UUID in lower-case canonical form, unique across the store. */
  readonly eventId: string;
  readonly type: string;
  /** The version of the type's data schema, from 1. */
  readonly schemaVersion: number;
  readonly data: Json;
  readonly metadata: EventMetadata;
}

/** An event as the store recorded it. */
export interface RecordedEvent extends NewEvent {
  readonly stream: StreamName;
  /** 0 for the stream's first event. */
  readonly revision: bigint;
  readonly position: GlobalPosition;
  /** When the store wrote it, from the store's clock. */
  readonly recordedTime: Instant;
  /** SHA-256 (hex) of the event's canonical JSON, which includes `previousHash`: see `eventHash`. */
  readonly hash: string;
  /** The previous event's hash in the stream; `null` for revision 0. */
  readonly previousHash: string | null;
}
