import { foldVietnamese } from '@ocop/kernel';
import { findSheet, qd26Catalogue } from '@ocop/rules';
import { areaTags } from '../core/areas.js';
import type { ColumnType, ColumnValue } from '../core/columns.js';
import type { ProductDoc, SubjectDoc } from './docs.js';

export const productColumns: Readonly<Record<string, ColumnType>> = {
  name_folded: 'text',
  subject_folded: 'text',
  areas: 'text',
  sheet: 'integer',
  product_group: 'text',
  product_subgroup: 'text',
  legal_form: 'text',
  code: 'text',
  stars: 'integer',
  cert_state: 'text',
  issued_on: 'text',
  expires_on: 'text',
  valid_until: 'text',
};

/** The current certificate: the last issued (a new one supersedes the one before). */
export const currentCertificate = (doc: ProductDoc) => doc.certificates[doc.certificates.length - 1];

/** Group and sub-group of QĐ 26/2026 Annex I, by the product's sheet (the same numbering in every rule set). */
export const classificationOf = (sheet: number) => findSheet(qd26Catalogue, sheet)?.classification;

export const productColumnsOf = (doc: ProductDoc): Readonly<Record<string, ColumnValue>> => {
  const current = currentCertificate(doc);
  const classification = classificationOf(doc.sheet);
  return {
    name_folded: foldVietnamese(doc.name),
    subject_folded: foldVietnamese(doc.subject?.name ?? ''),
    areas: areaTags(doc.areas),
    sheet: doc.sheet,
    product_group: classification?.group ?? null,
    product_subgroup: classification?.subgroup ?? null,
    legal_form: doc.subject?.legalForm ?? null,
    code: doc.code,
    stars: current?.stars ?? null,
    cert_state: current?.recorded ?? null,
    issued_on: current?.issuedOn ?? null,
    expires_on: current?.expiresOn ?? null,
    valid_until: current?.validUntil ?? null,
  };
};

export const subjectColumns: Readonly<Record<string, ColumnType>> = {
  name_folded: 'text',
  areas: 'text',
  legal_form: 'text',
  products: 'integer',
};

export const subjectColumnsOf = (doc: SubjectDoc): Readonly<Record<string, ColumnValue>> => ({
  name_folded: doc.info === null ? null : foldVietnamese(doc.info.name),
  areas: doc.info === null ? null : areaTags([doc.info.area]),
  legal_form: doc.info?.legalForm ?? null,
  products: doc.productIds.length,
});
