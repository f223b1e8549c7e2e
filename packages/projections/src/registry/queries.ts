import { either as E } from 'fp-ts';
import { foldVietnamese } from '@ocop/kernel';
import { inAreas } from '../core/areas.js';
import { all, type Condition, type Sort } from '../core/condition.js';
import { docByKey, pageOf, paged, queryDocs, type Page, type Paging, type QueryError } from '../core/view.js';
import type { ProjectionStorage } from '../storage/storage.js';
import { classificationOf, currentCertificate } from './columns.js';
import { ProductDoc, SubjectDoc, type CertificateDoc } from './docs.js';
import { productRegistry } from './model.js';
import { statusCondition, statusOf, type ProductStatus, type StatusDay } from './status.js';

export interface RegistryQuery extends StatusDay, Paging {
  /** Today's codes find what was recorded under the units merged into them (Lâm Đồng 68 finds Bình Thuận 60). */
  readonly province?: string;
  readonly commune?: string;
  /** A district code as recorded before July 2025. */
  readonly district?: string;
  /** Annex I group ("I") or sub-group ("I.3") of the product's sheet. */
  readonly group?: string;
  readonly subgroup?: string;
  readonly sheet?: number;
  readonly stars?: number;
  readonly status?: ProductStatus | ReadonlyArray<ProductStatus>;
  /** The subject's legal form: cooperative, sme, household… */
  readonly legalForm?: string;
  /** Words of the product's or the subject's name, with or without diacritics, in any case. */
  readonly text?: string;
  readonly sort?: { readonly by: 'name' | 'stars' | 'issuedOn' | 'expiresOn' | 'code'; readonly direction?: 'asc' | 'desc' };
}

export interface ProductRow {
  readonly productId: string;
  readonly name: string;
  readonly code: string | null;
  readonly sheet: number;
  readonly group: string | null;
  readonly subgroup: string | null;
  readonly subjectId: string;
  readonly subject: ProductDoc['subject'];
  readonly areas: ProductDoc['areas'];
  readonly channels: ProductDoc['channels'];
  readonly status: ProductStatus;
  /** The current certificate (the last issued), whatever its status. */
  readonly certificate: CertificateDoc | null;
  readonly certificates: ReadonlyArray<CertificateDoc>;
}

const sortColumns: Readonly<Record<NonNullable<RegistryQuery['sort']>['by'], string>> = {
  name: 'name_folded',
  stars: 'stars',
  issuedOn: 'issued_on',
  expiresOn: 'expires_on',
  code: 'code',
};

const eq = (column: string, value: string | number | undefined): Condition | undefined =>
  value === undefined ? undefined : { op: 'eq', column, value };

export const registryCondition = (q: RegistryQuery): Condition => {
  const statuses = q.status === undefined ? [] : typeof q.status === 'string' ? [q.status] : q.status;
  const text = q.text === undefined ? '' : foldVietnamese(q.text);
  return all([
    ...inAreas('areas', q),
    eq('product_group', q.group),
    eq('product_subgroup', q.subgroup),
    eq('sheet', q.sheet),
    eq('stars', q.stars),
    eq('legal_form', q.legalForm),
    statuses.length === 0 ? undefined : { op: 'or', any: statuses.map((s) => statusCondition(s, q)) },
    text === ''
      ? undefined
      : {
          op: 'or',
          any: [
            { op: 'contains', column: 'name_folded', value: text },
            { op: 'contains', column: 'subject_folded', value: text },
          ],
        },
  ]);
};

/** Subjects (chủ thể) by name, area (today's codes find the units merged into them) and legal form. */
export interface SubjectQuery extends Paging {
  readonly province?: string;
  readonly commune?: string;
  readonly district?: string;
  readonly legalForm?: string;
  /** Words of the subject's name, with or without diacritics, in any case. */
  readonly text?: string;
}

/** A subject as registered, with its products; one registered only through its products has no `info`. */
export type SubjectRow = SubjectDoc;

export const subjectCondition = (q: SubjectQuery): Condition => {
  const text = q.text === undefined ? '' : foldVietnamese(q.text);
  return all([
    ...inAreas('areas', q),
    eq('legal_form', q.legalForm),
    text === '' ? undefined : { op: 'contains', column: 'name_folded', value: text },
  ]);
};

export const productRow = (doc: ProductDoc, day: StatusDay): ProductRow => {
  const classification = classificationOf(doc.sheet);
  return {
    productId: doc.productId,
    name: doc.name,
    code: doc.code,
    sheet: doc.sheet,
    group: classification?.group ?? null,
    subgroup: classification?.subgroup ?? null,
    subjectId: doc.subjectId,
    subject: doc.subject,
    areas: doc.areas,
    channels: doc.channels,
    status: statusOf(doc, day),
    certificate: currentCertificate(doc) ?? null,
    certificates: doc.certificates,
  };
};

/** The product registry of a storage: `search` with filters, sorting and paging; `product` for one. */
export const registryQueries = (storage: ProjectionStorage) => ({
  search: async (q: RegistryQuery): Promise<E.Either<QueryError, Page<ProductRow>>> => {
    const { offset, limit } = pageOf(q);
    const sort: Sort = { column: sortColumns[q.sort?.by ?? 'name'], direction: q.sort?.direction ?? 'asc' };
    const found = await queryDocs(storage, productRegistry, 'products', ProductDoc.is, {
      where: registryCondition(q),
      orderBy: [sort],
      offset,
      limit,
    });
    return E.map((r: { readonly docs: ReadonlyArray<ProductDoc>; readonly total: number }) => ({
      rows: r.docs.map((d) => productRow(d, q)),
      total: r.total,
      offset,
      limit,
    }))(found);
  },
  subjects: async (q: SubjectQuery): Promise<E.Either<QueryError, Page<SubjectRow>>> => {
    const { offset, limit } = pageOf(q);
    const found = await queryDocs(storage, productRegistry, 'subjects', SubjectDoc.is, {
      where: subjectCondition(q),
      orderBy: [{ column: 'name_folded', direction: 'asc' }],
      offset,
      limit,
    });
    return E.map(paged<SubjectDoc>(offset, limit))(found);
  },
  product: async (productId: string, day: StatusDay): Promise<E.Either<QueryError, ProductRow | undefined>> => {
    const found = await docByKey(storage, productRegistry, 'products', ProductDoc.is, productId);
    return E.map((doc: ProductDoc | undefined) => (doc ? productRow(doc, day) : undefined))(found);
  },
});
