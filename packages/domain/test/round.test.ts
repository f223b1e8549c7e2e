import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { deciderSpecification, fold, nonEmpty } from '@ocop/kernel';
import {
  councilResult,
  defaultCouncilRules,
  qd26_2026,
  ruleSetById,
  scoreSheet,
  type Answers,
  type CouncilMode,
  type CouncilRules,
  type DossierKind,
  type RuleSetId,
} from '@ocop/rules';
import {
  councilSource,
  decodeRoundCommand,
  DossierId,
  PersonId,
  roundDecider,
  roundEvents,
  roundStream,
  type Member,
  type RoundCommand,
  type RoundEvent,
  type StoredOutcome,
} from '../src/index.js';
import { agriculture, chair, health, members, snapshot, trade } from './council-fixtures.js';
import {
  actor,
  councilId,
  ctx,
  day,
  dossierId,
  productId,
  provincialOffice,
  rice,
  riceAnswers,
  roundId,
  threeStarRice,
} from './fixtures.js';
import { decoded, leftOf, rightOf, throughJson, viaJson } from './helpers.js';

const spec = deciderSpecification(roundDecider);

// Answers on sheet 3 (rice) and what they score: best 100 (5★), threeStarRice 97 (3★: two 4★ minimums missed),
// mid 88 (3★), stale-labelled 99 (4★: a 5★ minimum missed), low 76 (2★: a 3★ minimum missed).
const best = riceAnswers();
const mid = riceAnswers({ '4.3': 1, '5.1': 1 });
const fourStar = riceAnswers({ '1.3': 2 });
const low = riceAnswers({ '4.1': 1, '4.3': 1, '5.1': 1, '8': 1, '9': 1 });

const memberActor = (m: Member) =>
  actor(m.person === chair.person ? 'councilChair' : 'councilMember', `acc-${m.person}`, 'Hội đồng OCOP tỉnh Lâm Đồng');
const chairActor = memberActor(chair);

type OpenData = Extract<RoundCommand, { type: 'OpenRound' }>['data'];
const openData: OpenData = {
  roundId,
  councilId,
  level: 'province',
  province: nonEmpty('68'),
  year: 2026,
  number: 2,
  extra: false,
  council: snapshot(),
  ...ctx('2026-11-02'),
};
const open = (changes: Partial<OpenData> = {}): RoundCommand => ({ type: 'OpenRound', data: { ...openData, ...changes } });
const openedWith = (data: OpenData): RoundEvent => ({ type: 'RoundOpened', data });
/** Round 2 of 2026 at the province, as opened in November: it ends on 29/12/2026. */
const opened = openedWith({ ...openData, lastDay: day('2026-12-29') });

type AssignData = Extract<RoundCommand, { type: 'AssignDossier' }>['data'];
const assignData: AssignData = {
  dossierId,
  productId,
  sheet: 3,
  ruleSet: 'qd26-2026',
  kind: 'first',
  filedOn: day('2026-09-01'),
  ...ctx('2026-11-03'),
};
const assign = (changes: Partial<AssignData> = {}): RoundCommand => ({ type: 'AssignDossier', data: { ...assignData, ...changes } });
const assigned = (mode: CouncilMode = 'meeting', changes: Partial<AssignData> = {}): RoundEvent => ({
  type: 'DossierAssigned',
  data: { roundId, ...assignData, ...changes, mode },
});

const submit = (who: Member, answers: Answers, on = '2026-12-01', of = dossierId): RoundCommand => ({
  type: 'SubmitSheet',
  data: { dossierId: of, person: who.person, input: { answers }, ...ctx(on, memberActor(who)) },
});
/** The sheet as the round records it; the scores are the rules package's (checked against literals below). */
const submitted = (who: Member, answers: Answers, attempt = 1, on = '2026-12-01', of = dossierId): RoundEvent => {
  const s = rightOf(scoreSheet(qd26_2026, rice, { answers }));
  return {
    type: 'SheetSubmitted',
    data: {
      dossierId: of,
      person: who.person,
      input: { answers },
      roundId,
      attempt,
      total: s.total,
      parts: s.parts,
      minimumStars: s.minimumStars,
      stars: s.stars,
      ...ctx(on, memberActor(who)),
    },
  };
};

const closeScoring = (who: Member = chair, on = '2026-12-10'): RoundCommand => ({
  type: 'CloseScoring',
  data: { dossierId, chair: who.person, ...ctx(on, memberActor(who)) },
});
const scoringClosed = (attempt = 1, on = '2026-12-10'): RoundEvent => ({
  type: 'ScoringClosed',
  data: { roundId, dossierId, attempt, ...ctx(on, chairActor) },
});
const adopt = (who: Member = chair, on = '2026-12-11'): RoundCommand => ({
  type: 'AdoptResult',
  data: { dossierId, chair: who.person, ...ctx(on, memberActor(who)) },
});
const recused = (who: Member, reason = 'con rể của chủ thể'): RoundEvent => ({
  type: 'MemberRecused',
  data: { roundId, dossierId, person: who.person, reason: nonEmpty(reason), ...ctx('2026-11-20', memberActor(who)) },
});

