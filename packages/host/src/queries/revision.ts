import { either as E } from 'fp-ts';
import type { EventStore } from '@ocop/eventstore';
import { etagOf } from '../http/etag.js';
import { storeProblem } from '../http/ledger-problem.js';
import type { Problem } from '../http/problem.js';

/** The ETag of a stream's current revision (none for a stream with no events): what a command then sends as If-Match. */
export const etagHeader = async (store: EventStore, stream: string): Promise<E.Either<Problem, Readonly<Record<string, string>>>> => {
  const last = await store.readStream(stream, { direction: 'backwards', limit: 1 });
  if (E.isLeft(last)) return E.left(storeProblem(last.left));
  const head = last.right[0];
  const headers: Readonly<Record<string, string>> = head === undefined ? {} : { ETag: etagOf(head.revision) };
  return E.right(headers);
};
