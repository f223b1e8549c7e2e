import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type * as t from 'io-ts';
import { deciderSpecification, fold, nonEmpty } from '@ocop/kernel';
import { defaultCouncilRules, ruleSetById, type CouncilRules, type RuleSetId } from '@ocop/rules';
import {
  CouncilEstablishedV1,
  CouncilId,
  councilDecider,
  councilEvents,
  councilSource,
  councilStream,
  decodeCouncilCommand,
  inference,
  type CouncilCommand,
  type CouncilEvent,
} from '../src/index.js';
import { agriculture, chair, health, members, science, trade } from './council-fixtures.js';
import { councilId, ctx, decision, person } from './fixtures.js';
import { decoded, leftOf, rightOf, throughJson, viaJson } from './helpers.js';

const spec = deciderSpecification(councilDecider);
const levelsSource = (id: RuleSetId) => ruleSetById(id).levels.source;

type Establish = Extract<CouncilCommand, { type: 'EstablishCouncil' }>['data'];

const establishData: Establish = {
  councilId,
  level: 'province',
  decision: decision('province', '2026-06-10', '1520/QĐ-UBND'),
  chair: chair.person,
  members,
  province: nonEmpty('68'),
  ...ctx('2026-06-10'),
};
const establish = (changes: Partial<Establish> = {}): CouncilCommand => ({
  type: 'EstablishCouncil',
  data: { ...establishData, ...changes },
});
const established: CouncilEvent = {
  type: 'CouncilEstablished',
  data: { ...establishData, ruleSet: 'qd26-2026', rules: defaultCouncilRules },
};

const rules = (changes: Partial<CouncilRules['quorum']> = {}, spreadLimit = 10): CouncilRules => ({
  ...defaultCouncilRules,
  quorum: { ...defaultCouncilRules.quorum, ...changes },
  spreadLimit,
});

// QĐ 26/2026 Art. 7.3.b: the provincial chairman sets up the provincial council and issues its operating rules.
test('a provincial council is set up by the provincial chairman under the rules in force on the decision day', () => {
  spec.given([]).when(establish()).then([established]);
});

// Art. 7.3.b leaves the operating rules (quy chế) to the council; the defaults are the common provincial ones [inference].
test('without operating rules the council takes the common ones: 3/4 with the chair, 10 points, majority, written opinions', () => {
  assert.equal(defaultCouncilRules, {
    quorum: { numerator: 3, denominator: 4, chairRequired: true },
    spreadLimit: 10,
    minimumsBasis: 'majority',
    writtenOpinionsForReEvaluation: true,
  });
  const own: CouncilRules = { ...rules({ numerator: 2, denominator: 3, chairRequired: false }, 15), minimumsBasis: 'unanimous' };
  spec
    .given([])
    .when(establish({ rules: own }))
    .then([{ type: 'CouncilEstablished', data: { ...establishData, rules: own, ruleSet: 'qd26-2026' } }]);
});

// QĐ 148/2023 Annex II: the district level scored and recognised 3-star products.
test('a district council set up in 2024 under QĐ 148/2023 is accepted', () => {
  const data: Establish = {
    ...establishData,
    councilId: decoded(CouncilId, 'hd-tanh-linh-2024'),
    level: 'district',
    decision: decision('district', '2024-03-15', '412/QĐ-UBND'),
    province: nonEmpty('60'),
    district: nonEmpty('599'),
    ...ctx('2024-03-15'),
  };
  spec
    .given([])
    .when({ type: 'EstablishCouncil', data })
    .then([{ type: 'CouncilEstablished', data: { ...data, ruleSet: 'qd148-2023', rules: defaultCouncilRules } }]);
});

// QĐ 26/2026 Art. 4.1: two levels only, the province and the centre; QĐ 1489/2025 had already removed the district.
test('a district council decided in 2026 (or after QĐ 1489/2025) is refused: there is no council at that level', () => {
  const district = { level: 'district', district: nonEmpty('599'), province: nonEmpty('60') } as const;
  spec
    .given([])
    .when(establish({ ...district, decision: decision('district', '2026-06-10') }))
    .thenError({
      kind: 'invalid',
      rule: 'NoCouncilAtLevel',
      message: 'qd26-2026 has no council at district level (levels: commune, province, central)',
      source: levelsSource('qd26-2026'),
    });
  spec
    .given([])
    .when(establish({ ...district, decision: decision('district', '2025-09-01') }))
    .thenError({
      kind: 'invalid',
      rule: 'NoCouncilAtLevel',
      message: 'qd148-2023-qd1489-2025 has no council at district level (levels: commune, province, central)',
      source: levelsSource('qd148-2023-qd1489-2025'),
    });
});

