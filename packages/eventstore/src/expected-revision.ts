import { either as E } from 'fp-ts';
import type { StreamName } from './stream-name.js';

/**
 * What the writer believes about a stream before appending. Revisions count from 0, so `Exact(4n)` means
 * "the stream's last event is revision 4". Every store enforces every case.
 */
export type ExpectedRevision =
  | { readonly _tag: 'Any' }
  | { readonly _tag: 'NoStream' }
  | { readonly _tag: 'StreamExists' }
  | { readonly _tag: 'Exact'; readonly revision: bigint };

const any: ExpectedRevision = { _tag: 'Any' };
const noStream: ExpectedRevision = { _tag: 'NoStream' };
const streamExists: ExpectedRevision = { _tag: 'StreamExists' };
const exact = (revision: bigint): ExpectedRevision => ({ _tag: 'Exact', revision });
/** What to expect next of a stream whose last event is `revision` (`undefined`: no stream). */
const after = (revision: bigint | undefined): ExpectedRevision => (revision === undefined ? noStream : exact(revision));

export const ExpectedRevision = { any, noStream, streamExists, exact, after } as const;

export interface WrongExpectedRevision {
  readonly _tag: 'WrongExpectedRevision';
  readonly stream: StreamName;
  readonly expected: ExpectedRevision;
  /** The revision of the stream's last event, or `noStream` when it has none. */
  readonly actual: bigint | 'noStream';
}

/** Checks `expected` against the revision of the stream's last event (`undefined`: no stream). */
export const checkExpected = (
  stream: StreamName,
  expected: ExpectedRevision,
  current: bigint | undefined,
): E.Either<WrongExpectedRevision, void> => {
  const holds = ((): boolean => {
    switch (expected._tag) {
      case 'Any':
        return true;
      case 'NoStream':
        return current === undefined;
      case 'StreamExists':
        return current !== undefined;
      case 'Exact':
        return current === expected.revision;
    }
  })();
  return holds ? E.right(undefined) : E.left({ _tag: 'WrongExpectedRevision', stream, expected, actual: current ?? 'noStream' });
};
