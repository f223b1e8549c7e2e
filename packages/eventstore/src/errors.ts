import type { WrongExpectedRevision } from './expected-revision.js';
import type { InvalidStreamName } from './stream-name.js';

/** An event of an append that the store refused before writing anything; `index` is its place in the batch. */
export interface InvalidEvent {
  readonly _tag: 'InvalidEvent';
  readonly index: number;
  readonly reason: string;
}

/** An event id already used, other than by repeating the stream's last batch exactly. */
export interface DuplicateEventId {
  readonly _tag: 'DuplicateEventId';
  readonly eventId: string;
  readonly index: number;
}

export interface InvalidReadOptions {
  readonly _tag: 'InvalidReadOptions';
  readonly reason: string;
}

/** A stored row that no longer reads as an event: edited outside the store. `verifyStream` names edits that still read. */
export interface CorruptEvent {
  readonly _tag: 'CorruptEvent';
  readonly position: string;
  readonly reason: string;
}

/** The store cannot serve: it was closed, its database is unreachable or gone, or it is busy beyond its limits. */
export interface StoreUnavailable {
  readonly _tag: 'StoreUnavailable';
  readonly reason: string;
}

export type StoreError =
  InvalidStreamName | InvalidEvent | DuplicateEventId | WrongExpectedRevision | InvalidReadOptions | CorruptEvent | StoreUnavailable;

export const storeUnavailable = (reason: string): StoreUnavailable => ({ _tag: 'StoreUnavailable', reason });
