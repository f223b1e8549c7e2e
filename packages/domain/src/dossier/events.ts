import * as t from 'io-ts';
import { eventCodec, eventSchema, LocalDate, NonEmptyString, strict, type EventsOf } from '@ocop/kernel';
import { CertifiedStarsCodec, DossierKindCodec, LevelCodec, RuleSetIdCodec, SheetInputCodec, StarsCodec } from '@ocop/rules';
import { AreaCodec } from '../shared/area.js';
import { contextProps } from '../shared/context.js';
import { DecisionRefCodec } from '../shared/decision.js';
import { EvidenceCodec } from '../shared/evidence.js';
import { CertificateId, DossierId, ProductId, RoundId, SubjectId } from '../shared/ids.js';
import { LegalFormCodec } from '../shared/legal-form.js';
import { SheetNumberCodec } from '../product/events.js';
import { OutcomeCodec } from '../round/outcome-codec.js';
import { CertificateSnapshotCodec } from './certificate-snapshot.js';

const ids = { dossierId: DossierId };

export const DossierFiled = eventSchema(
  'DossierFiled',
  strict(
    'DossierFiled',
    {
      ...ids,
      productId: ProductId,
      subjectId: SubjectId,
      subjectLegalForm: LegalFormCodec,
      sheet: SheetNumberCodec,
      kind: DossierKindCodec,
      ruleSet: RuleSetIdCodec,
      /** Why that rule set governs on the filing day. `decideBy` is no longer set: Art. 12.2 binds from 22/05/2026 and is judged then. */
      governing: strict('GoverningReason', { reason: t.string }, { decideBy: LocalDate }),
      filedOn: LocalDate,
      area: AreaCodec,
      selfAssessment: strict('SelfScore', { input: SheetInputCodec, total: t.number, stars: StarsCodec }, {}),
      evidence: t.readonlyArray(EvidenceCodec),
      ...contextProps,
    },
    { targetStars: CertifiedStarsCodec, currentCertificate: CertificateSnapshotCodec },
  ),
);

export const EvidenceAdded = eventSchema(
  'EvidenceAdded',
  strict('EvidenceAdded', { ...ids, evidence: t.readonlyArray(EvidenceCodec), ...contextProps }, {}),
);

/** The commune's assessment of the four contents of Art. 7.2.a; `met` says whether each is satisfied. */
const Finding = strict('Finding', { met: t.boolean }, { note: NonEmptyString });
export const CommuneFindingsCodec = strict(
  'CommuneFindings',
  { localOrigin: Finding, localLabour: Finding, ideaOrigin: Finding, localIdentity: Finding },
  {},
);

export const CommuneCheckCompleted = eventSchema(
  'CommuneCheckCompleted',
  strict(
    'CommuneCheckCompleted',
    { ...ids, complete: t.boolean, findings: CommuneFindingsCodec, reportNumber: NonEmptyString, checkedOn: LocalDate, ...contextProps },
    {
      /** The 15th working day after receipt (Art. 7.2), when the calendar covers the year. */
      deadline: LocalDate,
      missing: t.readonlyArray(NonEmptyString),
    },
  ),
);

export const DossierForwarded = eventSchema(
  'DossierForwarded',
  strict(
    'DossierForwarded',
    { ...ids, from: LevelCodec, to: LevelCodec, ...contextProps },
    {
      letterNumber: NonEmptyString,
      /** From a council level: the authority's decision approving the result it forwards (Art. 7.3.e). */
      decision: DecisionRefCodec,
    },
  ),
);

export const IntakeChecked = eventSchema(
  'IntakeChecked',
  strict(
    'IntakeChecked',
    { ...ids, level: LevelCodec, complete: t.boolean, ...contextProps },
    { missing: t.readonlyArray(NonEmptyString) },
  ),
);

export const SupplementProvided = eventSchema(
  'SupplementProvided',
  strict('SupplementProvided', { ...ids, evidence: t.readonlyArray(EvidenceCodec), ...contextProps }, { note: NonEmptyString }),
);

const SiteSurvey = strict('SiteSurvey', { on: LocalDate, findings: NonEmptyString }, {});
const ExtraTest = strict('ExtraTest', { name: NonEmptyString, result: NonEmptyString }, { evidence: EvidenceCodec });

export const AdvisoryReviewRecorded = eventSchema(
  'AdvisoryReviewRecorded',
  strict(
    'AdvisoryReviewRecorded',
    { ...ids, level: LevelCodec, report: EvidenceCodec, ...contextProps },
    { siteSurvey: SiteSurvey, extraTests: t.readonlyArray(ExtraTest) },
  ),
);

export const DossierDisqualified = eventSchema(
  'DossierDisqualified',
  strict(
    'DossierDisqualified',
    { ...ids, condition: NonEmptyString, conditionText: t.string, reason: NonEmptyString, ...contextProps },
    {},
  ),
);

export const DossierWithdrawn = eventSchema(
  'DossierWithdrawn',
  strict('DossierWithdrawn', { ...ids, ...contextProps }, { reason: NonEmptyString }),
);

export const CouncilResultReceived = eventSchema(
  'CouncilResultReceived',
  strict(
    'CouncilResultReceived',
    { ...ids, roundId: RoundId, level: LevelCodec, mean: t.number, stars: StarsCodec, outcome: OutcomeCodec, ...contextProps },
    {},
  ),
);

export const DossierDecided = eventSchema(
  'DossierDecided',
  strict(
    'DossierDecided',
    { ...ids, decision: t.keyof({ recognised: null, refused: null, notRecognised: null }), ...contextProps },
    { stars: CertifiedStarsCodec, certificateId: CertificateId },
  ),
);

/** QĐ 26/2026 Art. 12.2: a dossier of the old rules not decided in time lapses; it may be filed again. */
export const DossierLapsed = eventSchema('DossierLapsed', strict('DossierLapsed', { ...ids, decideBy: LocalDate, ...contextProps }, {}));

export const dossierEvents = eventCodec([
  DossierFiled,
  EvidenceAdded,
  CommuneCheckCompleted,
  DossierForwarded,
  IntakeChecked,
  SupplementProvided,
  AdvisoryReviewRecorded,
  DossierDisqualified,
  DossierWithdrawn,
  CouncilResultReceived,
  DossierDecided,
  DossierLapsed,
]);
export type DossierEvent = EventsOf<typeof dossierEvents>;
