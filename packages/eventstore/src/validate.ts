import { either as E } from 'fp-ts';
import { decodeWith, describeFailure, strict } from '@ocop/kernel';
import { EventType, JsonValue, SchemaVersion, Uuid } from './codecs.js';
import type { NewEvent } from './envelope.js';
import type { DuplicateEventId, InvalidEvent } from './errors.js';
import { EventMetadata, isEventMetadata } from './metadata.js';

export const NewEventCodec = strict(
  'NewEvent',
  { eventId: Uuid, type: EventType, schemaVersion: SchemaVersion, data: JsonValue, metadata: EventMetadata },
  {},
);
const decodeEvent = decodeWith(NewEventCodec, 'event');
const eventFields = new Set(['eventId', 'type', 'schemaVersion', 'data', 'metadata']);

/** The same test as `NewEventCodec.is`, written out because every appended event goes through it; a test keeps them in agreement. */
export const isNewEvent = (u: unknown): u is NewEvent => {
  if (typeof u !== 'object' || u === null || Array.isArray(u) || !Object.keys(u).every((k) => eventFields.has(k))) return false;
  // A non-null object that is not an array: reading its fields as unknown values is safe.
  const e = u as Readonly<Record<string, unknown>>;
  return (
    Uuid.is(e['eventId']) &&
    EventType.is(e['type']) &&
    SchemaVersion.is(e['schemaVersion']) &&
    isEventMetadata(e['metadata']) &&
    JsonValue.is(e['data'])
  );
};

/**
 * Checks a batch before anything is written: each event's shape (a lower-case UUID id, a type, a schema
 * version from 1, JSON data, metadata with exactly the known fields) and that no id appears twice in it.
 */
export const validateEvents = (events: unknown): E.Either<InvalidEvent | DuplicateEventId, ReadonlyArray<NewEvent>> => {
  if (!Array.isArray(events)) return E.left({ _tag: 'InvalidEvent', index: -1, reason: 'events: expected an array' });
  const seen = new Set<string>();
  const valid: NewEvent[] = [];
  for (const [index, event] of events.entries()) {
    // The type guard is much cheaper than decoding; decoding runs only to say what is wrong.
    if (!isNewEvent(event)) {
      const decoded = decodeEvent(event);
      return E.left({ _tag: 'InvalidEvent', index, reason: E.isLeft(decoded) ? describeFailure(decoded.left) : 'invalid event' });
    }
    if (seen.has(event.eventId)) return E.left({ _tag: 'DuplicateEventId', eventId: event.eventId, index });
    seen.add(event.eventId);
    valid.push(event);
  }
  return E.right(valid);
};
