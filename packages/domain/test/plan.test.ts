import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { date, deciderSpecification, fold, nonEmpty } from '@ocop/kernel';
import { decodePlanCommand, planDecider, planEvents, planStream, type PlanCommand, type PlanEvent } from '../src/index.js';
import { actor, ctx } from './fixtures.js';
import { leftOf, rightOf, throughJson, viaJson } from './helpers.js';

const spec = deciderSpecification(planDecider);
const districtOffice = actor('districtOffice', 'acc-tanh-linh', 'UBND huyện Tánh Linh');

type Targets = Extract<PlanCommand, { type: 'SetProgrammeTargets' }>['data']['targets'];

/**
 * The Tánh Linh plan of May 2024: 15 to 19 new products of 3 stars or more, 2 to 6 eligible for provincial
 * 4-star scoring, cooperatives at 15% of subjects, one value-chain organisation.
 */
const tanhLinh2024: Targets = {
  newProducts3Plus: { min: 15, max: 19 },
  eligibleFor4Stars: { min: 2, max: 6 },
  cooperativeShare: 0.15,
  valueChainOrganisations: 1,
};

const setData = (targets: Targets, year = 2024) => ({
  area: { province: nonEmpty('60'), district: nonEmpty('599') },
  year,
  targets,
  plan: {
    title: nonEmpty('Kế hoạch triển khai thực hiện Chương trình OCOP huyện Tánh Linh năm 2024'),
    issuedBy: nonEmpty('UBND huyện Tánh Linh'),
    issuedOn: date('2024-05-28'),
  },
  ...ctx('2024-05-28', districtOffice),
});
const set = (targets: Targets, year = 2024): PlanCommand => ({ type: 'SetProgrammeTargets', data: setData(targets, year) });
const targetsSet = (targets: Targets): PlanEvent => ({ type: 'ProgrammeTargetsSet', data: setData(targets) });

// [inference] A programme plan (kế hoạch) states the year's targets of an area; the plan is cited with them.
test("a plan's targets are recorded with the plan that set them", () => {
  spec
    .given([])
    .when(set(tanhLinh2024))
    .then([targetsSet(tanhLinh2024)]);
});

// [inference] A revised plan replaces the targets; the earlier ones stay in the history.
test('a revised plan sets the targets again, and the state holds the latest', () => {
  const revised: Targets = { ...tanhLinh2024, newProducts3Plus: { min: 17, max: 19 }, listedOnChannels: 8 };
  spec
    .given([targetsSet(tanhLinh2024)])
    .when(set(revised))
    .then([targetsSet(revised)]);
  assert.equal(fold(planDecider)([targetsSet(tanhLinh2024), targetsSet(revised)]), { targets: revised });
});

// [inference] A plan's share (e.g. cooperatives at 15% of subjects) is a fraction.
test('a share is between 0 and 1, both included', () => {
  for (const share of [0, 1])
    spec
      .given([])
      .when(set({ cooperativeShare: share }))
      .then([targetsSet({ cooperativeShare: share })]);
  spec
    .given([])
    .when(set({ cooperativeShare: 15 }))
    .thenError({ kind: 'invalid', rule: 'InvalidShare', message: 'a share is between 0 and 1, not 15' });
  spec
    .given([])
    .when(set({ cooperativeShare: -0.1 }))
    .thenError({ kind: 'invalid', rule: 'InvalidShare', message: 'a share is between 0 and 1, not -0.1' });
});

