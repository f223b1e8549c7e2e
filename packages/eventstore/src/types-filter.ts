import { either as E } from 'fp-ts';
import type { StoreError } from './errors.js';

/** The `types` option of a read or a subscription, checked: `undefined` for every event. */
export const typesFilter = (types: ReadonlyArray<string> | undefined): E.Either<StoreError, ReadonlySet<string> | undefined> =>
  types === undefined
    ? E.right(undefined)
    : Array.isArray(types) && types.length > 0 && types.every((t) => typeof t === 'string' && t.length > 0)
      ? E.right(new Set(types))
      : E.left({ _tag: 'InvalidReadOptions', reason: 'types: expected a non-empty list of event types' });
