import type { CertifiedStars } from '../stars.js';
import { criteriaOf, type Criterion, type PartCode, type Sheet } from '../sheets/sheet.js';

/** What a criterion asks for a star level: at least `points`, i.e. the marked option `option` (1-based). */
export interface Requirement {
  readonly stars: CertifiedStars;
  readonly points: number;
  readonly option: number;
  readonly label: string;
}

export interface IndexedCriterion extends Criterion {
  readonly part: PartCode;
  readonly group: string;
  readonly position: number;
  /** The minimum for 3, 4 and 5 stars; a higher level inherits the lower marker when it has none of its own. */
  readonly requirements: Readonly<Partial<Record<CertifiedStars, Requirement>>>;
}

export interface SheetIndex {
  readonly criteria: ReadonlyArray<IndexedCriterion>;
  readonly byCode: ReadonlyMap<string, IndexedCriterion>;
}

const LEVELS: ReadonlyArray<CertifiedStars> = [3, 4, 5];

const requirementsOf = (c: Criterion): Partial<Record<CertifiedStars, Requirement>> => {
  const out: Partial<Record<CertifiedStars, Requirement>> = {};
  for (const stars of LEVELS) {
    // The strictest marker at or below this level: a 4-star minimum also binds a 5-star product.
    let best: Requirement | undefined;
    c.options.forEach((o, i) => {
      if (o.minStars !== undefined && o.minStars <= stars && (!best || o.points > best.points))
        best = { stars, points: o.points, option: i + 1, label: o.label };
    });
    if (best) out[stars] = best;
  }
  return out;
};

const cache = new WeakMap<Sheet, SheetIndex>();

/** The sheet's criteria in printed order with their minimum requirements, computed once per sheet. */
export const indexSheet = (sheet: Sheet): SheetIndex => {
  const cached = cache.get(sheet);
  if (cached) return cached;
  const criteria = criteriaOf(sheet).map((c, position) => ({ ...c, position, requirements: requirementsOf(c) }));
  const index = { criteria, byCode: new Map(criteria.map((c) => [c.code, c])) };
  cache.set(sheet, index);
  return index;
};