// Art. 7.2: the commune checks dossiers; it holds no council.
test('a commune council is refused', () => {
  spec
    .given([])
    .when(establish({ level: 'commune', decision: decision('commune', '2026-06-10') }))
    .thenError({
      kind: 'invalid',
      rule: 'NoCouncilAtLevel',
      message: 'qd26-2026 has no council at commune level (levels: commune, province, central)',
      source: levelsSource('qd26-2026'),
    });
});

// Art. 7.4.b: the minister sets up the central council; it belongs to no province.
test('the central council is set up by the minister and needs no province', () => {
  const { province: _province, ...rest } = establishData;
  const data: Establish = { ...rest, level: 'central', decision: decision('central', '2026-07-01') };
  spec
    .given([])
    .when({ type: 'EstablishCouncil', data })
    .then([{ type: 'CouncilEstablished', data: { ...data, ruleSet: 'qd26-2026', rules: defaultCouncilRules } }]);
});

// QĐ 1048/2019 took effect on 21/08/2019: before it there were no OCOP councils.
test('a council decided before any OCOP rule set was in force is refused', () => {
  spec
    .given([])
    .when(establish({ decision: decision('province', '2019-08-20') }))
    .thenError({ kind: 'invalid', rule: 'NoRuleSetInForce', message: 'no OCOP rule set was in force on 2019-08-20' });
});

// Art. 7.3.b, 7.4.b: each council is set up by the authority of its own level.
test("the signer must be of the council's level", () => {
  spec
    .given([])
    .when(establish({ decision: decision('district', '2026-06-10') }))
    .thenError({
      kind: 'forbidden',
      rule: 'NotCompetentToEstablish',
      message: 'a province council is set up by the province authority, not by a district signer',
      source: councilSource,
    });
  spec
    .given([])
    .when(establish({ level: 'central', decision: decision('province', '2026-06-10') }))
    .thenError({
      kind: 'forbidden',
      rule: 'NotCompetentToEstablish',
      message: 'a central council is set up by the central authority, not by a province signer',
      source: councilSource,
    });
});

// [inference] Art. 7.3.b: a provincial council is the province's; a district council (QĐ 148/2023) the district's.
test('a provincial council names its province; a district council its district', () => {
  const { province: _province, ...withoutProvince } = establishData;
  spec
    .given([])
    .when({ type: 'EstablishCouncil', data: withoutProvince })
    .thenError({ kind: 'invalid', rule: 'AreaRequired', message: 'a province council needs its province' });
  spec
    .given([])
    .when(establish({ level: 'district', decision: decision('district', '2024-03-15'), province: nonEmpty('60') }))
    .thenError({ kind: 'invalid', rule: 'AreaRequired', message: 'a district council needs its district' });
});

// [inference] Art. 7.3.b lists at least six departments; below three members quorum and spread mean nothing.
test('a council has at least three members', () => {
  spec
    .given([])
    .when(establish({ members: [chair, agriculture] }))
    .thenError({
      kind: 'invalid',
      rule: 'TooFewMembers',
      message: 'a council needs at least 3 members, not 2',
      source: inference(
        'Art. 7.3.b',
        'the act lists at least six departments; fewer than three members makes quorum and spread meaningless',
      ),
    });
  spec
    .given([])
    .when(establish({ members: [chair, agriculture, trade] }))
    .then([
      {
        type: 'CouncilEstablished',
        data: { ...establishData, members: [chair, agriculture, trade], ruleSet: 'qd26-2026', rules: defaultCouncilRules },
      },
    ]);
});

// Art. 7.3.b: the chair is one of the council (a leader of the People's Committee); [inference] no one sits twice.
test('no person is listed twice, and the chair is one of the members', () => {
  spec
    .given([])
    .when(establish({ members: [chair, agriculture, trade, { ...trade, position: nonEmpty('Giám đốc') }] }))
    .thenError({ kind: 'invalid', rule: 'DuplicateMember', message: 'a person is listed twice among the members' });
  spec
    .given([])
    .when(establish({ chair: science.person }))
    .thenError({ kind: 'invalid', rule: 'ChairNotAMember', message: 'the chair tv-khcn is not among the members' });
});

