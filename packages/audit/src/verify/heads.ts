import { either as E } from 'fp-ts';
import type { RecordedEvent } from '@ocop/eventstore';
import type { Finding } from '../finding.js';
import { recordIntegritySource } from '../sources.js';
import type { Link } from './chain.js';

/** A stream's last event as a verification read it: what a later verification compares with. */
export interface StreamHead {
  readonly stream: string;
  readonly revision: number;
  readonly hash: string;
}

const isRecord = (u: unknown): u is Readonly<Record<string, unknown>> => typeof u === 'object' && u !== null && !Array.isArray(u);

const headOf = (u: unknown): StreamHead | undefined => {
  if (!isRecord(u)) return undefined;
  const { stream, revision, hash } = u;
  return typeof stream === 'string' &&
    Number.isSafeInteger(revision) &&
    typeof revision === 'number' &&
    revision >= 0 &&
    typeof hash === 'string'
    ? { stream, revision, hash }
    : undefined;
};

/**
 * The heads recorded in a previous report (`reportToJson(…).heads`), for `verify`'s `expectedHeads`. The
 * audit has no io-ts of its own, so the few fields are checked by hand; any other field of the report is ignored.
 */
export const headsOfReport = (json: unknown): E.Either<string, ReadonlyArray<StreamHead>> => {
  const heads = isRecord(json) ? json['heads'] : undefined;
  if (!Array.isArray(heads)) return E.left('the report has no heads (a report of an older verification, or not a report)');
  const read: StreamHead[] = [];
  for (const [i, h] of heads.entries()) {
    const head = headOf(h);
    if (!head) return E.left(`heads[${i}]: expected { stream, revision, hash } with a revision from 0`);
    read.push(head);
  }
  return E.right(read);
};

/**
 * Compares the streams read with the heads a previous verification recorded. A stream's chain holds when
 * events at its end are deleted, or its end is rewritten with the hashes recomputed; the event at each
 * recorded head must still be there, with the same hash. A stream may have grown since.
 */
export const headComparison = (expected: ReadonlyArray<StreamHead>) => {
  const wanted = new Map(expected.map((h) => [h.stream, h] as const));
  const found = new Map<string, string>();
  return {
    observe: (e: RecordedEvent): void => {
      const head = wanted.get(e.stream);
      if (head && e.revision === BigInt(head.revision)) found.set(e.stream, e.hash);
    },
    /** `lastOf`: the last event read of a stream. */
    findings: (lastOf: (stream: string) => Link | undefined): ReadonlyArray<Finding> =>
      expected.flatMap((h): ReadonlyArray<Finding> => {
        const hash = found.get(h.stream);
        if (hash === h.hash) return [];
        const last = lastOf(h.stream);
        const recorded = `a previous verification recorded the head of this stream at revision ${h.revision} with hash ${h.hash}`;
        const now =
          hash !== undefined
            ? `the event read at revision ${h.revision} has hash ${hash}: the stream was rewritten from there on or before`
            : last === undefined
              ? 'no event of this stream is read now: the stream was deleted'
              : `the last event read is revision ${last.revision}: the events after it were deleted`;
        return [
          {
            rule: 'StreamHeadMismatch',
            stream: h.stream,
            message: `${recorded}; ${now}`,
            sources: [recordIntegritySource],
            details: {
              expectedRevision: h.revision,
              expectedHash: h.hash,
              lastRevision: last === undefined ? null : Number(last.revision),
              ...(hash === undefined ? {} : { hashAtRevision: hash }),
            },
          },
        ];
      }),
  };
};
