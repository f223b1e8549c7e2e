import { describeFailure, type ValidationFailure } from '@ocop/kernel';
import type { StoreError } from '@ocop/eventstore';

/** Why no store could be opened from a URL. Every URL in these errors has its password hidden. */
export type ConnectError =
  | { readonly _tag: 'InvalidStoreUrl'; readonly url: string; readonly reason: string }
  | { readonly _tag: 'UnsupportedStoreUrl'; readonly url: string; readonly scheme: string }
  | { readonly _tag: 'NoSuchStore'; readonly url: string; readonly path: string }
  | { readonly _tag: 'StoreCannotOpen'; readonly url: string; readonly error: ValidationFailure | StoreError };

/** The URL with any password replaced by `***`, fit for messages and logs. */
export const redactStoreUrl = (url: string): string => url.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@]*):[^@/]*@/i, '$1:***@');

/** One line saying why a store could not serve. */
export const describeStoreError = (e: ValidationFailure | StoreError): string => {
  switch (e._tag) {
    case 'ValidationFailure':
      return describeFailure(e);
    case 'StoreUnavailable':
      return e.reason;
    case 'CorruptEvent':
      return `a stored event at ${e.position} is corrupt: ${e.reason}`;
    case 'InvalidStreamName':
      return `${e.stream}: ${e.reason}`;
    case 'InvalidEvent':
    case 'InvalidReadOptions':
      return e.reason;
    case 'DuplicateEventId':
      return `event id ${e.eventId} is taken`;
    case 'WrongExpectedRevision':
      return `stream ${e.stream} is not at the expected revision`;
  }
};

/** One line saying what went wrong, for a person. */
export const describeConnectError = (e: ConnectError): string => {
  switch (e._tag) {
    case 'InvalidStoreUrl':
      return `${e.url} is not a store URL: ${e.reason}`;
    case 'UnsupportedStoreUrl':
      return `${e.url}: "${e.scheme}" stores are not supported; use sqlite:PATH, postgres://… or esdb://…`;
    case 'NoSuchStore':
      return `${e.url}: there is no store at ${e.path}`;
    case 'StoreCannotOpen':
      return `${e.url} cannot be opened: ${describeStoreError(e.error)}`;
  }
};
