import { canonicalJson } from '@ocop/eventstore';

/** A field whose recorded value is not the value the rules give. */
export interface Difference {
  readonly field: string;
  readonly recorded: string;
  readonly expected: string;
}

/** Equality of JSON values, object keys in any order (`undefined` fields count as absent, as in JSON). */
export const sameJson = (a: unknown, b: unknown): boolean => {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  // Two non-null, non-array objects: their own fields are their JSON fields.
  const x = a as Readonly<Record<string, unknown>>;
  const y = b as Readonly<Record<string, unknown>>;
  const keys = Object.keys(x).filter((k) => x[k] !== undefined);
  if (keys.length !== Object.keys(y).filter((k) => y[k] !== undefined).length) return false;
  for (const k of keys) if (!sameJson(x[k], y[k])) return false;
  return true;
};

/** The fields among `[field, recorded, expected]` whose values differ as JSON. */
export const differences = (pairs: ReadonlyArray<readonly [string, unknown, unknown]>): ReadonlyArray<Difference> =>
  pairs.flatMap(([field, recorded, expected]) =>
    sameJson(recorded ?? null, expected ?? null)
      ? []
      : [{ field, recorded: canonicalJson(recorded ?? null), expected: canonicalJson(expected ?? null) }],
  );

/** "mean: recorded 76.5, the rules give 74.43; stars: …", at most four, then how many more. */
export const describeDifferences = (ds: ReadonlyArray<Difference>): string => {
  const shown = ds.slice(0, 4).map((d) => `${d.field}: recorded ${d.recorded}, the rules give ${d.expected}`);
  return ds.length > 4 ? `${shown.join('; ')}; and ${ds.length - 4} more` : shown.join('; ');
};

/** The differences as finding details. */
export const differenceDetails = (ds: ReadonlyArray<Difference>) => ({
  differences: ds.map((d) => ({ field: d.field, recorded: d.recorded, expected: d.expected })),
});
