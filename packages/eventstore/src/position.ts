import { either as E } from 'fp-ts';

/**
 * Where an event sits in the store's global order: ordered by `commit`, then `prepare`. SQLite and the
 * memory store use one sequence for both; PostgreSQL uses the writing transaction's id and a sequence.
 */
export interface GlobalPosition {
  readonly commit: bigint;
  readonly prepare: bigint;
}

/** Before every event: reading from `start` reads everything. */
export const start: GlobalPosition = { commit: 0n, prepare: 0n };

export const comparePositions = (a: GlobalPosition, b: GlobalPosition): -1 | 0 | 1 =>
  a.commit < b.commit ? -1 : a.commit > b.commit ? 1 : a.prepare < b.prepare ? -1 : a.prepare > b.prepare ? 1 : 0;

const digits = 20; // 2^64 has 20 decimal digits
const maxPart = 2n ** 64n - 1n;

/** `commit:prepare`, each zero-padded to 20 digits, so that checkpoint strings sort like positions. */
export const positionToString = (p: GlobalPosition): string =>
  `${p.commit.toString().padStart(digits, '0')}:${p.prepare.toString().padStart(digits, '0')}`;

export interface InvalidPosition {
  readonly _tag: 'InvalidPosition';
  readonly input: string;
  readonly reason: string;
}

export const parsePosition = (input: string): E.Either<InvalidPosition, GlobalPosition> => {
  const m = /^(\d{1,20}):(\d{1,20})$/.exec(input);
  if (!m?.[1] || !m[2]) return E.left({ _tag: 'InvalidPosition', input, reason: 'expected commit:prepare, two decimal numbers' });
  const commit = BigInt(m[1]);
  const prepare = BigInt(m[2]);
  if (commit > maxPart || prepare > maxPart) return E.left({ _tag: 'InvalidPosition', input, reason: 'a part exceeds 2^64 - 1' });
  return E.right({ commit, prepare });
};
