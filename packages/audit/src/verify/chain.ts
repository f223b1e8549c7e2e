import { eventHash, type ChainBreak, type RecordedEvent } from '@ocop/eventstore';

interface Link {
  readonly revision: bigint;
  readonly hash: string;
}

/**
 * The hash-chain check of `verifyStream`, one event at a time, so that a store read in global order is
 * checked without holding any stream whole: per stream it keeps the last revision and hash, and reports
 * the first event at which the chain breaks, with the same reasons. A broken stream is not checked
 * further, as `verifyStream` stops at the first break.
 */
export const chainChecker = () => {
  const last = new Map<string, Link | 'broken'>();
  return {
    /** Whether any event of the stream has been seen. */
    has: (stream: string): boolean => last.has(stream),
    broken: (): number => [...last.values()].filter((l) => l === 'broken').length,
    /** `matches`: whether the stored hash is the event's hash, when another thread has computed it already. */
    check: (e: RecordedEvent, matches?: boolean): ChainBreak | undefined => {
      const previous = last.get(e.stream);
      if (previous === 'broken') return undefined;
      const expected = previous === undefined ? 0n : previous.revision + 1n;
      const fail = (reason: ChainBreak['reason'], detail: string): ChainBreak => {
        last.set(e.stream, 'broken');
        return { _tag: 'ChainBreak', revision: e.revision, eventId: e.eventId, reason, detail };
      };
      if (e.revision !== expected) {
        if (previous && e.revision === previous.revision) return fail('DuplicateRevision', `revision ${e.revision} appears twice`);
        return fail(e.revision > expected ? 'RevisionGap' : 'RevisionOutOfOrder', `expected revision ${expected}, found ${e.revision}`);
      }
      const previousHash = previous?.hash ?? null;
      if (e.previousHash !== previousHash)
        return fail('WrongPreviousHash', `previousHash is ${e.previousHash ?? 'null'}, the chain has ${previousHash ?? 'null'}`);
      if (matches !== true) {
        const recomputed = eventHash(e);
        if (recomputed !== e.hash) return fail('HashMismatch', `stored hash ${e.hash}, the event hashes to ${recomputed}`);
      }
      last.set(e.stream, { revision: e.revision, hash: e.hash });
      return undefined;
    },
  };
};
