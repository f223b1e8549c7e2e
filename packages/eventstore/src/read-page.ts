import type { either as E } from 'fp-ts';
import type { RecordedEvent } from './envelope.js';
import type { StoreError } from './errors.js';
import type { GlobalPosition } from './position.js';

/** Up to `limit` events after `after` (exclusive), in global order: what readAll and subscriptions are built on. */
export type ReadPage = (after: GlobalPosition, limit: number) => Promise<E.Either<StoreError, ReadonlyArray<RecordedEvent>>>;