const notTheChair = (who: Member) =>
  ({ kind: 'forbidden', rule: 'NotTheChair', message: `${who.person} is not the chair of this council`, source: councilSource }) as const;

/**
 * The ResultAdopted the round must record: everything `councilResult` of the rules package computes from the same
 * sheets, with the members' answers, and the outcome stated by the test.
 */
const adoption = (o: {
  readonly sheets: ReadonlyArray<readonly [Member, Answers]>;
  readonly outcome: StoredOutcome;
  readonly recused?: ReadonlyArray<Member>;
  readonly mode?: CouncilMode;
  readonly attempt?: number;
  readonly kind?: DossierKind;
  readonly ruleSet?: RuleSetId;
  readonly rules?: CouncilRules;
  readonly on?: string;
}): RoundEvent => {
  const ruleSet = o.ruleSet ?? 'qd26-2026';
  const rules = o.rules ?? defaultCouncilRules;
  const mode = o.mode ?? 'meeting';
  const out = (o.recused ?? []).map((m) => m.person);
  const r = rightOf(
    councilResult({
      ruleSet: ruleSetById(ruleSet),
      sheet: rice,
      level: 'province',
      members: members.map((m) => m.person),
      chair: chair.person,
      recused: out,
      rules,
      mode,
      sheets: o.sheets.map(([m, answers]) => ({ member: m.person, input: { answers } })),
    }),
  );
  const { source: _source, ...outcome } = r.outcome;
  assert.equal(outcome, o.outcome, 'the outcome stated by the test is the one the rules package gives');
  return {
    type: 'ResultAdopted',
    data: {
      roundId,
      dossierId,
      productId,
      ruleSet,
      sheet: 3,
      kind: o.kind ?? 'first',
      filedOn: day('2026-09-01'),
      level: 'province',
      mode,
      attempt: o.attempt ?? 1,
      chair: chair.person,
      eligible: members.map((m) => m.person).filter((p) => !out.includes(p)),
      recused: out,
      rules,
      sheets: r.sheets.map((s, i) => ({
        person: s.member,
        input: { answers: o.sheets[i]?.[1] ?? {} },
        total: s.score.total,
        parts: s.score.parts,
        minimumStars: s.score.minimumStars,
        stars: s.score.stars,
      })),
      sum: r.sum,
      count: r.count,
      mean: r.mean,
      spread: r.spread,
      quorum: r.quorum,
      bandStars: r.bandStars,
      minimumStars: r.minimumStars,
      stars: r.stars,
      blocking: r.blocking.map((b) => ({
        criterion: b.criterion,
        forStars: b.required.stars,
        requiredPoints: b.required.points,
        sheetsMeeting: b.sheetsMeeting,
      })),
      outcome: o.outcome,
      ...ctx(o.on ?? '2026-12-11', chairActor),
    },
  };
};

// ─── Opening ────────────────────────────────────────────────────────────────────────────────────────────────

// QĐ 26/2026 Art. 5.1: round 2 at the province ends before 30 December, for proposals made before 30 October.
test('round 2 of a year at the province ends on 29 December of that year, though it opens after proposals closed', () => {
  spec.given([]).when(open()).then([opened]);
});

// Art. 5.1: round 1 ends before 30 June. The year is the round's own, not read from the day it opens.
test('round 1 at the province ends on 29 June of its year, whether opened before or after 30 April', () => {
  for (const on of ['2026-05-25', '2026-06-05'])
    spec
      .given([])
      .when(open({ number: 1, ...ctx(on) }))
      .then([openedWith({ ...openData, number: 1, ...ctx(on), lastDay: day('2026-06-29') })]);
});

// Art. 5.2: the ministry's round 1 ends before 30 September, round 2 before 30 March (proposals before 30 January).
test('the central rounds end on 29 September and 29 March', () => {
  const { province: _province, ...rest } = openData;
  spec
    .given([])
    .when({ type: 'OpenRound', data: { ...rest, level: 'central', number: 1, ...ctx('2026-08-03') } })
    .then([openedWith({ ...rest, level: 'central', number: 1, ...ctx('2026-08-03'), lastDay: day('2026-09-29') })]);
  spec
    .given([])
    .when({ type: 'OpenRound', data: { ...rest, level: 'central', year: 2027, number: 2, ...ctx('2027-02-02') } })
    .then([openedWith({ ...rest, level: 'central', year: 2027, number: 2, ...ctx('2027-02-02'), lastDay: day('2027-03-29') })]);
});

// Art. 5.1, second paragraph: extra rounds are set by the council's rules and plan, which give their end.
test('an extra round has no last day unless one is given, and then keeps it', () => {
  spec
    .given([])
    .when(open({ number: 3, extra: true }))
    .then([openedWith({ ...openData, number: 3, extra: true })]);
  spec
    .given([])
    .when(open({ number: 3, extra: true, lastDay: day('2026-12-15') }))
    .then([openedWith({ ...openData, number: 3, extra: true, lastDay: day('2026-12-15') })]);
});

// [inference] For rounds 1 and 2 the act fixes the end; a different day given by the caller does not move it.
test("the act's last day prevails over one given for rounds 1 and 2", () => {
  spec
    .given([])
    .when(open({ lastDay: day('2027-01-15') }))
    .then([opened]);
});

