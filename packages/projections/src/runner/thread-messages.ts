import type { either as E } from 'fp-ts';
import * as t from 'io-ts';

/** What the runner's side asks a runner thread. */
export type ThreadQuestion =
  { readonly op: 'start' | 'caughtUp' | 'status' | 'stop' } | { readonly op: 'rebuild'; readonly names: ReadonlyArray<string> };

/** A question with its id, which the answer repeats. */
export type ThreadRequest = ThreadQuestion & { readonly id: number };

/** What a thread sends back: the answer to a request, or the end of its runner (`done`). */
export type ThreadReply =
  { readonly id: number; readonly result: E.Either<unknown, unknown> } | { readonly op: 'done'; readonly result: E.Either<unknown, void> };

const isEither = (u: unknown): u is E.Either<unknown, unknown> =>
  t.UnknownRecord.is(u) && ((u['_tag'] === 'Left' && 'left' in u) || (u['_tag'] === 'Right' && 'right' in u));

export const isThreadRequest = (u: unknown): u is ThreadRequest =>
  t.UnknownRecord.is(u) &&
  typeof u['id'] === 'number' &&
  (u['op'] === 'start' ||
    u['op'] === 'caughtUp' ||
    u['op'] === 'status' ||
    u['op'] === 'stop' ||
    (u['op'] === 'rebuild' && Array.isArray(u['names']) && u['names'].every((n) => typeof n === 'string')));

export const isThreadReply = (u: unknown): u is ThreadReply =>
  t.UnknownRecord.is(u) && isEither(u['result']) && (typeof u['id'] === 'number' || u['op'] === 'done');
