import { either as E } from 'fp-ts';
import { codesOf } from '../core/areas.js';
import { docByKey, pageOf, paged, queryDocs, type Page, type Paging, type QueryError } from '../core/view.js';
import type { ProjectionStorage } from '../storage/storage.js';
import { PlanDoc, TallyDoc } from './docs.js';
import { planKey, programmeIndicators } from './model.js';

export interface IndicatorArea {
  readonly province: string;
  readonly district?: string;
  readonly commune?: string;
}

/** A target as the plan states it beside what was recorded; `notRecorded` when the ledger holds no such fact. */
export interface Indicator<Target> {
  readonly target: Target | null;
  readonly actual: number | 'notRecorded';
  /** Whether the actual reaches the target (its minimum, for a range); `null` without a target or an actual. */
  readonly met: boolean | null;
}

export interface Indicators {
  readonly area: IndicatorArea;
  readonly year: number;
  readonly plan: PlanDoc | null;
  /** Products first certified (3★ or more) in the year. */
  readonly newProducts3Plus: Indicator<{ readonly min: number; readonly max: number }>;
  /** Dossiers that a council first scored 4★ or more in the year. */
  readonly eligibleFor4Stars: Indicator<{ readonly min: number; readonly max: number }>;
  /** Re-evaluations concluded with a certificate (renewed, upgraded or downgraded) in the year. */
  readonly expiredReEvaluated: Indicator<{ readonly min: number; readonly max: number }>;
  /** Subjects registered by the end of the year, by legal form; the share of cooperatives among them. */
  readonly subjects: { readonly total: number; readonly byLegalForm: Readonly<Record<string, number>> };
  readonly cooperativeShare: Indicator<number>;
  /** The domain records no value-chain organisations: the target is reported, the actual is not. */
  readonly valueChainOrganisations: Indicator<number>;
  /** Products listed at the end of the year on e-commerce or modern retail channels. */
  readonly listedOnChannels: Indicator<number>;
  readonly listed: { readonly ecommerce: number; readonly retail: number; readonly any: number };
}

const range = (
  target: { readonly min: number; readonly max: number } | undefined,
  actual: number,
): Indicator<{ readonly min: number; readonly max: number }> => ({
  target: target ?? null,
  actual,
  met: target ? actual >= target.min : null,
});

/** The tags of an area: the unit the plan names (its most precise level), and every unit merged into it. */
const tagsFor = (area: IndicatorArea): ReadonlyArray<string> =>
  area.commune !== undefined
    ? codesOf(area.commune).map((c) => `c:${c}`)
    : area.district !== undefined
      ? [`d:${area.district}`]
      : codesOf(area.province).map((c) => `p:${c}`);

/** Plans by year and province as recorded, and only those `within` the units a caller reads, if it says. */
export interface PlansQuery extends Paging {
  readonly year?: number;
  readonly province?: string;
  /** Plans recorded in one of these provinces, or for one of these communes (a plan of a wider area is in none). */
  readonly within?: { readonly provinces?: ReadonlyArray<string>; readonly communes?: ReadonlyArray<string> };
}

/** Programme indicators of a storage: per area and year against the plan's targets; the plans themselves. */
export const indicatorQueries = (storage: ProjectionStorage) => ({
  indicators: async (area: IndicatorArea, year: number): Promise<E.Either<QueryError, Indicators>> => {
    const tallies = await queryDocs(storage, programmeIndicators, 'tallies', TallyDoc.is, {
      where: {
        op: 'and',
        all: [
          { op: 'in', column: 'tag', values: tagsFor(area) },
          { op: 'le', column: 'year', value: year },
        ],
      },
      orderBy: [],
      offset: 0,
      limit: 1000,
    });
    if (E.isLeft(tallies)) return tallies;
    const plan = await docByKey(storage, programmeIndicators, 'plans', PlanDoc.is, planKey(area, year));
    if (E.isLeft(plan)) return plan;
    const sum = (f: (t: TallyDoc) => number, years: 'year' | 'toYear'): number =>
      tallies.right.docs.filter((t) => years === 'toYear' || t.year === year).reduce((n, t) => n + f(t), 0);
    const byLegalForm: Record<string, number> = {};
    for (const t of tallies.right.docs)
      for (const [form, n] of Object.entries(t.subjectsByForm)) byLegalForm[form] = (byLegalForm[form] ?? 0) + n;
    const total = Object.values(byLegalForm).reduce((n, x) => n + x, 0);
    const share = total === 0 ? 0 : (byLegalForm['cooperative'] ?? 0) / total;
    const targets = plan.right?.targets ?? {};
    const listed = {
      ecommerce: sum((t) => t.listedEcommerce, 'toYear'),
      retail: sum((t) => t.listedRetail, 'toYear'),
      any: sum((t) => t.listedAny, 'toYear'),
    };
    return E.right({
      area,
      year,
      plan: plan.right ?? null,
      newProducts3Plus: range(
        targets.newProducts3Plus,
        sum((t) => t.newProducts3Plus, 'year'),
      ),
      eligibleFor4Stars: range(
        targets.eligibleFor4Stars,
        sum((t) => t.eligibleFor4Stars, 'year'),
      ),
      expiredReEvaluated: range(
        targets.expiredReEvaluated,
        sum((t) => t.expiredReEvaluated, 'year'),
      ),
      subjects: { total, byLegalForm },
      cooperativeShare: {
        target: targets.cooperativeShare ?? null,
        actual: share,
        met: targets.cooperativeShare === undefined ? null : share >= targets.cooperativeShare,
      },
      valueChainOrganisations: { target: targets.valueChainOrganisations ?? null, actual: 'notRecorded', met: null },
      listedOnChannels: {
        target: targets.listedOnChannels ?? null,
        actual: listed.any,
        met: targets.listedOnChannels === undefined ? null : listed.any >= targets.listedOnChannels,
      },
      listed,
    });
  },
  plans: async (q: PlansQuery): Promise<E.Either<QueryError, Page<PlanDoc>>> => {
    const { offset, limit } = pageOf(q);
    const where = {
      op: 'and' as const,
      all: [
        ...(q.year === undefined ? [] : [{ op: 'eq' as const, column: 'year', value: q.year }]),
        ...(q.province === undefined ? [] : [{ op: 'eq' as const, column: 'province', value: q.province }]),
        ...(q.within?.provinces === undefined ? [] : [{ op: 'in' as const, column: 'province', values: q.within.provinces }]),
        ...(q.within?.communes === undefined ? [] : [{ op: 'in' as const, column: 'commune', values: q.within.communes }]),
      ],
    };
    const found = await queryDocs(storage, programmeIndicators, 'plans', PlanDoc.is, {
      where,
      orderBy: [{ column: 'year', direction: 'asc' }],
      offset,
      limit,
    });
    return E.map(paged<PlanDoc>(offset, limit))(found);
  },
});
