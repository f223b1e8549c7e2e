import * as t from 'io-ts';
import { commandCodec, LocalDate, NonEmptyString, strict } from '@ocop/kernel';
import { CertifiedStarsCodec, DossierKindCodec, LevelCodec, RevocationGroundCodec, RuleSetIdCodec, StarsCodec } from '@ocop/rules';
import { commandDecoder } from '../shared/commands.js';
import { contextProps } from '../shared/context.js';
import { DecisionRefCodec } from '../shared/decision.js';
import { CertificateId, DossierId, ProductId, RoundId } from '../shared/ids.js';
import { SheetNumberCodec } from '../product/events.js';
import { OutcomeCodec } from '../round/outcome-codec.js';
import { FindingCodec } from './events.js';

export const RecordCouncilResult = commandCodec(
  'RecordCouncilResult',
  strict(
    'RecordCouncilResult',
    {
      productId: ProductId,
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
export const NoteReEvaluationFiled = commandCodec(
  'NoteReEvaluationFiled',
  strict(
    'NoteReEvaluationFiled',
    { productId: ProductId, dossierId: DossierId, certificateId: CertificateId, filedOn: LocalDate, ...contextProps },
    {},
  ),
);
export const DecideRecognition = commandCodec(
  'DecideRecognition',
  strict(
    'DecideRecognition',
    { dossierId: DossierId, certificateId: CertificateId, stars: CertifiedStarsCodec, decision: DecisionRefCodec, ...contextProps },
    {},
  ),
);
export const RefuseRecognition = commandCodec(
  'RefuseRecognition',
  strict('RefuseRecognition', { dossierId: DossierId, decision: DecisionRefCodec, reason: NonEmptyString, ...contextProps }, {}),
);
export const ExpireCertificate = commandCodec(
  'ExpireCertificate',
  strict('ExpireCertificate', { certificateId: CertificateId, today: LocalDate, ...contextProps }, {}),
);
export const RemindOfExpiry = commandCodec(
  'RemindOfExpiry',
  strict('RemindOfExpiry', { certificateId: CertificateId, today: LocalDate, ...contextProps }, {}),
);
export const RevokeCertificate = commandCodec(
  'RevokeCertificate',
  strict(
    'RevokeCertificate',
    {
      certificateId: CertificateId,
      grounds: t.readonlyArray(RevocationGroundCodec),
      finding: FindingCodec,
      decision: DecisionRefCodec,
      ...contextProps,
    },
    {},
  ),
);
export const AnnulRecognition = commandCodec(
  'AnnulRecognition',
  strict(
    'AnnulRecognition',
    { certificateId: CertificateId, decision: DecisionRefCodec, reason: NonEmptyString, ...contextProps },
    { request: strict('AnnulmentRequest', { by: NonEmptyString, reference: NonEmptyString }, {}) },
  ),
);

export const certificationCommandCodecs = [
  RecordCouncilResult,
  NoteReEvaluationFiled,
  DecideRecognition,
  RefuseRecognition,
  ExpireCertificate,
  RemindOfExpiry,
  RevokeCertificate,
  AnnulRecognition,
] as const;
export type CertificationCommand = t.TypeOf<(typeof certificationCommandCodecs)[number]>;
export const decodeCertificationCommand = commandDecoder(certificationCommandCodecs, 'certification');
