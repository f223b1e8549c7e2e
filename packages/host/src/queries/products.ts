import * as t from 'io-ts';
import { either as E } from 'fp-ts';
import { LocalDate, strict } from '@ocop/kernel';
import { ProductId } from '@ocop/domain';
import { docByKey, pageOf, productRegistry, registryQueries, SubjectDoc, type RegistryQuery } from '@ocop/projections';
import type { Principal } from '../auth/claims.js';
import type { Facts } from '../access/facts.js';
import { scopeOf } from '../access/areas.js';
import { canSeeProduct } from '../access/read-policy.js';
import { forbidden, type Problem } from '../http/problem.js';
import { noBody, route, type AnyRoute } from '../http/route.js';
import { disclose, type DiscloseDeps } from '../privacy/disclose.js';
import { asOfProps, CommuneCode, DistrictCode, IntFromString, pagingProps, ProductStatusCodec, ProvinceCode } from './codecs.js';
import { etagHeader } from './revision.js';
import type { AsOfViews } from './as-of-views.js';
import { ownProducts } from './own-products.js';
import { ProductAnswer, ProductPage, SubjectPage } from './answers.js';
import { missingRow, queryProblem, todayOf, type ViewDeps } from './views.js';

export interface QueryDeps extends ViewDeps, DiscloseDeps {
  readonly facts: Facts;
  /** The read models of past days, one cache for the whole host. */
  readonly views: AsOfViews;
}

export const ProductsQuery = strict(
  'ProductsQuery',
  {},
  {
    province: ProvinceCode,
    commune: CommuneCode,
    district: DistrictCode,
    group: t.string,
    subgroup: t.string,
    sheet: IntFromString,
    stars: IntFromString,
    status: ProductStatusCodec,
    legalForm: t.string,
    text: t.string,
    sort: t.keyof({ name: null, stars: null, issuedOn: null, expiresOn: null, code: null }),
    direction: t.keyof({ asc: null, desc: null }),
    today: LocalDate,
    ...pagingProps,
    ...asOfProps,
  },
);
type ProductsQuery = t.TypeOf<typeof ProductsQuery>;

/**
 * Narrows a list query to the caller's area: an office or authority reads its own province or commune (with
 * the units merged into it) unless it asks for a part of it; asking for another area is refused.
 */
export const scopedArea = <Q extends { readonly province?: string; readonly commune?: string }>(
  p: Principal,
  q: Q,
): E.Either<Problem, Q> => {
  if (p.role === 'auditor' || p.role === 'administrator' || p.role === 'subject') return E.right(q);
  const scope = scopeOf(p.area);
  switch (scope.level) {
    case 'national':
      return E.right(q);
    case 'province':
      if (q.province !== undefined && !scope.codes.has(q.province))
        return E.left(forbidden('OutsideArea', `province ${q.province} is outside ${p.area}`));
      return E.right({ ...q, province: q.province ?? scope.code });
    case 'commune':
      if (q.commune !== undefined && !scope.codes.has(q.commune))
        return E.left(forbidden('OutsideArea', `commune ${q.commune} is outside ${p.area}`));
      return E.right({ ...q, commune: q.commune ?? scope.code });
  }
};

const listRoles = ['subject', 'communeOfficer', 'provincialOffice', 'recognisingAuthority', 'auditor', 'administrator'] as const;

export const SubjectsQuery = strict(
  'SubjectsQuery',
  {},
  {
    province: ProvinceCode,
    commune: CommuneCode,
    district: DistrictCode,
    legalForm: t.string,
    text: t.string,
    ...pagingProps,
    ...asOfProps,
  },
);