// [inference] The quorum is a fraction of the members (e.g. 3/4) and the spread limit a number of points.
test('a quorum is a fraction of whole numbers between 0 and 1; a spread limit is not negative', () => {
  for (const [numerator, denominator] of [
    [0, 4],
    [5, 4],
    [2.5, 4],
    [3, 0],
  ] as const)
    spec
      .given([])
      .when(establish({ rules: rules({ numerator, denominator }) }))
      .thenError({
        kind: 'invalid',
        rule: 'InvalidQuorum',
        message: `a quorum of ${numerator}/${denominator} is not a fraction between 0 and 1`,
      });
  spec
    .given([])
    .when(establish({ rules: rules({}, -1) }))
    .thenError({ kind: 'invalid', rule: 'InvalidSpreadLimit', message: 'a spread limit of -1 is negative' });
  const edge = rules({ numerator: 4, denominator: 4 }, 0);
  spec
    .given([])
    .when(establish({ rules: edge }))
    .then([{ type: 'CouncilEstablished', data: { ...establishData, rules: edge, ruleSet: 'qd26-2026' } }]);
});

// [inference] One refusal at a time: the members first.
test('the members are checked before the rules', () => {
  spec
    .given([])
    .when(establish({ members: [chair], rules: rules({}, -1) }))
    .thenError((e) => e.rule === 'TooFewMembers');
});

// [inference] A stream holds one council.
test('a council is established once', () => {
  spec
    .given([established])
    .when(establish())
    .thenError({ kind: 'conflict', rule: 'CouncilAlreadyEstablished', message: 'council hd-lam-dong-2026 already exists' });
});

const change = decision('province', '2026-08-01', '1801/QĐ-UBND');
const later = ctx('2026-08-01');

// Art. 7.3.b: the chairman may invite experts and others to the council, by decision.
test('a member is added by a decision of the council’s level; a member already sitting is not added twice', () => {
  spec
    .given([established])
    .when({ type: 'AddCouncilMember', data: { member: science, decision: change, ...later } })
    .then([{ type: 'CouncilMemberAdded', data: { councilId, member: science, decision: change, ...later } }]);
  spec
    .given([established])
    .when({ type: 'AddCouncilMember', data: { member: trade, decision: change, ...later } })
    .thenError({ kind: 'invalid', rule: 'DuplicateMember', message: 'a person is listed twice among the members' });
});

// Art. 7.3.b (the council as decided by its authority); [inference] the chair is replaced before leaving, and three members remain.
test('a member leaves with a reason; the chair cannot leave while chair, and a council never drops below three', () => {
  const reason = nonEmpty('nghỉ hưu');
  spec
    .given([established])
    .when({ type: 'RemoveCouncilMember', data: { person: health.person, reason, decision: change, ...later } })
    .then([{ type: 'CouncilMemberRemoved', data: { councilId, person: health.person, reason, decision: change, ...later } }]);
  spec
    .given([established])
    .when({ type: 'RemoveCouncilMember', data: { person: chair.person, reason, decision: change, ...later } })
    .thenError({ kind: 'conflict', rule: 'CannotRemoveChair', message: 'name another chair before removing this one' });
  spec
    .given([established])
    .when({ type: 'RemoveCouncilMember', data: { person: science.person, reason, decision: change, ...later } })
    .thenError({ kind: 'notFound', rule: 'NotAMember', message: 'tv-khcn is not a member of this council' });
  const removed: CouncilEvent = {
    type: 'CouncilMemberRemoved',
    data: { councilId, person: health.person, reason, decision: change, ...later },
  };
  spec
    .given([established, removed])
    .when({ type: 'RemoveCouncilMember', data: { person: trade.person, reason, decision: change, ...later } })
    .thenError({
      kind: 'invalid',
      rule: 'TooFewMembers',
      message: 'a council needs at least 3 members, not 2',
      source: inference(
        'Art. 7.3.b',
        'the act lists at least six departments; fewer than three members makes quorum and spread meaningless',
      ),
    });
});

