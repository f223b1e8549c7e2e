import { either as E } from 'fp-ts';
import type { Decider } from '@ocop/kernel';
import { councilLevels, defaultCouncilRules, ruleSetForFilingOn, type CouncilRules } from '@ocop/rules';
import { conflict, forbidden, invalid, notFound, type DomainError } from '../shared/errors.js';
import { councilSource, inference } from '../shared/sources.js';
import type { CouncilCommand } from './commands.js';
import type { CouncilEvent } from './events.js';
import type { Member } from './member.js';
import type { PersonId } from '../shared/ids.js';
import { initialCouncilState, type CouncilState } from './state.js';

type Active = Extract<CouncilState, { status: 'active' }>;

/** Fewer than three members cannot make a council's quorum and spread meaningful [inference]. */
const MIN_MEMBERS = 3;

const membersRule = (members: ReadonlyArray<Member>, chair: PersonId): DomainError | undefined => {
  const ids = members.map((m) => m.person);
  if (new Set(ids).size !== ids.length) return invalid('DuplicateMember', 'a person is listed twice among the members');
  if (members.length < MIN_MEMBERS)
    return invalid('TooFewMembers', `a council needs at least ${MIN_MEMBERS} members, not ${members.length}`, {
      source: inference(
        'Art. 7.3.b',
        'the act lists at least six departments; fewer than three members makes quorum and spread meaningless',
      ),
    });
  if (!ids.includes(chair)) return invalid('ChairNotAMember', `the chair ${chair} is not among the members`);
  return undefined;
};

const rulesRule = (rules: CouncilRules): DomainError | undefined => {
  const { numerator, denominator } = rules.quorum;
  if (!(Number.isInteger(numerator) && Number.isInteger(denominator) && numerator > 0 && denominator > 0 && numerator <= denominator))
    return invalid('InvalidQuorum', `a quorum of ${numerator}/${denominator} is not a fraction between 0 and 1`);
  if (!(rules.spreadLimit >= 0)) return invalid('InvalidSpreadLimit', `a spread limit of ${rules.spreadLimit} is negative`);
  return undefined;
};

const fail = (error: DomainError | undefined): E.Either<DomainError, never> | undefined => (error ? E.left(error) : undefined);

const establish = (command: Extract<CouncilCommand, { type: 'EstablishCouncil' }>): E.Either<DomainError, ReadonlyArray<CouncilEvent>> => {
  const d = command.data;
  const ruleSet = ruleSetForFilingOn(d.decision.date);
  if (!ruleSet) return E.left(invalid('NoRuleSetInForce', `no OCOP rule set was in force on ${d.decision.date}`));
  if (!councilLevels(ruleSet).includes(d.level))
    return E.left(
      invalid('NoCouncilAtLevel', `${ruleSet.id} has no council at ${d.level} level (levels: ${ruleSet.levels.value.join(', ')})`, {
        source: ruleSet.levels.source,
      }),
    );
  if (d.decision.signer.level !== d.level)
    return E.left(
      forbidden(
        'NotCompetentToEstablish',
        `a ${d.level} council is set up by the ${d.level} authority, not by a ${d.decision.signer.level} signer`,
        {
          source: councilSource,
        },
      ),
    );
  if (d.level !== 'central' && d.province === undefined) return E.left(invalid('AreaRequired', `a ${d.level} council needs its province`));
  if (d.level === 'district' && d.district === undefined) return E.left(invalid('AreaRequired', 'a district council needs its district'));
  const rules = d.rules ?? defaultCouncilRules;
  return (
    fail(membersRule(d.members, d.chair)) ??
    fail(rulesRule(rules)) ??
    E.right([{ type: 'CouncilEstablished', data: { ...d, ruleSet: ruleSet.id, rules } }])
  );
};

const byEstablishingLevel = (council: Active, signerLevel: string): DomainError | undefined =>
  signerLevel === council.level
    ? undefined
    : forbidden('NotCompetentToChangeCouncil', `only the ${council.level} authority changes this council`, { source: councilSource });

/** A scoring council (Hội đồng đánh giá, phân hạng) at a level, with its members and its operating rules. */
export const decideCouncil = (command: CouncilCommand, state: CouncilState): E.Either<DomainError, ReadonlyArray<CouncilEvent>> => {
  if (command.type === 'EstablishCouncil')
    return state.status === 'none'
      ? establish(command)
      : E.left(conflict('CouncilAlreadyEstablished', `council ${state.councilId} already exists`));
  if (state.status !== 'active') return E.left(notFound('CouncilNotEstablished', 'the council has not been established'));
  const authority = byEstablishingLevel(state, command.data.decision.signer.level);
  if (authority) return E.left(authority);
  const councilId = state.councilId;
  switch (command.type) {
    case 'AddCouncilMember':
      return (
        fail(membersRule([...state.members, command.data.member], state.chair)) ??
        E.right([{ type: 'CouncilMemberAdded', data: { councilId, ...command.data } }])
      );
    case 'RemoveCouncilMember':
      if (!state.members.some((m) => m.person === command.data.person))
        return E.left(notFound('NotAMember', `${command.data.person} is not a member of this council`));
      if (command.data.person === state.chair) return E.left(conflict('CannotRemoveChair', 'name another chair before removing this one'));
      return (
        fail(
          membersRule(
            state.members.filter((m) => m.person !== command.data.person),
            state.chair,
          ),
        ) ?? E.right([{ type: 'CouncilMemberRemoved', data: { councilId, ...command.data } }])
      );
    case 'ChangeCouncilChair':
      if (!state.members.some((m) => m.person === command.data.chair))
        return E.left(invalid('ChairNotAMember', `the chair ${command.data.chair} is not among the members`));
      return E.right([{ type: 'CouncilChairChanged', data: { councilId, ...command.data } }]);
    case 'ChangeCouncilRules':
      return fail(rulesRule(command.data.rules)) ?? E.right([{ type: 'CouncilRulesChanged', data: { councilId, ...command.data } }]);
  }
};

export const evolveCouncil = (state: CouncilState, event: CouncilEvent): CouncilState => {
  if (event.type === 'CouncilEstablished') {
    const d = event.data;
    return {
      status: 'active',
      councilId: d.councilId,
      level: d.level,
      ...(d.province === undefined ? {} : { province: d.province }),
      ...(d.district === undefined ? {} : { district: d.district }),
      ruleSet: d.ruleSet,
      chair: d.chair,
      members: d.members,
      rules: d.rules,
    };
  }
  if (state.status !== 'active') return state;
  switch (event.type) {
    case 'CouncilMemberAdded':
      return { ...state, members: [...state.members, event.data.member] };
    case 'CouncilMemberRemoved':
      return { ...state, members: state.members.filter((m) => m.person !== event.data.person) };
    case 'CouncilChairChanged':
      return { ...state, chair: event.data.chair };
    case 'CouncilRulesChanged':
      return { ...state, rules: event.data.rules };
  }
};

export const councilDecider: Decider<CouncilCommand, CouncilState, CouncilEvent, DomainError> = {
  decide: decideCouncil,
  evolve: evolveCouncil,
  initialState: initialCouncilState,
};

export const councilStream = (councilId: string): string => `Council-${councilId}`;
