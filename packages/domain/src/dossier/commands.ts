import * as t from 'io-ts';
import { commandCodec, LocalDate, NonEmptyString, strict } from '@ocop/kernel';
import { CertifiedStarsCodec, DossierKindCodec, LevelCodec, SheetInputCodec, StarsCodec } from '@ocop/rules';
import { AreaCodec } from '../shared/area.js';
import { commandDecoder } from '../shared/commands.js';
import { contextProps } from '../shared/context.js';
import { DecisionRefCodec } from '../shared/decision.js';
import { EvidenceCodec } from '../shared/evidence.js';
import { CertificateId, DossierId, ProductId, RoundId, SubjectId } from '../shared/ids.js';
import { LegalFormCodec } from '../shared/legal-form.js';
import { SheetNumberCodec } from '../product/events.js';
import { OutcomeCodec } from '../round/outcome-codec.js';
import { CertificateSnapshotCodec } from './certificate-snapshot.js';
import { CommuneFindingsCodec } from './events.js';

/** Filed by the subject at its commune (Art. 7.1) with the registration form and the self-assessment (Art. 6.1). */
export const FileDossier = commandCodec(
  'FileDossier',
  strict(
    'FileDossier',
    {
      dossierId: DossierId,
      productId: ProductId,
      subjectId: SubjectId,
      subjectLegalForm: LegalFormCodec,
      sheet: SheetNumberCodec,
      kind: DossierKindCodec,
      area: AreaCodec,
      selfAssessment: SheetInputCodec,
      evidence: t.readonlyArray(EvidenceCodec),
      ...contextProps,
    },
    { targetStars: CertifiedStarsCodec, currentCertificate: CertificateSnapshotCodec },
  ),
);
export const AddEvidence = commandCodec(
  'AddEvidence',
  strict('AddEvidence', { evidence: t.readonlyArray(EvidenceCodec), ...contextProps }, {}),
);
export const CompleteCommuneCheck = commandCodec(
  'CompleteCommuneCheck',
  strict(
    'CompleteCommuneCheck',
    { complete: t.boolean, findings: CommuneFindingsCodec, reportNumber: NonEmptyString, ...contextProps },
    { missing: t.readonlyArray(NonEmptyString) },
  ),
);
export const ForwardDossier = commandCodec(
  'ForwardDossier',
  strict('ForwardDossier', { to: LevelCodec, ...contextProps }, { letterNumber: NonEmptyString, decision: DecisionRefCodec }),
);
export const CheckIntake = commandCodec(
  'CheckIntake',
  strict('CheckIntake', { complete: t.boolean, ...contextProps }, { missing: t.readonlyArray(NonEmptyString) }),
);
export const ProvideSupplement = commandCodec(
  'ProvideSupplement',
  strict('ProvideSupplement', { evidence: t.readonlyArray(EvidenceCodec), ...contextProps }, { note: NonEmptyString }),
);
export const RecordAdvisoryReview = commandCodec(
  'RecordAdvisoryReview',
  strict(
    'RecordAdvisoryReview',
    { report: EvidenceCodec, ...contextProps },
    {
      siteSurvey: strict('SiteSurvey', { on: LocalDate, findings: NonEmptyString }, {}),
      extraTests: t.readonlyArray(strict('ExtraTest', { name: NonEmptyString, result: NonEmptyString }, { evidence: EvidenceCodec })),
    },
  ),
);
export const DisqualifyDossier = commandCodec(
  'DisqualifyDossier',
  strict('DisqualifyDossier', { condition: NonEmptyString, reason: NonEmptyString, ...contextProps }, {}),
);
export const WithdrawDossier = commandCodec('WithdrawDossier', strict('WithdrawDossier', { ...contextProps }, { reason: NonEmptyString }));
export const ReceiveCouncilResult = commandCodec(
  'ReceiveCouncilResult',
  strict(
    'ReceiveCouncilResult',
    { roundId: RoundId, level: LevelCodec, mean: t.number, stars: StarsCodec, outcome: OutcomeCodec, ...contextProps },
    {},
  ),
);
export const RecordDossierDecision = commandCodec(
  'RecordDossierDecision',
  strict(
    'RecordDossierDecision',
    { decision: t.keyof({ recognised: null, refused: null, notRecognised: null }), ...contextProps },
    { stars: CertifiedStarsCodec, certificateId: CertificateId },
  ),
);
export const LapseDossier = commandCodec('LapseDossier', strict('LapseDossier', { today: LocalDate, ...contextProps }, {}));

export const dossierCommandCodecs = [
  FileDossier,
  AddEvidence,
  CompleteCommuneCheck,
  ForwardDossier,
  CheckIntake,
  ProvideSupplement,
  RecordAdvisoryReview,
  DisqualifyDossier,
  WithdrawDossier,
  ReceiveCouncilResult,
  RecordDossierDecision,
  LapseDossier,
] as const;
export type DossierCommand = t.TypeOf<(typeof dossierCommandCodecs)[number]>;
export const decodeDossierCommand = commandDecoder(dossierCommandCodecs, 'dossier');