// QĐ 148/2023 fixed no round calendar: the district's round ends when its plan says.
test('a district round of 2024 under QĐ 148/2023 is opened with only the last day it is given', () => {
  const district: OpenData = {
    ...openData,
    level: 'district',
    province: nonEmpty('60'),
    district: nonEmpty('599'),
    year: 2024,
    number: 1,
    ...ctx('2024-06-03'),
  };
  spec
    .given([])
    .when({ type: 'OpenRound', data: district })
    .then([openedWith(district)]);
  spec
    .given([])
    .when({ type: 'OpenRound', data: { ...district, lastDay: day('2024-07-15') } })
    .then([openedWith({ ...district, lastDay: day('2024-07-15') })]);
});

// Art. 7.3.b: the council's chair is one of it; [inference] rounds are numbered 1, 2, … within a year of four digits.
test('a round is opened with its chair among the members, a round number from 1 and a year of four digits', () => {
  spec
    .given([])
    .when(open({ council: { ...snapshot(), chair: decoded(PersonId, 'tv-khac') } }))
    .thenError({ kind: 'invalid', rule: 'ChairNotAMember', message: 'the chair is not among the members' });
  for (const number of [0, 1.5])
    spec
      .given([])
      .when(open({ number }))
      .thenError({ kind: 'invalid', rule: 'InvalidRoundNumber', message: `round number ${number} is not 1, 2, …` });
  for (const year of [26, 2026.5])
    spec
      .given([])
      .when(open({ year }))
      .thenError({ kind: 'invalid', rule: 'InvalidRoundYear', message: `${year} is not a year of four digits` });
});

// Art. 4.1: councils sit at the province and the centre only.
test('a round at a level without a council is refused', () => {
  spec
    .given([])
    .when(open({ level: 'district', district: nonEmpty('599') }))
    .thenError({
      kind: 'invalid',
      rule: 'NoCouncilAtLevel',
      message: 'qd26-2026 has no council at district level',
      source: qd26_2026.levels.source,
    });
  spec
    .given([])
    .when(open({ level: 'commune' }))
    .thenError({
      kind: 'invalid',
      rule: 'NoCouncilAtLevel',
      message: 'qd26-2026 has no council at commune level',
      source: qd26_2026.levels.source,
    });
  spec
    .given([])
    .when(open({ ...ctx('2019-01-10') }))
    .thenError({ kind: 'invalid', rule: 'NoRuleSetInForce', message: 'no rule set was in force on 2019-01-10' });
});

// [inference] A stream holds one round; nothing happens in a round not opened.
test('a round is opened once, and nothing happens in a round never opened', () => {
  spec
    .given([opened])
    .when(open())
    .thenError({ kind: 'conflict', rule: 'RoundAlreadyOpened', message: 'round r-lam-dong-2026-2 already exists' });
  spec.given([]).when(assign()).thenError({ kind: 'notFound', rule: 'RoundNotOpened', message: 'the round has not been opened' });
});

// ─── Assignment ─────────────────────────────────────────────────────────────────────────────────────────────

// Art. 7.3.d: the council meets to score.
test('a first evaluation is assigned to be scored at a meeting', () => {
  spec
    .given([opened])
    .when(assign())
    .then([assigned('meeting')]);
});

// Art. 7.6.d: a re-evaluation is scored by written opinions; the council meets only if opinions diverge.
test('a re-evaluation under QĐ 26/2026 is scored by written opinions when the council’s rules say so', () => {
  spec
    .given([opened])
    .when(assign({ kind: 'reEvaluation' }))
    .then([assigned('writtenOpinions', { kind: 'reEvaluation' })]);
  const meets: CouncilRules = { ...defaultCouncilRules, writtenOpinionsForReEvaluation: false };
  spec
    .given([openedWith({ ...openData, council: snapshot(meets), lastDay: day('2026-12-29') })])
    .when(assign({ kind: 'reEvaluation' }))
    .then([assigned('meeting', { kind: 'reEvaluation' })]);
});

// Art. 12.2.b: a re-evaluation filed before 22/05/2026 continues under the old rules, which knew no written opinions.
test('a re-evaluation under the transitional rules is scored at a meeting', () => {
  const old = { kind: 'reEvaluation', ruleSet: 'qd148-2023-qd1489-2025', filedOn: day('2026-05-15') } as const;
  spec
    .given([opened])
    .when(assign(old))
    .then([assigned('meeting', old)]);
});

// Art. 4.1 and QĐ 148/2023 Annex II: the level of the round must be one of the dossier's rule set.
test('a dossier is scored only at a council level of its rule set', () => {
  const district: OpenData = {
    ...openData,
    level: 'district',
    province: nonEmpty('60'),
    district: nonEmpty('599'),
    year: 2024,
    number: 1,
    ...ctx('2024-06-03'),
  };
  spec
    .given([openedWith(district)])
    .when(assign())
    .thenError({
      kind: 'invalid',
      rule: 'NoCouncilAtLevel',
      message: 'a qd26-2026 dossier is not scored at district level',
      source: qd26_2026.levels.source,
    });
  const older = { ruleSet: 'qd148-2023', filedOn: day('2024-04-20') } as const;
  spec
    .given([openedWith(district)])
    .when(assign(older))
    .then([assigned('meeting', older)]);
});

