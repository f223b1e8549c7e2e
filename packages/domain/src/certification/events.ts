import * as t from 'io-ts';
import { eventCodec, eventSchema, LocalDate, NonEmptyString, strict, type EventsOf } from '@ocop/kernel';
import { CertifiedStarsCodec, DossierKindCodec, LevelCodec, RevocationGroundCodec, RuleSetIdCodec, StarsCodec } from '@ocop/rules';
import { contextProps } from '../shared/context.js';
import { DecisionRefCodec } from '../shared/decision.js';
import { CertificateId, DossierId, ProductId, RoundId } from '../shared/ids.js';
import { SheetNumberCodec } from '../product/events.js';
import { OutcomeCodec } from '../round/outcome-codec.js';

const product = { productId: ProductId };

/** A council's adopted result, as the round recorded it, copied here so that a decision can rest on it. */
export const CouncilResultRecorded = eventSchema(
  'CouncilResultRecorded',
  strict(
    'CouncilResultRecorded',
    {
      ...product,
      dossierId: DossierId,
      roundId: RoundId,
      ruleSet: RuleSetIdCodec,
      kind: DossierKindCodec,
      filedOn: LocalDate,
      level: LevelCodec,
      sheet: SheetNumberCodec,
      mean: t.number,
      stars: StarsCodec,
      outcome: OutcomeCodec,
      ...contextProps,
    },
    {},
  ),
);

/** A re-evaluation has been filed for this certificate: under Art. 12.3 it may keep the certificate alive. */
export const ReEvaluationFiled = eventSchema(
  'ReEvaluationFiled',
  strict('ReEvaluationFiled', { ...product, dossierId: DossierId, certificateId: CertificateId, filedOn: LocalDate, ...contextProps }, {}),
);

export const RecognitionDecided = eventSchema(
  'RecognitionDecided',
  strict(
    'RecognitionDecided',
    {
      ...product,
      dossierId: DossierId,
      kind: DossierKindCodec,
      ruleSet: RuleSetIdCodec,
      stars: CertifiedStarsCodec,
      decision: DecisionRefCodec,
      basis: strict(
        'RecognitionBasis',
        { roundId: RoundId, level: LevelCodec, mean: t.number, outcome: t.keyof({ recognise: null, fallback: null }) },
        {},
      ),
      ...contextProps,
    },
    {},
  ),
);

export const CertificateIssued = eventSchema(
  'CertificateIssued',
  strict(
    'CertificateIssued',
    {
      ...product,
      certificateId: CertificateId,
      dossierId: DossierId,
      ruleSet: RuleSetIdCodec,
      stars: CertifiedStarsCodec,
      issuedOn: LocalDate,
      expiresOn: LocalDate,
      authority: strict('IssuingAuthority', { level: LevelCodec, title: t.string }, {}),
      ...contextProps,
    },
    {},
  ),
);

export const CertificateSuperseded = eventSchema(
  'CertificateSuperseded',
  strict(
    'CertificateSuperseded',
    { ...product, certificateId: CertificateId, supersededBy: CertificateId, on: LocalDate, ...contextProps },
    {},
  ),
);

export const ReEvaluationConcluded = eventSchema(
  'ReEvaluationConcluded',
  strict(
    'ReEvaluationConcluded',
    {
      ...product,
      dossierId: DossierId,
      previous: CertificateId,
      outcome: t.keyof({ renewed: null, upgraded: null, downgraded: null, notRenewed: null }),
      ...contextProps,
    },
    { stars: CertifiedStarsCodec },
  ),
);

export const RecognitionRefused = eventSchema(
  'RecognitionRefused',
  strict(
    'RecognitionRefused',
    { ...product, dossierId: DossierId, decision: DecisionRefCodec, reason: NonEmptyString, ...contextProps },
    {},
  ),
);

export const CertificateExpired = eventSchema(
  'CertificateExpired',
  strict('CertificateExpired', { ...product, certificateId: CertificateId, lastValidDay: LocalDate, ...contextProps }, {}),
);

/** Why a reminder was sent: the expiry notice (QĐ 148/2023) or the opening of the re-evaluation window (QĐ 26/2026 Art. 7.6.a). */
export const ReminderReasonCodec = t.keyof({ expiryNotice: null, reEvaluationWindow: null }, 'ReminderReason');

export const ExpiryReminderSent = eventSchema(
  'ExpiryReminderSent',
  strict(
    'ExpiryReminderSent',
    {
      ...product,
      certificateId: CertificateId,
      expiresOn: LocalDate,
      noticeOn: LocalDate,
      reason: ReminderReasonCodec,
      ruleSet: RuleSetIdCodec,
      ...contextProps,
    },
    {},
  ),
);

export const FindingCodec = strict('Finding', { on: LocalDate, body: NonEmptyString, reference: NonEmptyString }, {});

export const CertificateRevoked = eventSchema(
  'CertificateRevoked',
  strict(
    'CertificateRevoked',
    {
      ...product,
      certificateId: CertificateId,
      ruleSet: RuleSetIdCodec,
      grounds: t.readonlyArray(RevocationGroundCodec),
      finding: FindingCodec,
      decision: DecisionRefCodec,
      withinDeadline: t.boolean,
      ...contextProps,
    },
    { deadline: LocalDate },
  ),
);

export const RecognitionAnnulled = eventSchema(
  'RecognitionAnnulled',
  strict(
    'RecognitionAnnulled',
    { ...product, certificateId: CertificateId, decision: DecisionRefCodec, reason: NonEmptyString, ...contextProps },
    { request: strict('AnnulmentRequest', { by: NonEmptyString, reference: NonEmptyString }, {}) },
  ),
);

export const certificationEvents = eventCodec([
  CouncilResultRecorded,
  ReEvaluationFiled,
  RecognitionDecided,
  CertificateIssued,
  CertificateSuperseded,
  ReEvaluationConcluded,
  RecognitionRefused,
  CertificateExpired,
  CertificateRevoked,
  RecognitionAnnulled,
  ExpiryReminderSent,
]);
export type CertificationEvent = EventsOf<typeof certificationEvents>;
