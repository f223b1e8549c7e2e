import { either as E } from 'fp-ts';
import { ExpectedRevision } from '@ocop/eventstore';
import { problem, type Problem } from './problem.js';

/** A strong ETag holding a stream's revision: `"4"`. Never weak: `If-Match` compares strongly (RFC 9110 §13.1.1). */
export const etagOf = (revision: bigint): string => `"${revision.toString()}"`;

/** The revision a stream expectation names, for the ETag of an answer. */
export const revisionOf = (expected: ExpectedRevision): bigint | undefined => (expected._tag === 'Exact' ? expected.revision : undefined);

/** The ETags of an `If-Match` list; weak ones can never match strongly and are kept out. */
const strongTags = (header: string): ReadonlyArray<string> =>
  header
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '' && !s.startsWith('W/'));

/**
 * What a state-changing request expects of its stream, from `If-Match` / `If-None-Match` and the stream's
 * current revision (`undefined`: no stream yet). An existing resource needs `If-Match` (428 without it,
 * 412 when it does not hold); creating one needs none, or `If-None-Match: *`.
 */
export const expectationOf = (
  headers: { readonly ifMatch?: string; readonly ifNoneMatch?: string },
  current: bigint | undefined,
): E.Either<Problem, ExpectedRevision> => {
  const { ifMatch, ifNoneMatch } = headers;
  const stale = (detail: string): E.Either<Problem, never> =>
    E.left(problem(412, 'PreconditionFailed', detail, current === undefined ? {} : { headers: { ETag: etagOf(current) } }));
  if (ifNoneMatch !== undefined) {
    if (ifNoneMatch.trim() !== '*') return E.left(problem(400, 'InvalidPrecondition', 'If-None-Match is only understood as "*" (create)'));
    return current === undefined ? E.right(ExpectedRevision.noStream) : stale('the resource exists already (If-None-Match: *)');
  }
  if (ifMatch === undefined)
    return current === undefined
      ? E.right(ExpectedRevision.noStream)
      : E.left(
          problem(428, 'PreconditionRequired', `send If-Match with the resource's ETag (now ${etagOf(current)}) to change it`, {
            headers: { ETag: etagOf(current) },
          }),
        );
  if (current === undefined) return stale('the resource does not exist, so If-Match cannot hold');
  if (ifMatch.trim() === '*') return E.right(ExpectedRevision.exact(current));
  const tags = strongTags(ifMatch);
  const mine = etagOf(current);
  if (!tags.includes(mine)) return stale(`the resource is at ${mine}, not ${ifMatch.trim()}`);
  return E.right(ExpectedRevision.exact(current));
};
