import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { date } from '@ocop/kernel';
import { governingRuleSet, ruleSetById, ruleSetForFilingOn, ruleSetsInForceOn, transitionalDecideBy } from '../src/index.js';
import { left, right } from './helpers.js';

const inForce = (d: string) => ruleSetsInForceOn(date(d)).map((r) => r.id);
const forFiling = (d: string) => ruleSetForFilingOn(date(d))?.id;

test('the rule sets in force at each boundary date', () => {
  assert.equal(inForce('2023-02-23'), ['qd1048-2019']);
  assert.equal(inForce('2023-02-24'), ['qd148-2023']); // QĐ 148 in force on signature
  assert.equal(inForce('2025-07-05'), ['qd148-2023']);
  assert.equal(inForce('2025-07-06'), ['qd148-2023-qd1489-2025']); // QĐ 1489 removes the district level
  assert.equal(inForce('2026-05-21'), ['qd148-2023-qd1489-2025']);
  assert.equal(inForce('2026-05-22'), ['qd148-2023-qd1489-2025', 'qd26-2026']); // QĐ 26 Art. 11.1; old acts finish their dossiers
  assert.equal(inForce('2026-07-21'), ['qd148-2023-qd1489-2025', 'qd26-2026']); // last of the 60 days, Art. 11.2
  assert.equal(inForce('2026-07-22'), ['qd26-2026']);
  assert.equal(inForce('2019-08-20'), []);
});

test('a new dossier falls under exactly one rule set', () => {
  assert.is(forFiling('2023-02-23'), 'qd1048-2019');
  assert.is(forFiling('2023-02-24'), 'qd148-2023');
  assert.is(forFiling('2025-07-06'), 'qd148-2023-qd1489-2025');
  assert.is(forFiling('2026-05-21'), 'qd148-2023-qd1489-2025');
  assert.is(forFiling('2026-05-22'), 'qd26-2026');
  assert.is(forFiling('2026-07-21'), 'qd26-2026');
});

test('a dossier filed and decided under one act is governed by it', () => {
  const g = right(governingRuleSet({ kind: 'first', filedOn: date('2024-03-10'), decidedOn: date('2024-06-20') }));
  assert.is(g.ruleSet.id, 'qd148-2023');
  assert.is(g.decideBy, undefined);
});

test('filed under QĐ 148, decided after QĐ 1489: the amended procedure, with no district level', () => {
  const g = right(governingRuleSet({ kind: 'first', filedOn: date('2025-05-02'), decidedOn: date('2025-08-15') }));
  assert.is(g.ruleSet.id, 'qd148-2023-qd1489-2025');
  assert.is(g.source.verification, 'inference');
});

// QĐ 26/2026 Art. 12.2.a: filed before 22/05/2026, not yet decided: old rules, decided within 60 days.
test('transitional: a first evaluation filed before QĐ 26 stays under the old rules until 21/07/2026', () => {
  const g = right(governingRuleSet({ kind: 'first', filedOn: date('2026-05-21'), decidedOn: date('2026-07-21') }));
  assert.is(g.ruleSet.id, 'qd148-2023-qd1489-2025');
  assert.is(g.decideBy, date('2026-07-21'));
  assert.is(g.source.article, 'Art. 12.2.a');
  const late = left(governingRuleSet({ kind: 'upgrade', filedOn: date('2026-04-01'), decidedOn: date('2026-07-22') }));
  assert.equal(late._tag, 'TransitionalDeadlinePassed');
});

// Art. 12.2.b: a re-evaluation gets 30 days.
test('transitional: a re-evaluation filed before QĐ 26 must be decided by 21/06/2026', () => {
  const g = right(governingRuleSet({ kind: 'reEvaluation', filedOn: date('2026-03-01'), decidedOn: date('2026-06-01') }));
  assert.is(g.decideBy, date('2026-06-21'));
  assert.is(
    left(governingRuleSet({ kind: 'reEvaluation', filedOn: date('2026-03-01'), decidedOn: date('2026-06-22') }))._tag,
    'TransitionalDeadlinePassed',
  );
});

// A decision is judged under the rules in force when it is made: a filing of 2022 cannot cite an act of 2026.
test('on its filing day, a dossier filed before QĐ 26 cites the act then in force and has no transitional deadline yet', () => {
  const g = right(governingRuleSet({ kind: 'first', filedOn: date('2022-03-01') }));
  assert.is(g.ruleSet.id, 'qd1048-2019');
  assert.is(g.decideBy, undefined);
  assert.is(g.source.act, ruleSetById('qd1048-2019').inForce.source.act);
  assert.not.match(g.reason, /22\/05\/2026/);
  const late = right(governingRuleSet({ kind: 'upgrade', filedOn: date('2026-05-15') }));
  assert.is(late.decideBy, undefined, 'QĐ 26/2026 is not in force on 15/05/2026');
  // Decided before 22/05/2026, it never had a transitional deadline either.
  assert.is(right(governingRuleSet({ kind: 'first', filedOn: date('2026-05-15'), decidedOn: date('2026-05-21') })).decideBy, undefined);
  assert.is(transitionalDecideBy('first', date('2022-03-01')), date('2026-07-21'));
  assert.is(transitionalDecideBy('reEvaluation', date('2026-05-21')), date('2026-06-21'));
  assert.is(transitionalDecideBy('first', date('2026-05-22')), undefined);
});

test('a dossier filed on or after 22/05/2026 is under QĐ 26/2026, with no transitional deadline', () => {
  const g = right(governingRuleSet({ kind: 'first', filedOn: date('2026-05-22'), decidedOn: date('2026-12-01') }));
  assert.is(g.ruleSet.id, 'qd26-2026');
  assert.is(g.decideBy, undefined);
});

test('impossible queries are refused', () => {
  assert.equal(left(governingRuleSet({ kind: 'first', filedOn: date('2018-01-01') })), {
    _tag: 'NoRuleSetInForce',
    filedOn: date('2018-01-01'),
  });
  assert.is(
    left(governingRuleSet({ kind: 'first', filedOn: date('2026-06-01'), decidedOn: date('2026-05-31') }))._tag,
    'DecidedBeforeFiled',
  );
});

test.run();
