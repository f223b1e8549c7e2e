import { either as E } from 'fp-ts';
import { parseLocalDate } from '@ocop/kernel';
import { parseProductCode, transitionalExtension } from '@ocop/rules';
import { sameArea, type AreaDoc } from '../core/areas.js';
import type { ProjectedEvent } from '../core/event.js';
import type { DocKey, DocWrite, Lookup, ReadModel } from '../core/read-model.js';
import { defineReadModel } from '../core/projector.js';
import { productColumns, productColumnsOf, subjectColumns, subjectColumnsOf } from './columns.js';
import { ProductDoc, SubjectDoc, type CertificateDoc, type RegistryDocs, type SubjectInfo } from './docs.js';

type Get = Lookup<RegistryDocs>;
type Write = DocWrite<RegistryDocs>;

const emptyProduct = (productId: string, subjectId: string): ProductDoc => ({
  productId,
  subjectId,
  name: '',
  sheet: 0,
  code: null,
  registeredOn: null,
  subject: null,
  areas: [],
  channels: [],
  certificates: [],
  pendingDecisions: [],
});

const withArea = (areas: ReadonlyArray<AreaDoc>, area: AreaDoc | undefined): ReadonlyArray<AreaDoc> =>
  area === undefined || areas.some((a) => sameArea(a, area)) ? areas : [...areas, area];

/** The area a product code records: its province, commune and (old format) district. */
const areaOfCode = (code: string): AreaDoc | undefined => {
  const parsed = parseProductCode(code);
  if (E.isLeft(parsed)) return undefined;
  const c = parsed.right;
  return c.format === 'province-commune'
    ? { province: c.province, commune: c.commune }
    : { province: c.province, district: c.district, commune: c.commune };
};

/** Art. 12.3: a certificate whose re-evaluation window closed before QĐ 26/2026 lives on while it is decided. */
const extendedUntil = (expiresOn: string): string => {
  const day = parseLocalDate(expiresOn);
  return (day && transitionalExtension(day)?.validUntil) ?? expiresOn;
};

const product = (doc: ProductDoc): Write => ({ collection: 'products', key: doc.productId, doc });

const updateCertificate = (
  get: Get,
  productId: string,
  certificateId: string,
  f: (c: CertificateDoc) => CertificateDoc,
): ReadonlyArray<Write> => {
  const doc = get('products', productId);
  if (!doc) return [];
  return [product({ ...doc, certificates: doc.certificates.map((c) => (c.certificateId === certificateId ? f(c) : c)) })];
};

/** A subject's facts copied onto each of its products, so that products are filtered without a join. */
const withSubject = (get: Get, subjectId: string, info: SubjectInfo): ReadonlyArray<Write> => {
  const subject = get('subjects', subjectId) ?? { subjectId, info: null, productIds: [] };
  return [
    { collection: 'subjects', key: subjectId, doc: { ...subject, info } },
    ...subject.productIds.flatMap((id) => {
      const doc = get('products', id);
      return doc ? [product({ ...doc, subject: info, areas: withArea(doc.areas, info.area) })] : [];
    }),
  ];
};

const needs = ({ event }: ProjectedEvent, get: Get): ReadonlyArray<DocKey<RegistryDocs>> => {
  switch (event.type) {
    case 'SubjectRegistered':
    case 'SubjectLegalFormChanged': {
      const subject = get('subjects', event.data.subjectId);
      return [
        { collection: 'subjects', key: event.data.subjectId },
        ...(subject?.productIds ?? []).map((key) => ({ collection: 'products' as const, key })),
      ];
    }
    case 'ProductRegistered':
      return [
        { collection: 'products', key: event.data.productId },
        { collection: 'subjects', key: event.data.subjectId },
      ];
    case 'ProductCodeAssigned':
    case 'ProductListed':
    case 'ProductDelisted':
    case 'DossierFiled':
    case 'RecognitionDecided':
    case 'CertificateIssued':
    case 'CertificateSuperseded':
    case 'ReEvaluationFiled':
    case 'ReEvaluationConcluded':
    case 'CertificateExpired':
    case 'CertificateRevoked':
    case 'RecognitionAnnulled':
      return [{ collection: 'products', key: event.data.productId }];
    default:
      return [];
  }
};

