import * as t from 'io-ts';
import { commandCodec, LocalDate, NonEmptyString, strict } from '@ocop/kernel';
import { DossierKindCodec, LevelCodec, RuleSetIdCodec, SheetInputCodec } from '@ocop/rules';
import { commandDecoder } from '../shared/commands.js';
import { contextProps } from '../shared/context.js';
import { CouncilId, DossierId, PersonId, ProductId, RoundId } from '../shared/ids.js';
import { SheetNumberCodec } from '../product/events.js';
import { CouncilSnapshotCodec } from './events.js';

export const OpenRound = commandCodec(
  'OpenRound',
  strict(
    'OpenRound',
    {
      roundId: RoundId,
      councilId: CouncilId,
      level: LevelCodec,
      year: t.number,
      number: t.number,
      extra: t.boolean,
      council: CouncilSnapshotCodec,
      ...contextProps,
    },
    { province: NonEmptyString, district: NonEmptyString, lastDay: LocalDate },
  ),
);
export const AssignDossier = commandCodec(
  'AssignDossier',
  strict(
    'AssignDossier',
    {
      dossierId: DossierId,
      productId: ProductId,
      sheet: SheetNumberCodec,
      ruleSet: RuleSetIdCodec,
      kind: DossierKindCodec,
      filedOn: LocalDate,
      ...contextProps,
    },
    {},
  ),
);
export const DeclareConflict = commandCodec(
  'DeclareConflict',
  strict('DeclareConflict', { dossierId: DossierId, person: PersonId, reason: NonEmptyString, ...contextProps }, {}),
);
export const SubmitSheet = commandCodec(
  'SubmitSheet',
  strict('SubmitSheet', { dossierId: DossierId, person: PersonId, input: SheetInputCodec, ...contextProps }, { opinion: NonEmptyString }),
);
export const CloseScoring = commandCodec(
  'CloseScoring',
  strict('CloseScoring', { dossierId: DossierId, chair: PersonId, ...contextProps }, {}),
);
export const AdoptResult = commandCodec(
  'AdoptResult',
  strict('AdoptResult', { dossierId: DossierId, chair: PersonId, ...contextProps }, {}),
);
export const RemoveDossierFromRound = commandCodec(
  'RemoveDossierFromRound',
  strict('RemoveDossierFromRound', { dossierId: DossierId, reason: NonEmptyString, ...contextProps }, {}),
);
export const CloseRound = commandCodec('CloseRound', strict('CloseRound', { chair: PersonId, ...contextProps }, {}));

export const roundCommandCodecs = [
  OpenRound,
  AssignDossier,
  DeclareConflict,
  SubmitSheet,
  CloseScoring,
  AdoptResult,
  RemoveDossierFromRound,
  CloseRound,
] as const;
export type RoundCommand = t.TypeOf<(typeof roundCommandCodecs)[number]>;
export const decodeRoundCommand = commandDecoder(roundCommandCodecs, 'round');