// Annex I: 26 sheets; the codec admits 1 to 26 and every rule set has each of them.
test('every sheet the codec admits exists in every rule set; sheet 27 never reaches the decider', () => {
  for (const ruleSet of ['qd1048-2019', 'qd148-2023', 'qd148-2023-qd1489-2025', 'qd26-2026'] as const)
    for (let sheet = 1; sheet <= 26; sheet++)
      spec
        .given([opened])
        .when(assign({ ruleSet, sheet }))
        .then([assigned('meeting', { ruleSet, sheet })]);
  assert.equal(leftOf(decodeRoundCommand(viaJson(assign({ sheet: 27 })))), {
    _tag: 'ValidationFailure',
    what: 'round command AssignDossier',
    errors: [{ path: 'data.sheet', message: 'expected SheetNumber, got 27' }],
  });
});

// [inference] A dossier is scored once per round; one that left may be assigned again.
test('a dossier is in a round once; once removed it may be assigned again', () => {
  spec
    .given([opened, assigned()])
    .when(assign())
    .thenError({ kind: 'conflict', rule: 'DossierAlreadyInRound', message: 'dossier d-2026-001 is already in this round' });
  const removed: RoundEvent = {
    type: 'DossierRemovedFromRound',
    data: { roundId, dossierId, reason: nonEmpty('withdrawn'), ...ctx('2026-11-10') },
  };
  spec.given([opened, assigned(), removed]).when(assign()).then([assigned()]);
});

// ─── Recusal ────────────────────────────────────────────────────────────────────────────────────────────────

// [inference] A member with a conflict of interest on a dossier stands aside; no act names the rule (ocop-rules §9).
test('a member declares a conflict on a dossier once, and only before scoring it', () => {
  const declare = (who: Member): RoundCommand => ({
    type: 'DeclareConflict',
    data: { dossierId, person: who.person, reason: nonEmpty('con rể của chủ thể'), ...ctx('2026-11-20', memberActor(who)) },
  });
  spec
    .given([opened, assigned()])
    .when(declare(trade))
    .then([recused(trade)]);
  spec
    .given([opened, assigned(), recused(trade)])
    .when(declare(trade))
    .thenError({ kind: 'conflict', rule: 'AlreadyRecused', message: 'tv-ct is already recused from d-2026-001' });
  spec
    .given([opened, assigned(), submitted(trade, best)])
    .when(declare(trade))
    .thenError({ kind: 'conflict', rule: 'AlreadyScored', message: 'tv-ct has already scored d-2026-001' });
  spec
    .given([opened])
    .when(declare(trade))
    .thenError({ kind: 'notFound', rule: 'DossierNotInRound', message: 'dossier d-2026-001 is not in round r-lam-dong-2026-2' });
  spec
    .given([opened, assigned(), submitted(chair, best), submitted(agriculture, best), submitted(trade, best), scoringClosed()])
    .when(declare(health))
    .thenError({ kind: 'conflict', rule: 'ScoringNotOpen', message: 'scoring of dossier d-2026-001 is closed' });
});

// [inference] Only members declare conflicts.
test('only a member of the council declares a conflict', () => {
  const outsider = { ...trade, person: decoded(PersonId, 'tv-ngoai') };
  spec
    .given([opened, assigned()])
    .when({
      type: 'DeclareConflict',
      data: { dossierId, person: outsider.person, reason: nonEmpty('x'), ...ctx('2026-11-20', memberActor(outsider)) },
    })
    .thenError({ kind: 'forbidden', rule: 'NotAMember', message: 'tv-ngoai is not a member of this council' });
});

// [inference] A member with a conflict does not score the dossier.
test('a recused member may not score the dossier', () => {
  spec
    .given([opened, assigned(), recused(trade)])
    .when(submit(trade, best))
    .thenError({ kind: 'forbidden', rule: 'Recused', message: 'tv-ct declared a conflict on d-2026-001' });
});

// [inference] A recused member is not eligible: the quorum is counted on the others.
test('a recused member neither scores nor counts for the quorum', () => {
  const given = [opened, assigned(), recused(trade), submitted(chair, best), submitted(agriculture, best), submitted(health, fourStar)];
  spec.given(given).when(closeScoring()).then([scoringClosed()]);
  spec
    .given([...given, scoringClosed()])
    .when(adopt())
    .then([
      adoption({
        sheets: [
          [chair, best],
          [agriculture, best],
          [health, fourStar],
        ],
        recused: [trade],
        outcome: { kind: 'forward', from: 'province', to: 'central', stars: 5 },
      }),
    ]);
});

// ─── Sheets ─────────────────────────────────────────────────────────────────────────────────────────────────