// [inference] A plan's range (15 to 19 new products) counts products: whole numbers, min ≤ max.
test('a range runs from a whole number from 0 up to one not below it; a range of one value is a range', () => {
  spec
    .given([])
    .when(set({ eligibleFor4Stars: { min: 0, max: 0 } }))
    .then([targetsSet({ eligibleFor4Stars: { min: 0, max: 0 } })]);
  const cases: ReadonlyArray<readonly [Targets, string]> = [
    [{ newProducts3Plus: { min: 19, max: 15 } }, 'newProducts3Plus: 19 to 15 is not a range of whole numbers from 0'],
    [{ eligibleFor4Stars: { min: -2, max: 6 } }, 'eligibleFor4Stars: -2 to 6 is not a range of whole numbers from 0'],
    [{ expiredReEvaluated: { min: 1.5, max: 3 } }, 'expiredReEvaluated: 1.5 to 3 is not a range of whole numbers from 0'],
    [{ newProducts3Plus: { min: 2, max: 2.5 } }, 'newProducts3Plus: 2 to 2.5 is not a range of whole numbers from 0'],
  ];
  for (const [targets, message] of cases) spec.given([]).when(set(targets)).thenError({ kind: 'invalid', rule: 'InvalidRange', message });
});

// [inference] A plan counts organisations and listed products in whole numbers.
test('a count of organisations or of listed products is a whole number from 0', () => {
  spec
    .given([])
    .when(set({ valueChainOrganisations: -1 }))
    .thenError({ kind: 'invalid', rule: 'InvalidCount', message: 'valueChainOrganisations: -1 is not a whole number from 0' });
  spec
    .given([])
    .when(set({ listedOnChannels: 2.5 }))
    .thenError({ kind: 'invalid', rule: 'InvalidCount', message: 'listedOnChannels: 2.5 is not a whole number from 0' });
  spec
    .given([])
    .when(set({ valueChainOrganisations: 0, listedOnChannels: 0 }))
    .then([targetsSet({ valueChainOrganisations: 0, listedOnChannels: 0 })]);
});

// [inference] One refusal at a time, in a fixed order.
test('the first broken target is the one reported: the share, then the ranges in order, then the counts', () => {
  spec
    .given([])
    .when(set({ cooperativeShare: 2, newProducts3Plus: { min: 5, max: 1 }, valueChainOrganisations: -1 }))
    .thenError({ kind: 'invalid', rule: 'InvalidShare', message: 'a share is between 0 and 1, not 2' });
  spec
    .given([])
    .when(set({ expiredReEvaluated: { min: 5, max: 1 }, newProducts3Plus: { min: 3, max: 1 } }))
    .thenError({ kind: 'invalid', rule: 'InvalidRange', message: 'newProducts3Plus: 3 to 1 is not a range of whole numbers from 0' });
});

// [inference] A plan is for a year, which names its stream.
test('a plan is for a calendar year', () => {
  for (const year of [24, 2024.5])
    spec
      .given([])
      .when(set(tanhLinh2024, year))
      .thenError({ kind: 'invalid', rule: 'InvalidYear', message: `${year} is not a year of four digits` });
});

// [inference] One stream per area and year.
test("a plan's stream is named by its area and year", () => {
  assert.is(planStream({ province: '60', district: '599' }, 2024), 'ProgrammePlan-60.599.2024');
  assert.is(planStream({ province: '68' }, 2026), 'ProgrammePlan-68.2026');
  assert.is(planStream({ province: '68', commune: '23149' }, 2026), 'ProgrammePlan-68.23149.2026');
});

// [inference] Strict codecs: a misspelt target is named, never dropped.
test('targets the plan does not state are refused by the codec when misspelt; the event survives encoding', () => {
  const json = viaJson({ ...set(tanhLinh2024), data: { ...setData(tanhLinh2024), targets: { ...tanhLinh2024, cooperativeShares: 0.2 } } });
  assert.equal(leftOf(decodePlanCommand(json)), {
    _tag: 'ValidationFailure',
    what: 'plan command SetProgrammeTargets',
    errors: [{ path: 'data.targets.cooperativeShares', message: 'unknown field "cooperativeShares"' }],
  });
  assert.equal(rightOf(decodePlanCommand(viaJson(set(tanhLinh2024)))), set(tanhLinh2024));
  assert.equal(rightOf(throughJson(planEvents, targetsSet(tanhLinh2024))), targetsSet(tanhLinh2024));
});

test.run();
