import type { CouncilRules, Level, RuleSetId } from '@ocop/rules';
import type { CouncilId, PersonId } from '../shared/ids.js';
import type { Member } from './member.js';

export type CouncilState =
  | { readonly status: 'none' }
  | {
      readonly status: 'active';
      readonly councilId: CouncilId;
      readonly level: Level;
      readonly province?: string;
      readonly district?: string;
      readonly ruleSet: RuleSetId;
      readonly chair: PersonId;
      readonly members: ReadonlyArray<Member>;
      readonly rules: CouncilRules;
    };

export const initialCouncilState: CouncilState = { status: 'none' };
