import type { LocalDate } from '@ocop/kernel';
import { transitionalExtension, type CertifiedStars, type DossierKind, type Level, type RuleSetId, type Stars } from '@ocop/rules';
import type { CertificateId, DossierId, ProductId, RoundId } from '../shared/ids.js';
import type { StoredOutcome } from '../round/outcome-codec.js';

/** Why a holder is reminded of a certificate's end: the expiry notice, or the re-evaluation window opening. */
export type ReminderReason = 'expiryNotice' | 'reEvaluationWindow';

export type CertificateStatus = 'valid' | 'superseded' | 'expired' | 'revoked' | 'annulled';

export interface Certificate {
  readonly certificateId: CertificateId;
  readonly dossierId: DossierId;
  readonly ruleSet: RuleSetId;
  readonly stars: CertifiedStars;
  readonly issuedOn: LocalDate;
  readonly expiresOn: LocalDate;
  readonly authorityLevel: Level;
  readonly status: CertificateStatus;
  /** A re-evaluation filed for it and not yet concluded (Art. 12.3 may extend it meanwhile). */
  readonly reEvaluationPending: boolean;
  /** The reminders already sent about its end. */
  readonly reminded: ReadonlyArray<ReminderReason>;
}

export interface RecordedResult {
  readonly dossierId: DossierId;
  readonly roundId: RoundId;
  readonly ruleSet: RuleSetId;
  readonly kind: DossierKind;
  readonly filedOn: LocalDate;
  readonly level: Level;
  readonly mean: number;
  readonly stars: Stars;
  readonly outcome: StoredOutcome;
}

/** The certification history of one product: council results received, decisions, certificates. */
export interface CertificationState {
  readonly productId?: ProductId;
  readonly results: ReadonlyArray<RecordedResult>;
  readonly decidedDossiers: ReadonlyArray<DossierId>;
  readonly certificates: ReadonlyArray<Certificate>;
}

export const initialCertificationState: CertificationState = { results: [], decidedDossiers: [], certificates: [] };

/**
 * The last day a certificate is valid: its expiry, or, while a re-evaluation filed late under the
 * transitional rules is pending, up to 180 days after it (QĐ 26/2026 Art. 12.3).
 */
export const validUntil = (c: Certificate): LocalDate =>
  c.reEvaluationPending ? (transitionalExtension(c.expiresOn)?.validUntil ?? c.expiresOn) : c.expiresOn;

/** The certificate in force on `day`, if any. */
export const currentCertificate = (state: CertificationState, day: LocalDate): Certificate | undefined =>
  state.certificates.find((c) => c.status === 'valid' && c.issuedOn <= day && day <= validUntil(c));