// Annex II: each member fills the sheet; the round records the total, the parts, the minimum level met and the stars.
test("a member's sheet is recorded sealed with its total, parts, minimum level and stars", () => {
  spec
    .given([opened, assigned()])
    .when(submit(agriculture, threeStarRice))
    .then([
      {
        type: 'SheetSubmitted',
        data: {
          dossierId,
          person: agriculture.person,
          input: { answers: threeStarRice },
          roundId,
          attempt: 1,
          total: 97,
          parts: { A: 39, B: 23, C: 35 },
          minimumStars: 3,
          stars: 3,
          ...ctx('2026-12-01', memberActor(agriculture)),
        },
      },
    ]);
  const withOpinion: RoundCommand = {
    type: 'SubmitSheet',
    data: { dossierId, person: chair.person, input: { answers: best }, opinion: nonEmpty('bao bì đẹp'), ...ctx('2026-12-01', chairActor) },
  };
  spec
    .given([opened, assigned()])
    .when(withOpinion)
    .then([
      {
        type: 'SheetSubmitted',
        data: {
          dossierId,
          person: chair.person,
          input: { answers: best },
          opinion: nonEmpty('bao bì đẹp'),
          roundId,
          attempt: 1,
          total: 100,
          parts: { A: 40, B: 25, C: 35 },
          minimumStars: 5,
          stars: 5,
          ...ctx('2026-12-01', chairActor),
        },
      },
    ]);
});

// Art. 7.3.d, 7.4.d: the council scores; no one else's sheet counts.
test('only members score', () => {
  const outsider = { ...trade, person: decoded(PersonId, 'tv-ngoai') };
  spec
    .given([opened, assigned()])
    .when(submit(outsider, best))
    .thenError({ kind: 'forbidden', rule: 'NotAMember', message: 'tv-ngoai is not a member of this council' });
});

// Annex II: every criterion is answered with one of its printed options.
test('a sheet that cannot be scored is refused, naming every criterion at fault', () => {
  const { ['1.1']: _missing, ...answers } = riceAnswers({ '1.2': 9, '99': 1 });
  spec
    .given([opened, assigned()])
    .when(submit(agriculture, answers))
    .thenError({
      kind: 'invalid',
      rule: 'SheetCannotBeScored',
      message:
        'criterion 99 is not on this sheet; criterion 1.1 (Nguồn gốc sản phẩm) has no answer; criterion 1.2: 9 is not an option; answer 1 to 3',
      details: {
        errors: [
          { _tag: 'UnknownCriterion', criterion: '99' },
          { _tag: 'MissingAnswer', criterion: '1.1', title: 'Nguồn gốc sản phẩm' },
          { _tag: 'ImpossibleOption', criterion: '1.2', given: 9, allowed: '1 to 3' },
        ],
      },
    });
});

// [inference] A member corrects their sheet before the scoring closes; the last one counts.
test("a member's sheet submitted again replaces the earlier one of the same attempt", () => {
  const given = [
    opened,
    assigned(),
    submitted(agriculture, mid),
    submitted(chair, best),
    submitted(trade, best),
    submitted(agriculture, best, 1, '2026-12-02'),
  ];
  // With the first sheet of agriculture (88) the spread would be 12; the second (100) replaced it.
  spec.given(given).when(closeScoring()).then([scoringClosed()]);
  spec
    .given([...given, scoringClosed()])
    .when(adopt())
    .then([
      adoption({
        sheets: [
          [chair, best],
          [trade, best],
          [agriculture, best],
        ],
        outcome: { kind: 'forward', from: 'province', to: 'central', stars: 5 },
      }),
    ]);
});

// [inference] Sheets are taken while the dossier's scoring is open.
test('no sheet is taken for a dossier not in the round, or once scoring is closed', () => {
  spec
    .given([opened])
    .when(submit(agriculture, best))
    .thenError({ kind: 'notFound', rule: 'DossierNotInRound', message: 'dossier d-2026-001 is not in round r-lam-dong-2026-2' });
  spec
    .given([opened, assigned(), submitted(chair, best), submitted(agriculture, best), submitted(trade, best), scoringClosed()])
    .when(submit(health, best))
    .thenError({ kind: 'conflict', rule: 'ScoringNotOpen', message: 'scoring of dossier d-2026-001 is closed' });
});

// ─── Closing the scoring ────────────────────────────────────────────────────────────────────────────────────

// Council rules (Art. 7.3.b, 7.3.d): a quorum of three quarters of the eligible members, the chair among them.
test('scoring closes with three quarters of the members, the chair among them', () => {
  spec
    .given([opened, assigned(), submitted(chair, best), submitted(agriculture, best)])
    .when(closeScoring())
    .thenError({
      kind: 'conflict',
      rule: 'QuorumNotMet',
      message: '2 of 4 eligible members scored; the quorum is 3',
      source: councilSource,
      details: { _tag: 'QuorumNotMet', eligible: 4, present: 2, required: 3, chairPresent: true, chairRequired: true },
    });
  spec
    .given([opened, assigned(), submitted(agriculture, best), submitted(trade, best), submitted(health, best)])
    .when(closeScoring())
    .thenError({
      kind: 'conflict',
      rule: 'QuorumNotMet',
      message: '3 of 4 eligible members scored; the quorum is 3, with the chair',
      source: councilSource,
      details: { _tag: 'QuorumNotMet', eligible: 4, present: 3, required: 3, chairPresent: false, chairRequired: true },
    });
  spec
    .given([opened, assigned(), submitted(chair, best), submitted(agriculture, best), submitted(trade, best)])
    .when(closeScoring())
    .then([scoringClosed()]);
});

