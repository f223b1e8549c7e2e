import * as t from 'io-ts';
import { eventCodec, eventSchema, NonEmptyString, strict, type EventsOf } from '@ocop/kernel';
import { CouncilRulesCodec, LevelCodec, RuleSetIdCodec } from '@ocop/rules';
import { contextProps } from '../shared/context.js';
import { DecisionRefCodec } from '../shared/decision.js';
import { CouncilId, PersonId } from '../shared/ids.js';
import { MemberCodec } from './member.js';

const establishedProps = {
  councilId: CouncilId,
  level: LevelCodec,
  ruleSet: RuleSetIdCodec,
  decision: DecisionRefCodec,
  chair: PersonId,
  members: t.readonlyArray(MemberCodec),
  ...contextProps,
};

/**
 * Version 1 kept the operating rules as two loose fields, a quorum fraction and a spread limit; version 2
 * groups the council's operating rules (quy chế hoạt động) and adds the chair requirement, the basis on
 * which minimum criteria count and the written-opinion mode. A version-1 event reads as the defaults it
 * implied: the chair required, minimums on a majority of sheets, written opinions for re-evaluations.
 *
 * Whatever version-1 object arrives, its two loose fields are moved into `rules` as they are (present or
 * not, well-formed or not), so that the version-2 codec names the one field that is wrong
 * (`rules.spreadLimit: is required`) instead of rejecting the version-1 fields themselves as unknown.
 */
const upcastV1 = (data: unknown): unknown => {
  // Not an object: left as it is, for the version-2 codec to reject.
  if (!t.UnknownRecord.is(data)) return data;
  const { quorum, spreadLimit, ...rest } = data;
  return {
    ...rest,
    rules: {
      quorum: t.UnknownRecord.is(quorum) ? { ...quorum, chairRequired: true } : quorum,
      spreadLimit,
      minimumsBasis: 'majority',
      writtenOpinionsForReEvaluation: true,
    },
  };
};

export const CouncilEstablished = eventSchema(
  'CouncilEstablished',
  strict('CouncilEstablished', { ...establishedProps, rules: CouncilRulesCodec }, { province: NonEmptyString, district: NonEmptyString }),
  { version: 2, upcasters: { 1: upcastV1 } },
);

/** The shape of version 1, kept to write historical fixtures and to test the upcaster. */
export const CouncilEstablishedV1 = strict(
  'CouncilEstablishedV1',
  {
    ...establishedProps,
    quorum: strict('QuorumV1', { numerator: t.number, denominator: t.number }, {}),
    spreadLimit: t.number,
  },
  { province: NonEmptyString, district: NonEmptyString },
);

export const CouncilMemberAdded = eventSchema(
  'CouncilMemberAdded',
  strict('CouncilMemberAdded', { councilId: CouncilId, member: MemberCodec, decision: DecisionRefCodec, ...contextProps }, {}),
);

export const CouncilMemberRemoved = eventSchema(
  'CouncilMemberRemoved',
  strict(
    'CouncilMemberRemoved',
    { councilId: CouncilId, person: PersonId, reason: NonEmptyString, decision: DecisionRefCodec, ...contextProps },
    {},
  ),
);

export const CouncilChairChanged = eventSchema(
  'CouncilChairChanged',
  strict('CouncilChairChanged', { councilId: CouncilId, chair: PersonId, decision: DecisionRefCodec, ...contextProps }, {}),
);

export const CouncilRulesChanged = eventSchema(
  'CouncilRulesChanged',
  strict('CouncilRulesChanged', { councilId: CouncilId, rules: CouncilRulesCodec, decision: DecisionRefCodec, ...contextProps }, {}),
);

export const councilEvents = eventCodec([
  CouncilEstablished,
  CouncilMemberAdded,
  CouncilMemberRemoved,
  CouncilChairChanged,
  CouncilRulesChanged,
]);
export type CouncilEvent = EventsOf<typeof councilEvents>;
