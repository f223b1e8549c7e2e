import { eventHash, type ChainBreak, type RecordedEvent } from '@ocop/eventstore';

/** A stream's last event read: its revision and stored hash. */
export interface Link {
  readonly revision: bigint;
  readonly hash: string;
}

/** Per stream: the last event read, and whether its chain broke before it. */
interface Tail {
  readonly link: Link;
  readonly broken: boolean;
}

/**
 * The hash-chain check of `verifyStream`, one event at a time, so that a store read in global order is
 * checked without holding any stream whole: per stream it keeps the last revision and hash, and reports
 * the first event at which the chain breaks, with the same reasons. A broken stream is not checked
 * further, as `verifyStream` stops at the first break; its last event read is still kept, for the heads.
 */
export const chainChecker = () => {
  const last = new Map<string, Tail>();
  return {
    /** Whether any event of the stream has been seen. */
    has: (stream: string): boolean => last.has(stream),
    broken: (): number => [...last.values()].filter((t) => t.broken).length,
    /** Each stream's last event read, in the order the streams were first seen. */
    heads: (): ReadonlyArray<readonly [string, Link]> => [...last].map(([stream, t]) => [stream, t.link] as const),
    /** `matches`: whether the stored hash is the event's hash, when another thread has computed it already. */
    check: (e: RecordedEvent, matches?: boolean): ChainBreak | undefined => {
      const tail = last.get(e.stream);
      const link: Link = { revision: e.revision, hash: e.hash };
      if (tail?.broken) {
        last.set(e.stream, { link, broken: true });
        return undefined;
      }
      const previous = tail?.link;
      const expected = previous === undefined ? 0n : previous.revision + 1n;
      const fail = (reason: ChainBreak['reason'], detail: string): ChainBreak => {
        last.set(e.stream, { link, broken: true });
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
      last.set(e.stream, { link, broken: false });
      return undefined;
    },
  };
};
