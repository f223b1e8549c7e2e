import * as t from 'io-ts';
import { either as E } from 'fp-ts';
import { commandCodec, eventCodec, eventSchema, LocalDate, NonEmptyString, strict, type Decider, type EventsOf } from '@ocop/kernel';
import { commandDecoder } from '../shared/commands.js';
import { contextProps } from '../shared/context.js';
import { invalid, type DomainError } from '../shared/errors.js';

const Range = strict('Range', { min: t.number, max: t.number }, {});

/**
 * A programme plan's annual targets for an area, as the plan states them (e.g. Tánh Linh 2024: 15 to 19
 * new products of 3 stars or more, 2 to 6 eligible for provincial 4-star scoring, cooperatives at 15% of
 * subjects, one value-chain organisation), with the plan that set them.
 */
export const TargetsCodec = strict(
  'Targets',
  {},
  {
    newProducts3Plus: Range,
    eligibleFor4Stars: Range,
    expiredReEvaluated: Range,
    cooperativeShare: t.number,
    valueChainOrganisations: t.number,
    listedOnChannels: t.number,
  },
);

const planProps = {
  area: strict('PlanArea', { province: NonEmptyString }, { district: NonEmptyString, commune: NonEmptyString }),
  year: t.number,
  targets: TargetsCodec,
  plan: strict('PlanDocument', { title: NonEmptyString, issuedBy: NonEmptyString, issuedOn: LocalDate }, { reference: NonEmptyString }),
  ...contextProps,
};

export const ProgrammeTargetsSet = eventSchema('ProgrammeTargetsSet', strict('ProgrammeTargetsSet', planProps, {}));
export const planEvents = eventCodec([ProgrammeTargetsSet]);
export type PlanEvent = EventsOf<typeof planEvents>;

export const SetProgrammeTargets = commandCodec('SetProgrammeTargets', strict('SetProgrammeTargets', planProps, {}));
export const planCommandCodecs = [SetProgrammeTargets] as const;
export type PlanCommand = t.TypeOf<(typeof planCommandCodecs)[number]>;
export const decodePlanCommand = commandDecoder(planCommandCodecs, 'plan');

export type PlanState = { readonly targets?: t.TypeOf<typeof TargetsCodec> };

const shareRule = (share: number | undefined): DomainError | undefined =>
  share === undefined || (share >= 0 && share <= 1) ? undefined : invalid('InvalidShare', `a share is between 0 and 1, not ${share}`);

/** Targets count products and organisations: whole numbers, none below zero. */
const isCount = (n: number): boolean => Number.isInteger(n) && n >= 0;

const rangeRule = (r: { min: number; max: number } | undefined, name: string): DomainError | undefined =>
  r === undefined || (isCount(r.min) && isCount(r.max) && r.min <= r.max)
    ? undefined
    : invalid('InvalidRange', `${name}: ${r.min} to ${r.max} is not a range of whole numbers from 0`);

const countRule = (n: number | undefined, name: string): DomainError | undefined =>
  n === undefined || isCount(n) ? undefined : invalid('InvalidCount', `${name}: ${n} is not a whole number from 0`);

/** A plan's targets for one area and year; a revised plan sets them again. */
export const planDecider: Decider<PlanCommand, PlanState, PlanEvent, DomainError> = {
  decide: (command) => {
    const { targets: t, year } = command.data;
    // The year names the plan's stream (`planStream`), so it is a calendar year.
    if (!Number.isInteger(year) || year < 1000 || year > 9999)
      return E.left(invalid('InvalidYear', `${year} is not a year of four digits`));
    const error =
      shareRule(t.cooperativeShare) ??
      rangeRule(t.newProducts3Plus, 'newProducts3Plus') ??
      rangeRule(t.eligibleFor4Stars, 'eligibleFor4Stars') ??
      rangeRule(t.expiredReEvaluated, 'expiredReEvaluated') ??
      countRule(t.valueChainOrganisations, 'valueChainOrganisations') ??
      countRule(t.listedOnChannels, 'listedOnChannels');
    return error ? E.left(error) : E.right([{ type: 'ProgrammeTargetsSet', data: command.data }]);
  },
  evolve: (_state, event) => ({ targets: event.data.targets }),
  initialState: {},
};

export const planStream = (
  area: { readonly province: string; readonly district?: string; readonly commune?: string },
  year: number,
): string => `ProgrammePlan-${[area.province, area.district, area.commune].filter((x) => x !== undefined).join('.')}.${year}`;
