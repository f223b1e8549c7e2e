import * as t from 'io-ts';
import { isJson, type Json } from '@ocop/kernel';

/** A codec that accepts the values `test` accepts, unchanged, and names itself `name` in errors. */
export const checked = <A>(name: string, test: (u: unknown) => u is A): t.Type<A, A, unknown> =>
  new t.Type<A, A, unknown>(name, test, (u, c) => (test(u) ? t.success(u) : t.failure(u, c)), t.identity);

export const nonEmptyString = checked('non-empty string', (u): u is string => typeof u === 'string' && u.trim().length > 0);

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** Lower case only, so that an id compares equal to itself after any database has stored it. */
export const Uuid = checked('UUID in lower case', (u): u is string => typeof u === 'string' && uuidPattern.test(u));

const typePattern = /^[A-Za-z][A-Za-z0-9._:-]{0,199}$/;
export const EventType = checked(
  'event type (a letter, then letters, digits or . _ : -)',
  (u): u is string => typeof u === 'string' && typePattern.test(u),
);

export const SchemaVersion = checked(
  'schema version (an integer from 1)',
  (u): u is number => typeof u === 'number' && Number.isInteger(u) && u >= 1 && u <= 2 ** 31 - 1,
);

export const JsonValue = checked('JSON (null, booleans, finite numbers, strings, arrays, plain objects)', (u): u is Json => isJson(u));
