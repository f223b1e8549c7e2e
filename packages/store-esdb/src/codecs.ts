import * as t from 'io-ts';

/** A string that matches `pattern`, named `name` in errors. */
export const matching = (name: string, pattern: RegExp): t.Type<string, string, unknown> =>
  new t.Type(
    name,
    (u): u is string => typeof u === 'string' && pattern.test(u),
    (u, c) => (typeof u === 'string' && pattern.test(u) ? t.success(u) : t.failure(u, c)),
    t.identity,
  );

/** A revision stored as a decimal string, since JSON numbers cannot hold every 64-bit revision. */
export const Revision = new t.Type<bigint, string, unknown>(
  'revision as a decimal string',
  (u): u is bigint => typeof u === 'bigint',
  (u, c) => (typeof u === 'string' && /^\d{1,19}$/.test(u) ? t.success(BigInt(u)) : t.failure(u, c)),
  (b) => b.toString(),
);
