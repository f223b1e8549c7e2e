import { either as E } from 'fp-ts';
import { queryDocs, type QueryError } from '../core/view.js';
import type { ProjectionStorage } from '../storage/storage.js';
import { TrailEntry } from './docs.js';
import { decisionTrail } from './model.js';

/** Every entry whose column holds `id`, in the store's order (entries are keyed by position). */
const trailOf = async (
  storage: ProjectionStorage,
  column: string,
  id: string,
): Promise<E.Either<QueryError, ReadonlyArray<TrailEntry>>> => {
  const entries: TrailEntry[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = await queryDocs(storage, decisionTrail, 'entries', TrailEntry.is, {
      where: { op: 'eq', column, value: id },
      orderBy: [],
      offset,
      limit: 1000,
    });
    if (E.isLeft(page)) return page;
    entries.push(...page.right.docs);
    if (entries.length >= page.right.total || page.right.docs.length === 0) return E.right(entries);
  }
};

/** The decision trail of a storage: every rating decision of a product or a dossier, oldest first. */
export const trailQueries = (storage: ProjectionStorage) => ({
  product: (productId: string) => trailOf(storage, 'product_id', productId),
  dossier: (dossierId: string) => trailOf(storage, 'dossier_id', dossierId),
});
