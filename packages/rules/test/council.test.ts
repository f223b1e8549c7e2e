import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { councilResult, defaultCouncilRules, qd26_2026, quorumRequired, type CouncilInput, type MemberSheet } from '../src/index.js';
import { bestAnswers, left, right, sheetNo, withAnswers } from './helpers.js';

const rice = sheetNo(3);
const members = ['chair', 'm1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7'];
const perfect = bestAnswers(rice);

const council = (sheets: ReadonlyArray<MemberSheet>, overrides: Partial<CouncilInput> = {}): CouncilInput => ({
  ruleSet: qd26_2026,
  sheet: rice,
  level: 'province',
  members,
  chair: 'chair',
  recused: [],
  rules: defaultCouncilRules,
  mode: 'meeting',
  sheets,
  ...overrides,
});

const sheetOf = (member: string, changes: Record<string, number> = {}): MemberSheet => ({
  member,
  input: { answers: withAnswers(perfect, changes) },
});
const sixSheets = ['chair', 'm1', 'm2', 'm3', 'm4', 'm5'].map((m) => sheetOf(m));

test('quorum is three quarters of the eligible members, rounded up', () => {
  assert.is(quorumRequired(defaultCouncilRules, 8), 6);
  assert.is(quorumRequired(defaultCouncilRules, 7), 6);
  assert.is(quorumRequired(defaultCouncilRules, 5), 4);
  assert.is(quorumRequired(defaultCouncilRules, 4), 3);
});

test('six sheets of eight members, the chair among them, meet the quorum; five do not', () => {
  right(councilResult(council(sixSheets)));
  const short = left(councilResult(council(sixSheets.slice(0, 5))));
  assert.equal(short, { _tag: 'QuorumNotMet', eligible: 8, present: 5, required: 6, chairPresent: true, chairRequired: true });
});

test('without the chair there is no quorum, however many members score', () => {
  const sheets = ['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7'].map((m) => sheetOf(m));
  assert.is(left(councilResult(council(sheets)))._tag, 'QuorumNotMet');
});

test('a recused member neither scores nor counts for the quorum', () => {
  const sheets = ['chair', 'm1', 'm2', 'm3', 'm4', 'm5'].map((m) => sheetOf(m));
  const r = right(councilResult(council(sheets, { recused: ['m6', 'm7'] })));
  assert.equal(r.quorum, { eligible: 6, present: 6, required: 5, chairPresent: true });
  assert.equal(left(councilResult(council([...sheets, sheetOf('m6')], { recused: ['m6'] }))), {
    _tag: 'RecusedMemberScored',
    member: 'm6',
  });
});

test('a chair recused from a dossier is not required for its quorum', () => {
  const sheets = ['m1', 'm2', 'm3', 'm4', 'm5', 'm6'].map((m) => sheetOf(m));
  const r = right(councilResult(council(sheets, { recused: ['chair'] })));
  assert.equal(r.quorum, { eligible: 7, present: 6, required: 6, chairPresent: false });
});

test('a sheet from someone outside the council, or a second sheet from a member, is refused', () => {
  assert.equal(left(councilResult(council([...sixSheets, sheetOf('stranger')]))), { _tag: 'NotAMember', member: 'stranger' });
  assert.equal(left(councilResult(council([...sixSheets, sheetOf('m1')]))), { _tag: 'DuplicateSheet', member: 'm1' });
});

test('totals may differ by 10 points; 11 asks for re-scoring, or a meeting after written opinions', () => {
  // Option 1 of 4.3 (0 of 5), 4.2 (0 of 3) and 1.4 (1 of 3) costs 10 points; 1.7 (0 of 1) one more.
  const ten = [...sixSheets.slice(0, 5), sheetOf('m5', { '4.3': 1, '4.2': 1, '1.4': 1 })];
  const ok = right(councilResult(council(ten)));
  assert.equal(ok.spread, { lowest: 90, highest: 100, value: 10, limit: 10 });
  const eleven = [...sixSheets.slice(0, 5), sheetOf('m5', { '4.3': 1, '4.2': 1, '1.4': 1, '1.7': 1 })];
  const tooFar = left(councilResult(council(eleven)));
  assert.equal(tooFar, {
    _tag: 'SpreadExceeded',
    spread: 11,
    limit: 10,
    lowest: { member: 'm5', total: 89 },
    highest: { member: 'chair', total: 100 },
    action: 'rescore',
  });
  const written = left(councilResult(council(eleven, { mode: 'writtenOpinions' })));
  assert.is(written._tag === 'SpreadExceeded' && written.action, 'meetInPerson');
});

test('the star is the lower of the mean band and the minimum level the council counts', () => {
  // Three of six sheets miss the 5-star minimum on 1.3: not a majority meeting it, so 4 stars at a mean of 99.5.
  const sheets = sixSheets.map((s, i) => (i < 3 ? sheetOf(s.member, { '1.3': 2 }) : s));
  const r = right(councilResult(council(sheets)));
  assert.is(r.mean, 99.5);
  assert.is(r.bandStars, 5);
  assert.is(r.minimumStars, 4);
  assert.is(r.stars, 4);
  assert.equal(
    r.blocking.map((b) => [b.criterion, b.sheetsMeeting]),
    [['1.3', 3]],
  );
  assert.equal(r.outcome.kind, 'recognise');
});

test('on a majority basis two sheets of six missing a minimum do not cap the star; unanimity does', () => {
  const sheets = sixSheets.map((s, i) => (i < 2 ? sheetOf(s.member, { '1.3': 2 }) : s));
  assert.is(right(councilResult(council(sheets))).stars, 5);
  const strict = right(councilResult(council(sheets, { rules: { ...defaultCouncilRules, minimumsBasis: 'unanimous' } })));
  assert.is(strict.stars, 4);
});

test('invalid member sheets are reported together, each with its member', () => {
  const sheets = [...sixSheets.slice(0, 4), sheetOf('m4', { '1.1': 9 }), { member: 'm5', input: { answers: {} } }];
  const e = left(councilResult(council(sheets)));
  assert.is(e._tag, 'SheetInvalid');
  assert.equal(e._tag === 'SheetInvalid' ? e.sheets.map((s) => s.member) : [], ['m4', 'm5']);
});

test('every member sheet is kept in the result with its full scoring', () => {
  const r = right(councilResult(council(sixSheets)));
  assert.equal(
    r.sheets.map((s) => s.member),
    ['chair', 'm1', 'm2', 'm3', 'm4', 'm5'],
  );
  assert.ok(r.sheets.every((s) => s.score.criteria.length === 32));
  assert.is(r.sum, 600);
  assert.is(r.count, 6);
});

test.run();
