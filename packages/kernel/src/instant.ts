import * as t from 'io-ts';

/** A moment in time as an ISO 8601 UTC string with milliseconds, e.g. `2026-05-22T03:00:00.000Z`. */
export interface InstantBrand {
  readonly Instant: unique symbol;
}
export type Instant = t.Branded<string, InstantBrand>;

const instantPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/;

export const Instant = t.brand(t.string, (s): s is Instant => instantPattern.test(s) && !Number.isNaN(Date.parse(s)), 'Instant');

/** The canonical form of a moment (milliseconds, UTC). */
export const instantOf = (d: Date): Instant => d.toISOString() as Instant;

/** For literals in data and tests: throws on a malformed instant. */
export const instant = (s: string): Instant => {
  if (!Instant.is(s)) throw new Error(`not an ISO 8601 UTC instant: ${s}`);
  return s;
};
