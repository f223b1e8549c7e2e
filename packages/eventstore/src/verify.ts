import { either as E } from 'fp-ts';
import type { RecordedEvent } from './envelope.js';
import { eventHash } from './hash.js';

export type ChainBreakReason = 'RevisionGap' | 'DuplicateRevision' | 'RevisionOutOfOrder' | 'WrongPreviousHash' | 'HashMismatch';

/** The first event of a stream at which its hash chain does not hold. */
export interface ChainBreak {
  readonly _tag: 'ChainBreak';
  readonly revision: bigint;
  readonly eventId: string;
  readonly reason: ChainBreakReason;
  readonly detail: string;
}

const broken = (e: RecordedEvent, reason: ChainBreakReason, detail: string): E.Either<ChainBreak, never> =>
  E.left({ _tag: 'ChainBreak', revision: e.revision, eventId: e.eventId, reason, detail });

/**
 * Checks a whole stream, read forwards from revision 0: revisions are 0…n-1 in order, each event's
 * `previousHash` is the hash of the one before (`null` first), and each hash recomputes from the event.
 * A removed, inserted, reordered or edited event breaks one of these at the first event it touches.
 * Removing the stream's last events leaves a shorter chain that still holds: compare the head (the
 * store's stream table, or a revision seen elsewhere) to detect that.
 */
export const verifyStream = (events: ReadonlyArray<RecordedEvent>): E.Either<ChainBreak, { readonly lastHash: string | null }> => {
  let previous: RecordedEvent | undefined;
  for (const [i, e] of events.entries()) {
    const expected = BigInt(i);
    if (e.revision !== expected) {
      if (previous && e.revision === previous.revision) return broken(e, 'DuplicateRevision', `revision ${e.revision} appears twice`);
      if (e.revision > expected) return broken(e, 'RevisionGap', `expected revision ${expected}, found ${e.revision}`);
      return broken(e, 'RevisionOutOfOrder', `expected revision ${expected}, found ${e.revision}`);
    }
    const previousHash = previous?.hash ?? null;
    if (e.previousHash !== previousHash)
      return broken(e, 'WrongPreviousHash', `previousHash is ${e.previousHash ?? 'null'}, the chain has ${previousHash ?? 'null'}`);
    const recomputed = eventHash(e);
    if (recomputed !== e.hash) return broken(e, 'HashMismatch', `stored hash ${e.hash}, the event hashes to ${recomputed}`);
    previous = e;
  }
  return E.right({ lastHash: previous?.hash ?? null });
};
