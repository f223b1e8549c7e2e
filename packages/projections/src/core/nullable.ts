import * as t from 'io-ts';

/** A document field that is present with `null` when there is nothing to say (JSON has no `undefined`). */
export const nullable = <C extends t.Mixed>(c: C) => t.union([c, t.null]);
