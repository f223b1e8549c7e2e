import { either as E } from 'fp-ts';
import { all, type Condition } from '../core/condition.js';
import { pageOf, paged, queryDocs, type Page, type Paging, type QueryError } from '../core/view.js';
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

/** Decisions across products: of some kinds, under a rule set, on days from `from` to `to` (inclusive). */
export interface DecisionQuery extends Paging {
  readonly kind?: TrailEntry['kind'] | ReadonlyArray<TrailEntry['kind']>;
  readonly ruleSet?: string;
  readonly from?: string;
  readonly to?: string;
}

export const decisionCondition = (q: DecisionQuery): Condition => {
  const kinds = q.kind === undefined ? [] : typeof q.kind === 'string' ? [q.kind] : q.kind;
  return all([
    kinds.length === 0 ? undefined : { op: 'in', column: 'kind', values: kinds },
    q.ruleSet === undefined ? undefined : { op: 'eq', column: 'rule_set', value: q.ruleSet },
    q.from === undefined ? undefined : { op: 'ge', column: 'on_day', value: q.from },
    q.to === undefined ? undefined : { op: 'le', column: 'on_day', value: q.to },
  ]);
};

/** The decision trail of a storage: every rating decision of a product or a dossier, oldest first; a search. */
export const trailQueries = (storage: ProjectionStorage) => ({
  product: (productId: string) => trailOf(storage, 'product_id', productId),
  dossier: (dossierId: string) => trailOf(storage, 'dossier_id', dossierId),
  /** In the store's order (entries are keyed by position), paged. */
  decisions: async (q: DecisionQuery): Promise<E.Either<QueryError, Page<TrailEntry>>> => {
    const { offset, limit } = pageOf(q);
    const found = await queryDocs(storage, decisionTrail, 'entries', TrailEntry.is, {
      where: decisionCondition(q),
      orderBy: [],
      offset,
      limit,
    });
    return E.map(paged<TrailEntry>(offset, limit))(found);
  },
});
