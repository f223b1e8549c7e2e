import * as t from 'io-ts';
import { either as E } from 'fp-ts';

export interface StreamNameBrand {
  readonly StreamName: unique symbol;
}
/** `Category-id`, e.g. `Dossier-2026.HN.0042`: the category names the aggregate, the id one instance of it. */
export type StreamName = t.Branded<string, StreamNameBrand>;

export interface InvalidStreamName {
  readonly _tag: 'InvalidStreamName';
  readonly stream: string;
  readonly reason: string;
}

export const maxStreamNameLength = 255;
const pattern = /^[A-Za-z][A-Za-z0-9]*-[A-Za-z0-9._:~-]+$/;

const problemWith = (s: string): string | undefined => {
  if (s.startsWith('$')) return 'names starting with "$" are reserved for the store';
  if (s.length > maxStreamNameLength) return `longer than ${maxStreamNameLength} characters`;
  if (!pattern.test(s)) return 'expected Category-id: a letter and letters or digits, "-", then letters, digits or . _ : ~ -';
  return undefined;
};

export const StreamName = t.brand(t.string, (s): s is StreamName => problemWith(s) === undefined, 'StreamName');

export const parseStreamName = (input: unknown): E.Either<InvalidStreamName, StreamName> => {
  if (typeof input !== 'string') return E.left({ _tag: 'InvalidStreamName', stream: String(input), reason: 'not a string' });
  const reason = problemWith(input);
  // problemWith found nothing wrong, which is exactly what the brand checks.
  return reason === undefined ? E.right(input as StreamName) : E.left({ _tag: 'InvalidStreamName', stream: input, reason });
};

/** For literals in code and tests: throws on a malformed name. */
export const streamName = (s: string): StreamName => {
  const parsed = parseStreamName(s);
  if (E.isLeft(parsed)) throw new Error(`not a stream name: ${s} (${parsed.left.reason})`);
  return parsed.right;
};

/** The category of a stream: the part before the first "-". */
export const categoryOf = (stream: StreamName): string => stream.slice(0, stream.indexOf('-'));