const evolve = ({ event, on }: ProjectedEvent, get: Get): ReadonlyArray<Write> => {
  switch (event.type) {
    case 'SubjectRegistered': {
      const d = event.data;
      return withSubject(get, d.subjectId, { name: d.name, legalForm: d.legalForm, area: d.area });
    }
    case 'SubjectLegalFormChanged': {
      const info = get('subjects', event.data.subjectId)?.info;
      return info ? withSubject(get, event.data.subjectId, { ...info, legalForm: event.data.legalForm }) : [];
    }
    case 'ProductRegistered': {
      const d = event.data;
      const subject: SubjectDoc = get('subjects', d.subjectId) ?? { subjectId: d.subjectId, info: null, productIds: [] };
      const before = get('products', d.productId) ?? emptyProduct(d.productId, d.subjectId);
      return [
        product({
          ...before,
          subjectId: d.subjectId,
          name: d.name,
          sheet: d.sheet,
          registeredOn: on,
          subject: subject.info,
          areas: withArea(before.areas, subject.info?.area),
        }),
        { collection: 'subjects', key: d.subjectId, doc: { ...subject, productIds: [...subject.productIds, d.productId] } },
      ];
    }
    case 'ProductCodeAssigned': {
      const doc = get('products', event.data.productId);
      return doc ? [product({ ...doc, code: event.data.code, areas: withArea(doc.areas, areaOfCode(event.data.code)) })] : [];
    }
    case 'ProductListed': {
      const d = event.data;
      const doc = get('products', d.productId);
      return doc
        ? [product({ ...doc, channels: [...doc.channels.filter((c) => c.name !== d.channel.name), { ...d.channel, since: d.since }] })]
        : [];
    }
    case 'ProductDelisted': {
      const doc = get('products', event.data.productId);
      return doc ? [product({ ...doc, channels: doc.channels.filter((c) => c.name !== event.data.channel) })] : [];
    }
    case 'DossierFiled': {
      const doc = get('products', event.data.productId) ?? emptyProduct(event.data.productId, event.data.subjectId);
      return [product({ ...doc, areas: withArea(doc.areas, event.data.area) })];
    }
    case 'RecognitionDecided': {
      const d = event.data;
      const doc = get('products', d.productId) ?? emptyProduct(d.productId, '');
      const decision = {
        dossierId: d.dossierId,
        number: d.decision.number,
        date: d.decision.date,
        signerTitle: d.decision.signer.title,
        signerLevel: d.decision.signer.level,
      };
      return [product({ ...doc, pendingDecisions: [...doc.pendingDecisions, decision] })];
    }
    case 'CertificateIssued': {
      const d = event.data;
      const doc = get('products', d.productId) ?? emptyProduct(d.productId, '');
      const certificate: CertificateDoc = {
        certificateId: d.certificateId,
        dossierId: d.dossierId,
        stars: d.stars,
        ruleSet: d.ruleSet,
        issuedOn: d.issuedOn,
        expiresOn: d.expiresOn,
        validUntil: d.expiresOn,
        authority: d.authority,
        decision: doc.pendingDecisions.find((x) => x.dossierId === d.dossierId) ?? null,
        recorded: 'valid',
        endedOn: null,
        reEvaluationPending: false,
      };
      return [
        product({
          ...doc,
          certificates: [...doc.certificates, certificate],
          pendingDecisions: doc.pendingDecisions.filter((x) => x.dossierId !== d.dossierId),
        }),
      ];
    }
    case 'CertificateSuperseded':
      return updateCertificate(get, event.data.productId, event.data.certificateId, (c) => ({
        ...c,
        recorded: 'superseded',
        endedOn: event.data.on,
        reEvaluationPending: false,
      }));
    case 'ReEvaluationFiled':
      return updateCertificate(get, event.data.productId, event.data.certificateId, (c) => ({
        ...c,
        reEvaluationPending: true,
        validUntil: extendedUntil(c.expiresOn),
      }));
    case 'ReEvaluationConcluded':
      return updateCertificate(get, event.data.productId, event.data.previous, (c) => ({
        ...c,
        reEvaluationPending: false,
        validUntil: c.expiresOn,
      }));
    case 'CertificateExpired':
      return updateCertificate(get, event.data.productId, event.data.certificateId, (c) => ({
        ...c,
        recorded: 'expired',
        endedOn: event.data.lastValidDay,
        reEvaluationPending: false,
      }));
    case 'CertificateRevoked':
      return updateCertificate(get, event.data.productId, event.data.certificateId, (c) => ({
        ...c,
        recorded: 'revoked',
        endedOn: event.data.decision.date,
        reEvaluationPending: false,
      }));
    case 'RecognitionAnnulled':
      return updateCertificate(get, event.data.productId, event.data.certificateId, (c) => ({
        ...c,
        recorded: 'annulled',
        endedOn: event.data.decision.date,
        reEvaluationPending: false,
      }));
    default:
      return [];
  }
};

const registryModel: ReadModel<RegistryDocs> = {
  name: 'product_registry',
  // Version 2: subjects are searchable by name, area and legal form.
  version: 2,
  handles: [
    'SubjectRegistered',
    'SubjectLegalFormChanged',
    'ProductRegistered',
    'ProductCodeAssigned',
    'ProductListed',
    'ProductDelisted',
    'DossierFiled',
    'RecognitionDecided',
    'CertificateIssued',
    'CertificateSuperseded',
    'ReEvaluationFiled',
    'ReEvaluationConcluded',
    'CertificateExpired',
    'CertificateRevoked',
    'RecognitionAnnulled',
  ],
  collections: {
    products: { codec: ProductDoc, columns: productColumns, columnsOf: productColumnsOf },
    subjects: { codec: SubjectDoc, columns: subjectColumns, columnsOf: subjectColumnsOf },
  },
  needs,
  evolve,
};

/** Every product with its current certificate, its subject and the areas recorded for it. */
export const productRegistry = defineReadModel(registryModel);
