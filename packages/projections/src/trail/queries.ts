import { either as E } from 'fp-ts';
import { docByKey, type QueryError } from '../core/view.js';
import type { ProjectionStorage } from '../storage/storage.js';
import { TrailDoc, type TrailEntry } from './docs.js';
import { decisionTrail, trailKeys } from './model.js';

const entries = (d: TrailDoc | undefined): ReadonlyArray<TrailEntry> => d?.entries ?? [];

/** The decision trail of a storage: every rating decision of a product or a dossier, oldest first. */
export const trailQueries = (storage: ProjectionStorage) => ({
  product: async (productId: string): Promise<E.Either<QueryError, ReadonlyArray<TrailEntry>>> =>
    E.map(entries)(await docByKey(storage, decisionTrail, 'trails', TrailDoc.is, trailKeys.product(productId))),
  dossier: async (dossierId: string): Promise<E.Either<QueryError, ReadonlyArray<TrailEntry>>> =>
    E.map(entries)(await docByKey(storage, decisionTrail, 'trails', TrailDoc.is, trailKeys.dossier(dossierId))),
});
