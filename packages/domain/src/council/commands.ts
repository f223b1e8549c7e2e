import * as t from 'io-ts';
import { commandCodec, NonEmptyString, strict } from '@ocop/kernel';
import { CouncilRulesCodec, LevelCodec } from '@ocop/rules';
import { commandDecoder } from '../shared/commands.js';
import { contextProps } from '../shared/context.js';
import { DecisionRefCodec } from '../shared/decision.js';
import { CouncilId, PersonId } from '../shared/ids.js';
import { MemberCodec } from './member.js';

/** Set up by the authority of its level (QĐ 26/2026 Art. 7.3.b, 7.4.b); `rules` default to the common quy chế. */
export const EstablishCouncil = commandCodec(
  'EstablishCouncil',
  strict(
    'EstablishCouncil',
    {
      councilId: CouncilId,
      level: LevelCodec,
      decision: DecisionRefCodec,
      chair: PersonId,
      members: t.readonlyArray(MemberCodec),
      ...contextProps,
    },
    { province: NonEmptyString, district: NonEmptyString, rules: CouncilRulesCodec },
  ),
);
export const AddCouncilMember = commandCodec(
  'AddCouncilMember',
  strict('AddCouncilMember', { member: MemberCodec, decision: DecisionRefCodec, ...contextProps }, {}),
);
export const RemoveCouncilMember = commandCodec(
  'RemoveCouncilMember',
  strict('RemoveCouncilMember', { person: PersonId, reason: NonEmptyString, decision: DecisionRefCodec, ...contextProps }, {}),
);
export const ChangeCouncilChair = commandCodec(
  'ChangeCouncilChair',
  strict('ChangeCouncilChair', { chair: PersonId, decision: DecisionRefCodec, ...contextProps }, {}),
);
export const ChangeCouncilRules = commandCodec(
  'ChangeCouncilRules',
  strict('ChangeCouncilRules', { rules: CouncilRulesCodec, decision: DecisionRefCodec, ...contextProps }, {}),
);

export const councilCommandCodecs = [
  EstablishCouncil,
  AddCouncilMember,
  RemoveCouncilMember,
  ChangeCouncilChair,
  ChangeCouncilRules,
] as const;
export type CouncilCommand = t.TypeOf<(typeof councilCommandCodecs)[number]>;
export const decodeCouncilCommand = commandDecoder(councilCommandCodecs, 'council');
