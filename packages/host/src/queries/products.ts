import * as t from 'io-ts';
import { either as E } from 'fp-ts';
import { LocalDate, strict } from '@ocop/kernel';
import { ProductId } from '@ocop/domain';
import {
  docByKey,
  productRegistry,
  registryQueries,
  SubjectDoc,
  type ProductRow,
  type ProductStatus,
  type RegistryQuery,
} from '@ocop/projections';
import type { Principal } from '../auth/claims.js';
import type { Facts } from '../access/facts.js';
import { scopeOf } from '../access/areas.js';
import { canSeeProduct } from '../access/read-policy.js';
import { forbidden, type Problem } from '../http/problem.js';
import { noBody, route, type AnyRoute } from '../http/route.js';
import { disclose, type DiscloseDeps } from '../privacy/disclose.js';
import { asOfProps, CommuneCode, DistrictCode, IntFromString, pagingProps, ProvinceCode } from './codecs.js';
import { etagHeader } from './revision.js';
import { missingRow, queryProblem, todayOf, type ViewDeps, viewsFor } from './views.js';

export interface QueryDeps extends ViewDeps, DiscloseDeps {
  readonly facts: Facts;
}

const statusKeys = {
  neverCertified: null,
  revoked: null,
  annulled: null,
  superseded: null,
  expired: null,
  inReEvaluationWindow: null,
  expiringSoon: null,
  certified: null,
} satisfies Record<ProductStatus, null>;

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
    status: t.keyof(statusKeys),
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

const page = <A>(rows: ReadonlyArray<A>, offset = 0, limit = 50) => ({
  rows: rows.slice(offset, offset + Math.min(limit, 1000)),
  total: rows.length,
  offset,
  limit: Math.min(limit, 1000),
});

const listRoles = ['subject', 'communeOfficer', 'provincialOffice', 'recognisingAuthority', 'auditor', 'administrator'] as const;

export const productRoutes = (deps: QueryDeps): ReadonlyArray<AnyRoute> => {
  const views = viewsFor(deps);
  return [
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
      problems: [400, 401, 403, 503],
      handle: async ({ query, ctx }) => {
        const storage = await views(query.asOf);
        if (E.isLeft(storage)) return storage;
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
        const registry = registryQueries(storage.right);
        if (ctx.principal.role === 'subject') {
          // A subject lists its own products only: those its registry entry names.
          const own = await docByKey(storage.right, productRegistry, 'subjects', SubjectDoc.is, ctx.principal.subject ?? '');
          if (E.isLeft(own)) return E.left(queryProblem(own.left));
          const ids = new Set(own.right?.productIds ?? []);
          const all = await registry.search({ ...search, offset: 0, limit: 1000 });
          if (E.isLeft(all)) return E.left(queryProblem(all.left));
          const mine: ReadonlyArray<ProductRow> = all.right.rows.filter((r) => ids.has(r.productId));
          return E.map((body: unknown) => ({ status: 200, body }))(
            await disclose(deps, ctx, 'searchProducts', page(mine, q.offset, q.limit)),
          );
        }
        const found = await registry.search(search);
        if (E.isLeft(found)) return E.left(queryProblem(found.left));
        return E.map((body: unknown) => ({ status: 200, body }))(await disclose(deps, ctx, 'searchProducts', found.right));
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
      problems: [400, 401, 403, 404, 503],
      handle: async ({ params, query, ctx }) => {
        const f = await deps.facts.product(params.id);
        if (E.isLeft(f)) return f;
        const allowed = canSeeProduct(ctx.principal, f.right);
        if (E.isLeft(allowed)) return allowed;
        const storage = await views(query.asOf);
        if (E.isLeft(storage)) return storage;
        const row = await registryQueries(storage.right).product(params.id, { today: query.today ?? query.asOf ?? todayOf(deps.clock) });
        if (E.isLeft(row)) return E.left(queryProblem(row.left));
        if (row.right === undefined) return E.left(missingRow('product', query.asOf));
        const etag = await etagHeader(deps.store, `Product-${params.id}`);
        if (E.isLeft(etag)) return etag;
        const body = await disclose(deps, ctx, 'getProduct', row.right);
        return E.map((b: unknown) => ({ status: 200, body: b, headers: etag.right }))(body);
      },
    }),
  ];
};