export const productRoutes = (deps: QueryDeps): ReadonlyArray<AnyRoute> => {
  const views = deps.views;
  return [
    route({
      method: 'get',
      path: '/api/subjects',
      operationId: 'searchSubjects',
      tag: 'Subjects',
      summary: 'Search the subjects (chủ thể): area (today’s codes cover merged units), legal form, words of the name',
      roles: listRoles,
      params: strict('NoParams', {}, {}),
      query: SubjectsQuery,
      body: noBody,
      response: SubjectPage,
      problems: [400, 401, 403, 503],
      handle: async ({ query, ctx }) => {
        const scoped = scopedArea(ctx.principal, query);
        if (E.isLeft(scoped)) return scoped;
        const { asOf, ...q } = scoped.right;
        return views.read(asOf, async (storage) => {
          // A subject lists itself only.
          if (ctx.principal.role === 'subject') {
            const own = await docByKey(storage, productRegistry, 'subjects', SubjectDoc.is, ctx.principal.subject ?? '');
            if (E.isLeft(own)) return E.left(queryProblem(own.left));
            const rows = own.right === undefined ? [] : [own.right];
            const { offset, limit } = pageOf(q);
            return E.right({ status: 200, body: { rows: rows.slice(offset, offset + limit), total: rows.length, offset, limit } });
          }
          const found = await registryQueries(storage).subjects(q);
          return E.isLeft(found) ? E.left(queryProblem(found.left)) : E.right({ status: 200, body: found.right });
        });
      },
    }),
    route({
      method: 'get',
      path: '/api/products',
      operationId: 'searchProducts',
      tag: 'Product registry',
      summary:
        'Search the product registry: area (today’s codes cover merged units), sheet, group, stars, status on a day, words of the name',
      roles: listRoles,
      params: strict('NoParams', {}, {}),
      query: ProductsQuery,
      body: noBody,
      response: ProductPage,
      problems: [400, 401, 403, 503],
      handle: async ({ query, ctx }) => {
        const scoped = scopedArea(ctx.principal, query);
        if (E.isLeft(scoped)) return scoped;
        const q: ProductsQuery = scoped.right;
        const today = q.today ?? q.asOf ?? todayOf(deps.clock);
        const { sort, direction, asOf: _asOf, ...filters } = q;
        const search: RegistryQuery = {
          ...filters,
          today,
          ...(sort === undefined ? {} : { sort: { by: sort, direction: direction ?? 'asc' } }),
        };
        return views.read(query.asOf, async (storage) => {
          if (ctx.principal.role === 'subject') {
            // A subject lists its own products only: those its registry entry names.
            const own = await docByKey(storage, productRegistry, 'subjects', SubjectDoc.is, ctx.principal.subject ?? '');
            if (E.isLeft(own)) return E.left(queryProblem(own.left));
            const mine = await ownProducts(storage, own.right?.productIds ?? [], search);
            if (E.isLeft(mine)) return E.left(queryProblem(mine.left));
            return E.map((body: unknown) => ({ status: 200, body }))(await disclose(deps, ctx, 'searchProducts', mine.right));
          }
          const found = await registryQueries(storage).search(search);
          if (E.isLeft(found)) return E.left(queryProblem(found.left));
          return E.map((body: unknown) => ({ status: 200, body }))(await disclose(deps, ctx, 'searchProducts', found.right));
        });
      },
    }),
    route({
      method: 'get',
      path: '/api/products/:id',
      operationId: 'getProduct',
      tag: 'Product registry',
      summary: 'A product: its subject, areas, channels, status and certificates; the ETag is its stream’s revision',
      roles: listRoles,
      params: strict('ProductParams', { id: ProductId }, {}),
      query: strict('ProductQuery', {}, { today: LocalDate, ...asOfProps }),
      body: noBody,
      response: ProductAnswer,
      problems: [400, 401, 403, 404, 503],
      handle: async ({ params, query, ctx }) => {
        const f = await deps.facts.product(params.id);
        if (E.isLeft(f)) return f;
        const allowed = canSeeProduct(ctx.principal, f.right);
        if (E.isLeft(allowed)) return allowed;
        const row = await views.read(query.asOf, (storage) =>
          registryQueries(storage)
            .product(params.id, { today: query.today ?? query.asOf ?? todayOf(deps.clock) })
            .then(E.mapLeft(queryProblem)),
        );
        if (E.isLeft(row)) return row;
        if (row.right === undefined) return E.left(missingRow('product', query.asOf));
        const etag = await etagHeader(deps.store, `Product-${params.id}`);
        if (E.isLeft(etag)) return etag;
        const body = await disclose(deps, ctx, 'getProduct', row.right);
        return E.map((b: unknown) => ({ status: 200, body: b, headers: etag.right }))(body);
      },
    }),
  ];
};