// Art. 7.3.b: the chairman may entrust the chair to another (e.g. a department head), by decision.
test('the chair passes to another member, after which the former chair may leave', () => {
  const chairChanged: CouncilEvent = {
    type: 'CouncilChairChanged',
    data: { councilId, chair: agriculture.person, decision: change, ...later },
  };
  spec
    .given([established])
    .when({ type: 'ChangeCouncilChair', data: { chair: agriculture.person, decision: change, ...later } })
    .then([chairChanged]);
  spec
    .given([established])
    .when({ type: 'ChangeCouncilChair', data: { chair: science.person, decision: change, ...later } })
    .thenError({ kind: 'invalid', rule: 'ChairNotAMember', message: 'the chair tv-khcn is not among the members' });
  const reason = nonEmpty('chuyển công tác');
  spec
    .given([established, chairChanged])
    .when({ type: 'RemoveCouncilMember', data: { person: chair.person, reason, decision: change, ...later } })
    .then([{ type: 'CouncilMemberRemoved', data: { councilId, person: chair.person, reason, decision: change, ...later } }]);
});

// Art. 7.3.b: the chairman issues the operating rules, and so changes them.
test('the operating rules change by decision, under the same checks as at establishment', () => {
  const unanimous: CouncilRules = { ...defaultCouncilRules, minimumsBasis: 'unanimous', writtenOpinionsForReEvaluation: false };
  spec
    .given([established])
    .when({ type: 'ChangeCouncilRules', data: { rules: unanimous, decision: change, ...later } })
    .then([{ type: 'CouncilRulesChanged', data: { councilId, rules: unanimous, decision: change, ...later } }]);
  spec
    .given([established])
    .when({ type: 'ChangeCouncilRules', data: { rules: rules({ numerator: 5, denominator: 4 }), decision: change, ...later } })
    .thenError({ kind: 'invalid', rule: 'InvalidQuorum', message: 'a quorum of 5/4 is not a fraction between 0 and 1' });
});

// Art. 7.3.b, 7.4.b: only the authority that set the council up changes it.
test("every change is refused unless decided at the council's level", () => {
  const byDistrict = decision('district', '2026-08-01');
  const commands: ReadonlyArray<CouncilCommand> = [
    { type: 'AddCouncilMember', data: { member: science, decision: byDistrict, ...later } },
    { type: 'RemoveCouncilMember', data: { person: health.person, reason: nonEmpty('x'), decision: byDistrict, ...later } },
    { type: 'ChangeCouncilChair', data: { chair: agriculture.person, decision: byDistrict, ...later } },
    { type: 'ChangeCouncilRules', data: { rules: defaultCouncilRules, decision: decision('central', '2026-08-01'), ...later } },
  ];
  for (const command of commands)
    spec.given([established]).when(command).thenError({
      kind: 'forbidden',
      rule: 'NotCompetentToChangeCouncil',
      message: 'only the province authority changes this council',
      source: councilSource,
    });
});

// [inference] Only an established council changes.
test('changes to a council never established are refused as not found', () => {
  spec
    .given([])
    .when({ type: 'AddCouncilMember', data: { member: science, decision: change, ...later } })
    .thenError({ kind: 'notFound', rule: 'CouncilNotEstablished', message: 'the council has not been established' });
});

// [inference] The council's state is the fold of its decisions.
test('the state follows the changes: members, chair and rules', () => {
  const unanimous: CouncilRules = { ...defaultCouncilRules, minimumsBasis: 'unanimous' };
  const state = fold(councilDecider)([
    established,
    { type: 'CouncilMemberAdded', data: { councilId, member: science, decision: change, ...later } },
    { type: 'CouncilChairChanged', data: { councilId, chair: science.person, decision: change, ...later } },
    { type: 'CouncilMemberRemoved', data: { councilId, person: chair.person, reason: nonEmpty('x'), decision: change, ...later } },
    { type: 'CouncilRulesChanged', data: { councilId, rules: unanimous, decision: change, ...later } },
  ]);
  assert.equal(state, {
    status: 'active',
    councilId,
    level: 'province',
    province: '68',
    ruleSet: 'qd26-2026',
    chair: science.person,
    members: [agriculture, trade, health, science],
    rules: unanimous,
  });
  assert.is(councilStream(councilId), 'Council-hd-lam-dong-2026');
});

// Versioning: events are never rewritten; version 1 is read through its upcaster.
type V1 = t.TypeOf<typeof CouncilEstablishedV1>;
const v1: V1 = {
  councilId: decoded(CouncilId, 'hd-tanh-linh-2023'),
  level: 'district',
  province: nonEmpty('60'),
  district: nonEmpty('599'),
  ruleSet: 'qd148-2023',
  decision: decision('district', '2023-04-03', '655/QĐ-UBND'),
  chair: chair.person,
  members,
  quorum: { numerator: 2, denominator: 3 },
  spreadLimit: 12,
  ...ctx('2023-04-03'),
};
const storedV1 = (data: unknown) => ({ type: 'CouncilEstablished', schemaVersion: 1, data: viaJson(data) });

