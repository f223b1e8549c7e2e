import { either as E } from 'fp-ts';
import type { EventStore, StoreError } from '@ocop/eventstore';
import type { VerifyReport } from '../report.js';
import { createAuditor, type Auditor } from './auditor.js';
import type { StreamHead } from './heads.js';
import { hashingThread } from './hashing.js';
import { readEverything, type ReadItem } from './read.js';

export interface VerifyOptions {
  /** Events read from the store at a time; 1,000 by default. */
  readonly batchSize?: number;
  /**
   * The heads of a previous verification of the same store (`headsOfReport`): a stream whose recorded head
   * is gone or changed is a `StreamHeadMismatch`. The only way to see its last events deleted together.
   */
  readonly expectedHeads?: ReadonlyArray<StreamHead>;
}

/** A page read and the answer of the hashing thread on it, still to come. */
type Queued = { readonly item: ReadItem; readonly matches?: Promise<Uint8Array> };

const take = async (auditor: Auditor, q: Queued): Promise<void> => {
  if (q.item._tag === 'Corrupt') return auditor.unreadable(q.item.error);
  const matches = await q.matches;
  q.item.events.forEach((e, i) => auditor.observe(e, matches?.[i] === 1));
};

/**
 * Verifies a whole event history, from the events alone: every stream's hash chain, every event decoded and
 * folded through its aggregate's decider, every member's sheet and adopted council result recomputed under
 * its pinned rule set, every recognition, certificate, expiry, re-evaluation and revocation checked against
 * the rules in force when it was made. Reads in global order, in batches; hashes are recomputed on a second
 * thread while the next page is checked. A store that cannot be read is a `Left`; everything the history
 * shows is in the report.
 */
export const verify = async (store: EventStore, options: VerifyOptions = {}): Promise<E.Either<StoreError, VerifyReport>> => {
  const started = performance.now();
  const auditor = createAuditor(options.expectedHeads ? { expectedHeads: options.expectedHeads } : {});
  const hashing = hashingThread();
  try {
    let previous: Queued | undefined;
    for await (const item of readEverything(store, options.batchSize ?? 1000)) {
      if (E.isLeft(item)) return item;
      const queued: Queued =
        item.right._tag === 'Events' ? { item: item.right, matches: hashing.matches(item.right.events) } : { item: item.right };
      if (previous) await take(auditor, previous);
      previous = queued;
    }
    if (previous) await take(auditor, previous);
    return E.right(auditor.report((performance.now() - started) / 1000));
  } finally {
    await hashing.close();
  }
};
