import { either as E } from 'fp-ts';
import { foldVietnamese } from '@ocop/kernel';
import {
  compareRows,
  pageOf,
  registryQueries,
  type ColumnValue,
  type Page,
  type ProductRow,
  type ProjectionStorage,
  type QueryError,
  type RegistryQuery,
} from '@ocop/projections';
import { covers, scopeOf } from '../access/areas.js';

type SortBy = NonNullable<RegistryQuery['sort']>['by'];

/** What each sort of the registry orders by, as its columns hold it (no certificate: NULL, first when ascending). */
const sortValue: Readonly<Record<SortBy, (r: ProductRow) => ColumnValue>> = {
  name: (r) => foldVietnamese(r.name),
  stars: (r) => r.certificate?.stars ?? null,
  issuedOn: (r) => r.certificate?.issuedOn ?? null,
  expiresOn: (r) => r.certificate?.expiresOn ?? null,
  code: (r) => r.code,
};

/** Whether a product answers the registry's filters, read as its search reads them (today's codes cover merged units). */
const matches = (q: RegistryQuery): ((r: ProductRow) => boolean) => {
  const province = q.province === undefined ? undefined : scopeOf(q.province);
  const commune = q.commune === undefined ? undefined : scopeOf(q.commune);
  const statuses = q.status === undefined ? undefined : typeof q.status === 'string' ? [q.status] : q.status;
  const text = q.text === undefined ? '' : foldVietnamese(q.text);
  return (r) =>
    (province === undefined || r.areas.some((a) => covers(province, a))) &&
    (commune === undefined || r.areas.some((a) => covers(commune, a))) &&
    (q.district === undefined || r.areas.some((a) => a.district === q.district)) &&
    (q.group === undefined || r.group === q.group) &&
    (q.subgroup === undefined || r.subgroup === q.subgroup) &&
    (q.sheet === undefined || r.sheet === q.sheet) &&
    (q.stars === undefined || r.certificate?.stars === q.stars) &&
    (statuses === undefined || statuses.includes(r.status)) &&
    (q.legalForm === undefined || r.subject?.legalForm === q.legalForm) &&
    (text === '' || foldVietnamese(r.name).includes(text) || foldVietnamese(r.subject?.name ?? '').includes(text));
};

/**
 * A subject's own products (those its registry entry names), looked up one by one rather than searched for
 * among the whole registry, then filtered, sorted and paged as the registry's search does.
 */
export const ownProducts = async (
  storage: ProjectionStorage,
  productIds: ReadonlyArray<string>,
  q: RegistryQuery,
): Promise<E.Either<QueryError, Page<ProductRow>>> => {
  const registry = registryQueries(storage);
  const keep = matches(q);
  const rows: ProductRow[] = [];
  for (const id of productIds) {
    const row = await registry.product(id, q);
    if (E.isLeft(row)) return row;
    if (row.right !== undefined && keep(row.right)) rows.push(row.right);
  }
  const value = sortValue[q.sort?.by ?? 'name'];
  const order = compareRows([{ column: 'by', direction: q.sort?.direction ?? 'asc' }]);
  const sorted = rows
    .map((r) => ({ key: r.productId, columns: { by: value(r) }, row: r }))
    .sort(order)
    .map((x) => x.row);
  const { offset, limit } = pageOf(q);
  return E.right({ rows: sorted.slice(offset, offset + limit), total: sorted.length, offset, limit });
};
