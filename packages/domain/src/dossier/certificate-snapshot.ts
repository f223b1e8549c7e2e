import type * as t from 'io-ts';
import { LocalDate, strict } from '@ocop/kernel';
import { CertifiedStarsCodec, RuleSetIdCodec } from '@ocop/rules';
import { CertificateId } from '../shared/ids.js';

/**
 * The product's current certificate as the filer states it (read from the certification stream by the
 * application): an upgrade and a re-evaluation are judged against it. The audit checks it against the
 * certification history.
 */
export const CertificateSnapshotCodec = strict(
  'CertificateSnapshot',
  { certificateId: CertificateId, stars: CertifiedStarsCodec, ruleSet: RuleSetIdCodec, issuedOn: LocalDate, expiresOn: LocalDate },
  {},
);
export type CertificateSnapshot = t.TypeOf<typeof CertificateSnapshotCodec>;