// Art. 7.3.b: the quorum is the council's own rule; without the chair requirement the chair is not needed.
test('with rules that do not require the chair, three members without the chair make the quorum', () => {
  const rules: CouncilRules = { ...defaultCouncilRules, quorum: { ...defaultCouncilRules.quorum, chairRequired: false } };
  spec
    .given([
      openedWith({ ...openData, council: snapshot(rules), lastDay: day('2026-12-29') }),
      assigned(),
      submitted(agriculture, best),
      submitted(trade, best),
      submitted(health, best),
    ])
    .when(closeScoring())
    .then([scoringClosed()]);
});

// Art. 7.3.d, 7.4.d: the council meets under its chair; [inference] the chair closes scoring, adopts results and closes the round.
test('only the chair closes the scoring, adopts the result and closes the round', () => {
  const given = [opened, assigned(), submitted(chair, best), submitted(agriculture, best), submitted(trade, best)];
  spec.given(given).when(closeScoring(agriculture)).thenError(notTheChair(agriculture));
  spec
    .given([...given, scoringClosed()])
    .when(adopt(trade))
    .thenError(notTheChair(trade));
  spec
    .given([opened])
    .when({ type: 'CloseRound', data: { chair: health.person, ...ctx('2026-12-20', memberActor(health)) } })
    .thenError(notTheChair(health));
});

// Council rules: totals may differ by at most the spread limit (10 points); beyond it the council scores again.
// Art. 7.3.b: the council's rules limit the spread of totals (10 points by default); beyond it the council re-scores.
test('totals further apart than the limit call for re-scoring, naming the lowest and highest', () => {
  spec
    .given([opened, assigned(), submitted(chair, best), submitted(agriculture, mid), submitted(trade, threeStarRice)])
    .when(closeScoring())
    .then([
      {
        type: 'RescoringRequested',
        data: {
          roundId,
          dossierId,
          attempt: 1,
          spread: 12,
          limit: 10,
          lowest: { person: agriculture.person, total: 88 },
          highest: { person: chair.person, total: 100 },
          action: 'rescore',
          ...ctx('2026-12-10', chairActor),
        },
      },
    ]);
});

// [inference] The limit is the largest spread allowed.
test('a spread equal to the limit is accepted', () => {
  const rules: CouncilRules = { ...defaultCouncilRules, spreadLimit: 12 };
  spec
    .given([
      openedWith({ ...openData, council: snapshot(rules), lastDay: day('2026-12-29') }),
      assigned(),
      submitted(chair, best),
      submitted(agriculture, mid),
      submitted(trade, threeStarRice),
    ])
    .when(closeScoring())
    .then([scoringClosed()]);
});

const rescoring = (action: 'rescore' | 'meetInPerson'): RoundEvent => ({
  type: 'RescoringRequested',
  data: {
    roundId,
    dossierId,
    attempt: 1,
    spread: 12,
    limit: 10,
    lowest: { person: agriculture.person, total: 88 },
    highest: { person: chair.person, total: 100 },
    action,
    ...ctx('2026-12-10', chairActor),
  },
});

// [inference] A re-scoring is a new attempt: only its sheets count.
test('after re-scoring is called, a new attempt starts and the earlier sheets no longer count', () => {
  const before = [
    opened,
    assigned(),
    submitted(chair, best),
    submitted(agriculture, mid),
    submitted(trade, threeStarRice),
    rescoring('rescore'),
  ];
  spec
    .given(before)
    .when(closeScoring(chair, '2026-12-12'))
    .thenError({
      kind: 'conflict',
      rule: 'QuorumNotMet',
      message: '0 of 4 eligible members scored; the quorum is 3, with the chair',
      source: councilSource,
      details: { _tag: 'QuorumNotMet', eligible: 4, present: 0, required: 3, chairPresent: false, chairRequired: true },
    });
  spec
    .given(before)
    .when(submit(agriculture, best, '2026-12-12'))
    .then([submitted(agriculture, best, 2, '2026-12-12')]);
  // A sheet of the first attempt arriving late is not counted in the second.
  const second = [
    ...before,
    submitted(health, best, 1, '2026-12-12'),
    submitted(chair, best, 2, '2026-12-12'),
    submitted(agriculture, best, 2, '2026-12-12'),
  ];
  spec
    .given(second)
    .when(closeScoring(chair, '2026-12-13'))
    .thenError(
      (e) =>
        e.rule === 'QuorumNotMet' &&
        JSON.stringify(e.details) ===
          JSON.stringify({ _tag: 'QuorumNotMet', eligible: 4, present: 2, required: 3, chairPresent: true, chairRequired: true }),
    );
  const third = [...second, submitted(trade, fourStar, 2, '2026-12-12')];
  spec
    .given(third)
    .when(closeScoring(chair, '2026-12-13'))
    .then([scoringClosed(2, '2026-12-13')]);
  spec
    .given([...third, scoringClosed(2, '2026-12-13')])
    .when(adopt())
    .then([
      adoption({
        sheets: [
          [chair, best],
          [agriculture, best],
          [trade, fourStar],
        ],
        attempt: 2,
        outcome: { kind: 'forward', from: 'province', to: 'central', stars: 5 },
      }),
    ]);
});

