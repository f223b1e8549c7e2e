import * as t from 'io-ts';
import { TargetsCodec } from '@ocop/domain';
import { AreaDoc } from '../core/areas.js';

/**
 * What happened in one year in one administrative unit (a "tag": p:60, d:599, c:23176), as recorded:
 * counts of the year, and changes of the year for the stocks (subjects by legal form, products listed),
 * which a query adds up over the years.
 */
export const TallyDoc = t.type({
  year: t.number,
  tag: t.string,
  newProducts3Plus: t.number,
  eligibleFor4Stars: t.number,
  expiredReEvaluated: t.number,
  subjectsByForm: t.record(t.string, t.number),
  listedEcommerce: t.number,
  listedRetail: t.number,
  listedAny: t.number,
});
export type TallyDoc = t.TypeOf<typeof TallyDoc>;

export const SubjectFactsDoc = t.type({ area: AreaDoc, legalForm: t.string });
export const ProductFactsDoc = t.type({
  area: t.union([AreaDoc, t.null]),
  channels: t.readonlyArray(t.type({ name: t.string, kind: t.string })),
});
export type ProductFactsDoc = t.TypeOf<typeof ProductFactsDoc>;
export const DossierFactsDoc = t.type({ area: AreaDoc, kind: t.string, counted4Stars: t.boolean });
export type DossierFactsDoc = t.TypeOf<typeof DossierFactsDoc>;

export const PlanDoc = t.type({
  area: t.intersection([t.type({ province: t.string }), t.partial({ district: t.string, commune: t.string })]),
  year: t.number,
  targets: TargetsCodec,
  plan: t.type({ title: t.string, issuedBy: t.string, issuedOn: t.string }),
  setOn: t.string,
});
export type PlanDoc = t.TypeOf<typeof PlanDoc>;

export type IndicatorDocs = {
  readonly tallies: TallyDoc;
  readonly subjects: t.TypeOf<typeof SubjectFactsDoc>;
  readonly products: ProductFactsDoc;
  readonly dossiers: DossierFactsDoc;
  readonly plans: PlanDoc;
};
