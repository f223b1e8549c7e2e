import * as t from 'io-ts';
import { LocalDate } from '@ocop/kernel';
import type { ProductStatus } from '@ocop/projections';

/** A whole number in a query string. */
export const IntFromString = new t.Type<number, string, unknown>(
  'Integer',
  (u): u is number => typeof u === 'number' && Number.isInteger(u),
  (u, c) =>
    typeof u === 'string' && /^\d{1,9}$/.test(u)
      ? t.success(Number(u))
      : t.failure(u, c, `expected a whole number, got ${JSON.stringify(u)}`),
  String,
);

/** `true` or `false` in a query string. */
export const BooleanFromString = new t.Type<boolean, string, unknown>(
  'Boolean',
  (u): u is boolean => typeof u === 'boolean',
  (u, c) =>
    u === 'true' ? t.success(true) : u === 'false' ? t.success(false) : t.failure(u, c, `expected true or false, got ${JSON.stringify(u)}`),
  String,
);

export const ProvinceCode = t.refinement(t.string, (s) => /^\d{2}$/.test(s), 'ProvinceCode');
export const DistrictCode = t.refinement(t.string, (s) => /^\d{3}$/.test(s), 'DistrictCode');
export const CommuneCode = t.refinement(t.string, (s) => /^\d{5}$/.test(s), 'CommuneCode');

/** Paging and the day a query is read as of, shared by every list. */
export const pagingProps = { offset: IntFromString, limit: IntFromString };
/** `asOf`: the read models as they stood at the end of that day (business time). */
export const asOfProps = { asOf: LocalDate };

export const TrailFormat = t.keyof({ json: null, text: null, md: null });

/** A product's status on a day, as the registry judges it. */
export const ProductStatusCodec = t.keyof(
  {
    neverCertified: null,
    revoked: null,
    annulled: null,
    superseded: null,
    expired: null,
    inReEvaluationWindow: null,
    expiringSoon: null,
    certified: null,
  } satisfies Record<ProductStatus, null>,
  'ProductStatus',
);
