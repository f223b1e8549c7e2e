import { describeFailure, type EventDecodeError } from '@ocop/kernel';
import type { ChainBreak } from '@ocop/eventstore';

/** What a chain break means for the record, in a sentence. */
export const describeChainBreak = (b: ChainBreak): string => {
  switch (b.reason) {
    case 'HashMismatch':
      return `this event was changed after it was written: it no longer hashes to its stored hash (${b.detail})`;
    case 'WrongPreviousHash':
      return `this event does not follow the one before it: an event before it was removed, inserted or changed (${b.detail})`;
    case 'RevisionGap':
      return `an event before this one is missing: ${b.detail}`;
    case 'DuplicateRevision':
    case 'RevisionOutOfOrder':
      return `events of this stream were reordered or duplicated: ${b.detail}`;
  }
};

export const describeDecodeError = (e: EventDecodeError): string => {
  switch (e._tag) {
    case 'UnknownEventType':
      return `${e.type} is not an event of this aggregate`;
    case 'UnknownSchemaVersion':
      return `${e.type} has no schema version ${e.schemaVersion} (the current one is ${e.current})`;
    case 'ValidationFailure':
      return describeFailure(e);
  }
};