// Art. 7.6.d: written opinions first; when they diverge, the council meets in person.
test('diverging written opinions call the council to meet, and the result is then adopted at a meeting', () => {
  const re = { kind: 'reEvaluation' } as const;
  const given = [
    opened,
    assigned('writtenOpinions', re),
    submitted(chair, best),
    submitted(agriculture, mid),
    submitted(trade, threeStarRice),
  ];
  spec
    .given(given)
    .when(closeScoring())
    .then([rescoring('meetInPerson')]);
  const met = [
    ...given,
    rescoring('meetInPerson'),
    submitted(chair, threeStarRice, 2, '2026-12-15'),
    submitted(agriculture, mid, 2, '2026-12-15'),
    submitted(trade, threeStarRice, 2, '2026-12-15'),
    submitted(health, mid, 2, '2026-12-15'),
  ];
  spec
    .given(met)
    .when(closeScoring(chair, '2026-12-15'))
    .then([scoringClosed(2, '2026-12-15')]);
  spec
    .given([...met, scoringClosed(2, '2026-12-15')])
    .when(adopt(chair, '2026-12-16'))
    .then([
      adoption({
        sheets: [
          [chair, threeStarRice],
          [agriculture, mid],
          [trade, threeStarRice],
          [health, mid],
        ],
        mode: 'meeting',
        kind: 'reEvaluation',
        attempt: 2,
        on: '2026-12-16',
        outcome: { kind: 'recognise', level: 'province', stars: 3, authority: qd26_2026.recognition.value[3] },
      }),
    ]);
});

// Art. 7.6.d: the council meets only when written opinions diverge.
test('written opinions that agree are adopted as written opinions', () => {
  const re = { kind: 'reEvaluation' } as const;
  const given = [
    opened,
    assigned('writtenOpinions', re),
    submitted(chair, fourStar),
    submitted(agriculture, fourStar),
    submitted(trade, best),
    scoringClosed(),
  ];
  spec
    .given(given)
    .when(adopt())
    .then([
      adoption({
        sheets: [
          [chair, fourStar],
          [agriculture, fourStar],
          [trade, best],
        ],
        mode: 'writtenOpinions',
        kind: 'reEvaluation',
        outcome: { kind: 'recognise', level: 'province', stars: 4, authority: qd26_2026.recognition.value[4] },
      }),
    ]);
});

// ─── Adopting the result ────────────────────────────────────────────────────────────────────────────────────

// Art. 3.3 and Annex II: the class of the mean total, lowered to the minimum level the sheets meet; Art. 7.3.e: 90
// or more goes on to the ministry.
test('the adopted result holds every answer and exactly what councilResult computes, with the outcome', () => {
  const given = [
    opened,
    assigned(),
    submitted(chair, best),
    submitted(agriculture, fourStar),
    submitted(trade, best),
    submitted(health, threeStarRice),
    scoringClosed(),
  ];
  const event = adoption({
    sheets: [
      [chair, best],
      [agriculture, fourStar],
      [trade, best],
      [health, threeStarRice],
    ],
    outcome: { kind: 'forward', from: 'province', to: 'central', stars: 5 },
  });
  spec.given(given).when(adopt()).then([event]);
  // Spelled out for the reader: the figures of this result.
  if (event.type !== 'ResultAdopted') return;
  const d = event.data;
  assert.equal(
    [d.sum, d.count, d.mean, d.spread, d.quorum, d.bandStars, d.minimumStars, d.stars],
    [396, 4, 99, { lowest: 97, highest: 100, value: 3, limit: 10 }, { eligible: 4, present: 4, required: 3, chairPresent: true }, 5, 5, 5],
  );
  assert.equal(
    d.sheets.map((s) => [s.person, s.total, s.stars]),
    [
      [chair.person, 100, 5],
      [agriculture.person, 99, 4],
      [trade.person, 100, 5],
      [health.person, 97, 3],
    ],
  );
});

// Art. 4.1.a: 1 or 2 stars, no recognition; the criteria below the 3-star minimum are named.
test('a result below 3 stars is adopted as not certified, with the criteria that block 3 stars', () => {
  const given = [opened, assigned(), submitted(chair, low), submitted(agriculture, low), submitted(trade, low), scoringClosed()];
  const event = adoption({
    sheets: [
      [chair, low],
      [agriculture, low],
      [trade, low],
    ],
    outcome: { kind: 'notCertified', stars: 2 },
  });
  spec.given(given).when(adopt()).then([event]);
  assert.ok(event.type === 'ResultAdopted' && event.data.blocking.length > 0 && event.data.blocking.every((b) => b.forStars === 3));
});