// [inference] Events are never rewritten: version 1 reads as version 2 with the defaults it implied.
test('a stored CouncilEstablished of version 1 reads as version 2 with the defaults it implied', () => {
  const { quorum: _quorum, spreadLimit: _spreadLimit, ...rest } = v1;
  const expected: CouncilEvent = {
    type: 'CouncilEstablished',
    data: {
      ...rest,
      rules: {
        quorum: { numerator: 2, denominator: 3, chairRequired: true },
        spreadLimit: 12,
        minimumsBasis: 'majority',
        writtenOpinionsForReEvaluation: true,
      },
    },
  };
  const upcast = rightOf(councilEvents.decode(storedV1(CouncilEstablishedV1.encode(v1))));
  assert.equal(upcast, expected);
  // The council it describes works as any other: a district decision adds a member.
  spec
    .given([upcast])
    .when({ type: 'AddCouncilMember', data: { member: science, decision: decision('district', '2023-09-01'), ...ctx('2023-09-01') } })
    .then([
      {
        type: 'CouncilMemberAdded',
        data: { councilId: v1.councilId, member: science, decision: decision('district', '2023-09-01'), ...ctx('2023-09-01') },
      },
    ]);
});

// [inference] New events are written in the current version of their type.
test('events are written in version 2 and read back unchanged', () => {
  assert.is(councilEvents.versionOf('CouncilEstablished'), 2);
  assert.is(councilEvents.encode(established).schemaVersion, 2);
  assert.equal(rightOf(throughJson(councilEvents, established)), established);
});

// [inference] A stored event that does not fit is refused, naming the field at fault.
test('bad version-1 data is refused naming the field that is wrong', () => {
  const failure = (errors: ReadonlyArray<{ path: string; message: string }>) => ({
    _tag: 'ValidationFailure',
    what: 'event CouncilEstablished v1',
    errors,
    type: 'CouncilEstablished',
    schemaVersion: 1,
  });
  const encoded = CouncilEstablishedV1.encode(v1);
  assert.equal(
    leftOf(councilEvents.decode(storedV1({ ...encoded, quorum: { numerator: '2', denominator: 3 } }))),
    failure([{ path: 'rules.quorum.numerator', message: 'expected number, got "2"' }]),
  );
  const { spreadLimit: _spreadLimit, ...withoutSpread } = encoded;
  assert.equal(
    leftOf(councilEvents.decode(storedV1(withoutSpread))),
    failure([{ path: 'rules.spreadLimit', message: 'is required (number)' }]),
  );
  assert.equal(
    leftOf(councilEvents.decode(storedV1({ ...encoded, quorum: { numerator: 2, denominator: 3, share: 0.66 } }))),
    failure([{ path: 'rules.quorum.share', message: 'unknown field "share"' }]),
  );
  assert.equal(
    leftOf(councilEvents.decode(storedV1({ ...encoded, chairman: 'tv-chu-tich' }))),
    failure([{ path: 'chairman', message: 'unknown field "chairman"' }]),
  );
});

// [inference] Only versions that existed are read.
test('a schema version that never existed is refused with the current one', () => {
  for (const schemaVersion of [0, 3])
    assert.equal(
      leftOf(councilEvents.decode({ type: 'CouncilEstablished', schemaVersion, data: viaJson(CouncilEstablishedV1.encode(v1)) })),
      {
        _tag: 'UnknownSchemaVersion',
        type: 'CouncilEstablished',
        schemaVersion,
        current: 2,
      },
    );
});

// [inference] Strict codecs: a malformed person id is named.
test('an establishment decoded from JSON keeps its operating rules; a person listed with a bad id is named', () => {
  assert.equal(
    rightOf(decodeCouncilCommand(viaJson(establish({ rules: defaultCouncilRules })))),
    establish({ rules: defaultCouncilRules }),
  );
  const bad = viaJson({ ...establish(), data: { ...establishData, chair: 'tv chu tich' } });
  assert.equal(leftOf(decodeCouncilCommand(bad)), {
    _tag: 'ValidationFailure',
    what: 'council command EstablishCouncil',
    errors: [{ path: 'data.chair', message: 'expected PersonId, got "tv chu tich"' }],
  });
  assert.is(person('tv-chu-tich'), chair.person);
});

test.run();
