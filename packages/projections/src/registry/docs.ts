import * as t from 'io-ts';
import { nullable } from '../core/nullable.js';
import { AreaDoc } from '../core/areas.js';

/** The certificate's state as recorded by events; what it means on a given day is the status (status.ts). */
export const RecordedState = t.keyof({ valid: null, superseded: null, expired: null, revoked: null, annulled: null });
export type RecordedState = t.TypeOf<typeof RecordedState>;

export const RecognitionDoc = t.type({
  dossierId: t.string,
  number: t.string,
  date: t.string,
  signerTitle: t.string,
  signerLevel: t.string,
});
export type RecognitionDoc = t.TypeOf<typeof RecognitionDoc>;

export const CertificateDoc = t.type({
  certificateId: t.string,
  dossierId: t.string,
  stars: t.number,
  ruleSet: t.string,
  issuedOn: t.string,
  expiresOn: t.string,
  /** The expiry, or up to 180 days after it while a late re-evaluation is pending (QĐ 26/2026 Art. 12.3). */
  validUntil: t.string,
  authority: t.type({ level: t.string, title: t.string }),
  /** The recognition decision the certificate rests on. */
  decision: nullable(RecognitionDoc),
  recorded: RecordedState,
  /** The day it stopped: superseded, last valid day, revocation or annulment decision. */
  endedOn: nullable(t.string),
  reEvaluationPending: t.boolean,
});
export type CertificateDoc = t.TypeOf<typeof CertificateDoc>;

export const SubjectInfo = t.type({ name: t.string, legalForm: t.string, area: AreaDoc });
export type SubjectInfo = t.TypeOf<typeof SubjectInfo>;

export const ChannelDoc = t.type({ name: t.string, kind: t.string, since: t.string });

export const ProductDoc = t.type({
  productId: t.string,
  subjectId: t.string,
  /** Empty until ProductRegistered, if a certification event came first. */
  name: t.string,
  sheet: t.number,
  code: nullable(t.string),
  registeredOn: nullable(t.string),
  subject: nullable(SubjectInfo),
  /** Every area recorded for it: its subject's, its dossiers', its product code's. */
  areas: t.readonlyArray(AreaDoc),
  channels: t.readonlyArray(ChannelDoc),
  /** Oldest first; the last is the current one. */
  certificates: t.readonlyArray(CertificateDoc),
  /** Recognition decisions whose certificate is not issued yet. */
  pendingDecisions: t.readonlyArray(RecognitionDoc),
});
export type ProductDoc = t.TypeOf<typeof ProductDoc>;

export const SubjectDoc = t.type({ subjectId: t.string, info: nullable(SubjectInfo), productIds: t.readonlyArray(t.string) });
export type SubjectDoc = t.TypeOf<typeof SubjectDoc>;

export type RegistryDocs = { readonly products: ProductDoc; readonly subjects: SubjectDoc };
