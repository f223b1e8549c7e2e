import * as t from 'io-ts';
import { eventCodec, eventSchema, LocalDate, NonEmptyString, strict, type EventsOf } from '@ocop/kernel';
import { CouncilRulesCodec, DossierKindCodec, LevelCodec, RuleSetIdCodec, SheetInputCodec, StarsCodec } from '@ocop/rules';
import { contextProps } from '../shared/context.js';
import { CouncilId, DossierId, PersonId, ProductId, RoundId } from '../shared/ids.js';
import { SheetNumberCodec } from '../product/events.js';
import { OutcomeCodec } from './outcome-codec.js';

export const ModeCodec = t.keyof({ meeting: null, writtenOpinions: null });
const MinimumLevelCodec = t.union([t.literal(2), t.literal(3), t.literal(4), t.literal(5)]);
const PartsCodec = strict('Parts', { A: t.number, B: t.number, C: t.number }, {});

/** The council as it stood when the round opened: its chair, members (with their organisations) and rules. */
export const CouncilSnapshotCodec = strict(
  'CouncilSnapshot',
  {
    chair: PersonId,
    members: t.readonlyArray(strict('RoundMember', { person: PersonId, organisation: NonEmptyString }, {})),
    rules: CouncilRulesCodec,
  },
  {},
);
export type CouncilSnapshot = t.TypeOf<typeof CouncilSnapshotCodec>;

export const RoundOpened = eventSchema(
  'RoundOpened',
  strict(
    'RoundOpened',
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

export const DossierAssigned = eventSchema(
  'DossierAssigned',
  strict(
    'DossierAssigned',
    {
      roundId: RoundId,
      dossierId: DossierId,
      productId: ProductId,
      sheet: SheetNumberCodec,
      ruleSet: RuleSetIdCodec,
      kind: DossierKindCodec,
      filedOn: LocalDate,
      mode: ModeCodec,
      ...contextProps,
    },
    {},
  ),
);

export const MemberRecused = eventSchema(
  'MemberRecused',
  strict('MemberRecused', { roundId: RoundId, dossierId: DossierId, person: PersonId, reason: NonEmptyString, ...contextProps }, {}),
);

/**
 * One member's sheet, sealed until the chair closes scoring (readers must not show it to other members
 * before then). `attempt` counts re-scorings: a sheet belongs to one attempt.
 */
export const SheetSubmitted = eventSchema(
  'SheetSubmitted',
  strict(
    'SheetSubmitted',
    {
      roundId: RoundId,
      dossierId: DossierId,
      person: PersonId,
      attempt: t.number,
      input: SheetInputCodec,
      total: t.number,
      parts: PartsCodec,
      minimumStars: MinimumLevelCodec,
      stars: StarsCodec,
      ...contextProps,
    },
    { opinion: NonEmptyString },
  ),
);

const TotalOf = strict('MemberTotal', { person: PersonId, total: t.number }, {});

export const RescoringRequested = eventSchema(
  'RescoringRequested',
  strict(
    'RescoringRequested',
    {
      roundId: RoundId,
      dossierId: DossierId,
      attempt: t.number,
      spread: t.number,
      limit: t.number,
      lowest: TotalOf,
      highest: TotalOf,
      action: t.keyof({ rescore: null, meetInPerson: null }),
      ...contextProps,
    },
    {},
  ),
);

export const ScoringClosed = eventSchema(
  'ScoringClosed',
  strict('ScoringClosed', { roundId: RoundId, dossierId: DossierId, attempt: t.number, ...contextProps }, {}),
);

/**
 * A council's result on one dossier, with everything needed to recompute it without trusting anyone: the
 * rule set and sheet, the council's rules, the eligible and recused members, every member's full answers,
 * and what was computed from them.
 */
export const ResultAdopted = eventSchema(
  'ResultAdopted',
  strict(
    'ResultAdopted',
    {
      roundId: RoundId,
      dossierId: DossierId,
      productId: ProductId,
      ruleSet: RuleSetIdCodec,
      sheet: SheetNumberCodec,
      kind: DossierKindCodec,
      filedOn: LocalDate,
      level: LevelCodec,
      mode: ModeCodec,
      attempt: t.number,
      chair: PersonId,
      eligible: t.readonlyArray(PersonId),
      recused: t.readonlyArray(PersonId),
      rules: CouncilRulesCodec,
      sheets: t.readonlyArray(
        strict(
          'AdoptedSheet',
          {
            person: PersonId,
            input: SheetInputCodec,
            total: t.number,
            parts: PartsCodec,
            minimumStars: MinimumLevelCodec,
            stars: StarsCodec,
          },
          {},
        ),
      ),
      sum: t.number,
      count: t.number,
      mean: t.number,
      spread: strict('Spread', { lowest: t.number, highest: t.number, value: t.number, limit: t.number }, {}),
      quorum: strict('QuorumReached', { eligible: t.number, present: t.number, required: t.number, chairPresent: t.boolean }, {}),
      bandStars: StarsCodec,
      minimumStars: MinimumLevelCodec,
      stars: StarsCodec,
      blocking: t.readonlyArray(
        strict('BlockingCriterion', { criterion: t.string, forStars: t.number, requiredPoints: t.number, sheetsMeeting: t.number }, {}),
      ),
      outcome: OutcomeCodec,
      ...contextProps,
    },
    {},
  ),
);

export const DossierRemovedFromRound = eventSchema(
  'DossierRemovedFromRound',
  strict('DossierRemovedFromRound', { roundId: RoundId, dossierId: DossierId, reason: NonEmptyString, ...contextProps }, {}),
);

export const RoundClosed = eventSchema('RoundClosed', strict('RoundClosed', { roundId: RoundId, adopted: t.number, ...contextProps }, {}));

export const roundEvents = eventCodec([
  RoundOpened,
  DossierAssigned,
  MemberRecused,
  SheetSubmitted,
  RescoringRequested,
  ScoringClosed,
  ResultAdopted,
  DossierRemovedFromRound,
  RoundClosed,
]);
export type RoundEvent = EventsOf<typeof roundEvents>;