// Art. 7.3.d: the council adopts its result after scoring; [inference] once.
test('a result is adopted only once its scoring is closed, and only once', () => {
  const scored = [opened, assigned(), submitted(chair, best), submitted(agriculture, best), submitted(trade, best)];
  const notClosed = {
    kind: 'conflict',
    rule: 'ScoringNotClosed',
    message: 'close the scoring of d-2026-001 before adopting its result',
  } as const;
  spec.given(scored).when(adopt()).thenError(notClosed);
  const adoptedEvent = adoption({
    sheets: [
      [chair, best],
      [agriculture, best],
      [trade, best],
    ],
    outcome: { kind: 'forward', from: 'province', to: 'central', stars: 5 },
  });
  spec
    .given([...scored, scoringClosed(), adoptedEvent])
    .when(adopt())
    .thenError({ kind: 'conflict', rule: 'ResultAlreadyAdopted', message: 'the result of d-2026-001 is already adopted' });
});

// ─── Leaving and closing ────────────────────────────────────────────────────────────────────────────────────

// [inference] A dossier withdrawn, disqualified or lapsed leaves the round, unless its result is adopted.
test('a dossier leaves the round with a reason unless its result is adopted; it is then no longer in it', () => {
  const reason = nonEmpty('withdrawn');
  const remove: RoundCommand = { type: 'RemoveDossierFromRound', data: { dossierId, reason, ...ctx('2026-11-25', provincialOffice) } };
  const removed: RoundEvent = {
    type: 'DossierRemovedFromRound',
    data: { roundId, dossierId, reason, ...ctx('2026-11-25', provincialOffice) },
  };
  spec
    .given([opened, assigned(), submitted(chair, best)])
    .when(remove)
    .then([removed]);
  spec
    .given([opened, assigned(), removed])
    .when(submit(chair, best))
    .thenError({ kind: 'notFound', rule: 'DossierNotInRound', message: 'dossier d-2026-001 is not in round r-lam-dong-2026-2' });
  spec
    .given([opened, assigned(), removed])
    .when(remove)
    .thenError({ kind: 'notFound', rule: 'DossierNotInRound', message: 'dossier d-2026-001 is not in round r-lam-dong-2026-2' });
  const adoptedEvent = adoption({
    sheets: [
      [chair, best],
      [agriculture, best],
      [trade, best],
    ],
    outcome: { kind: 'forward', from: 'province', to: 'central', stars: 5 },
  });
  spec
    .given([
      opened,
      assigned(),
      submitted(chair, best),
      submitted(agriculture, best),
      submitted(trade, best),
      scoringClosed(),
      adoptedEvent,
    ])
    .when(remove)
    .thenError({
      kind: 'conflict',
      rule: 'ResultAlreadyAdopted',
      message: 'the result of d-2026-001 is adopted; it cannot leave the round',
    });
});

// Art. 5: a round ends; [inference] only when each dossier has a result or has left.
test('a round closes when no dossier is pending, counting the results adopted; a closed round takes nothing', () => {
  const second = decoded(DossierId, 'd-2026-002');
  const closeRound: RoundCommand = { type: 'CloseRound', data: { chair: chair.person, ...ctx('2026-12-20', chairActor) } };
  const adoptedEvent = adoption({
    sheets: [
      [chair, best],
      [agriculture, best],
      [trade, best],
    ],
    outcome: { kind: 'forward', from: 'province', to: 'central', stars: 5 },
  });
  const withTwo = [
    opened,
    assigned(),
    assigned('meeting', { dossierId: second }),
    submitted(chair, best),
    submitted(agriculture, best),
    submitted(trade, best),
    scoringClosed(),
    adoptedEvent,
  ];
  spec
    .given(withTwo)
    .when(closeRound)
    .thenError({ kind: 'conflict', rule: 'DossiersPending', message: 'dossiers without an adopted result: d-2026-002' });
  const removedSecond: RoundEvent = {
    type: 'DossierRemovedFromRound',
    data: { roundId, dossierId: second, reason: nonEmpty('disqualified'), ...ctx('2026-12-12', provincialOffice) },
  };
  const closed: RoundEvent = { type: 'RoundClosed', data: { roundId, adopted: 1, ...ctx('2026-12-20', chairActor) } };
  spec
    .given([...withTwo, removedSecond])
    .when(closeRound)
    .then([closed]);
  spec
    .given([...withTwo, removedSecond, closed])
    .when(assign({ dossierId: decoded(DossierId, 'd-2026-003') }))
    .thenError({ kind: 'conflict', rule: 'RoundClosed', message: 'round r-lam-dong-2026-2 is closed' });
  spec
    .given([opened])
    .when(closeRound)
    .then([{ type: 'RoundClosed', data: { roundId, adopted: 0, ...ctx('2026-12-20', chairActor) } }]);
});

// [inference] One stream per round; events survive JSON unchanged.
test('the stream of a round is named by its id; its events survive encoding', () => {
  assert.is(roundStream(roundId), 'Round-r-lam-dong-2026-2');
  const history = [
    opened,
    assigned(),
    recused(health),
    submitted(chair, best),
    submitted(agriculture, best),
    submitted(trade, best),
    scoringClosed(),
  ];
  for (const event of history) assert.equal(rightOf(throughJson(roundEvents, event)), event);
  const state = fold(roundDecider)(history);
  assert.ok(state.status === 'open' && state.dossiers[0]?.status === 'scoringClosed' && state.dossiers[0].recused.length === 1);
});

test.run();
