import { either as E } from 'fp-ts';
import type { RecordedEvent } from '@ocop/eventstore';
import { councilResult, findSheet, ruleSetById, type CouncilError, type CouncilResult, type SheetScore } from '@ocop/rules';
import { councilSource, storedOutcome, type PersonId, type RoundEvent } from '@ocop/domain';
import { findingAt, type Finding } from '../finding.js';
import type { AuditContext } from './context.js';
import { describeDifferences, differenceDetails, differences, type Difference } from './differences.js';

export type AdoptedResult = Extract<RoundEvent, { type: 'ResultAdopted' }>['data'];

export type Recomputation =
  | { readonly _tag: 'UnknownSheet'; readonly sheet: number }
  | { readonly _tag: 'Refused'; readonly error: CouncilError<PersonId> }
  | { readonly _tag: 'Recomputed'; readonly result: CouncilResult<PersonId>; readonly differences: ReadonlyArray<Difference> };

/**
 * Recomputes an adopted result from what it records — every member's answers, the pinned rule set and sheet,
 * the council's rules, the eligible and recused members — and compares every figure: each sheet's totals,
 * the sum, count and mean, the spread, the quorum, the band, the minimum criteria, the star and the outcome.
 */
export const recompute = (r: AdoptedResult): Recomputation => {
  const ruleSet = ruleSetById(r.ruleSet);
  const sheet = findSheet(ruleSet.sheets, r.sheet);
  if (!sheet) return { _tag: 'UnknownSheet', sheet: r.sheet };
  const computed = councilResult({
    ruleSet,
    sheet,
    level: r.level,
    members: [...r.eligible, ...r.recused],
    chair: r.chair,
    recused: r.recused,
    rules: r.rules,
    mode: r.mode,
    sheets: r.sheets.map((s) => ({ member: s.person, input: s.input })),
  });
  if (E.isLeft(computed)) return { _tag: 'Refused', error: computed.left };
  const c = computed.right;
  return {
    _tag: 'Recomputed',
    result: c,
    differences: differences([
      ...r.sheets.flatMap((s, i): ReadonlyArray<readonly [string, unknown, unknown]> => {
        const score = c.sheets[i]?.score;
        return [
          [`sheet of ${s.person}: total`, s.total, score?.total],
          [`sheet of ${s.person}: parts`, s.parts, score?.parts],
          [`sheet of ${s.person}: minimumStars`, s.minimumStars, score?.minimumStars],
          [`sheet of ${s.person}: stars`, s.stars, score?.stars],
        ];
      }),
      ['sum', r.sum, c.sum],
      ['count', r.count, c.count],
      ['mean', r.mean, c.mean],
      ['spread', r.spread, c.spread],
      ['quorum', r.quorum, c.quorum],
      ['bandStars', r.bandStars, c.bandStars],
      ['minimumStars', r.minimumStars, c.minimumStars],
      ['stars', r.stars, c.stars],
      [
        'blocking',
        r.blocking,
        c.blocking.map((b) => ({
          criterion: b.criterion,
          forStars: b.required.stars,
          requiredPoints: b.required.points,
          sheetsMeeting: b.sheetsMeeting,
        })),
      ],
      ['outcome', r.outcome, storedOutcome(c.outcome)],
    ]),
  };
};

const refusal = (recorded: RecordedEvent, r: AdoptedResult, e: CouncilError<PersonId>): Finding => {
  const on = `the result on dossier ${r.dossierId}`;
  switch (e._tag) {
    case 'QuorumNotMet':
      return findingAt(
        recorded,
        'QuorumNotMet',
        `${on} was adopted with ${e.present} of ${e.eligible} eligible members scoring; the council's rules require ${e.required}${e.chairRequired && !e.chairPresent ? ' with the chair' : ''}`,
        [councilSource],
        { present: e.present, eligible: e.eligible, required: e.required, chairPresent: e.chairPresent },
      );
    case 'SpreadExceeded':
      return findingAt(
        recorded,
        'SpreadExceeded',
        `${on} was adopted although totals differ by ${e.spread} points (${e.lowest.member} ${e.lowest.total}, ${e.highest.member} ${e.highest.total}); the council's limit is ${e.limit}`,
        [councilSource],
        { spread: e.spread, limit: e.limit },
      );
    case 'NoCouncilAtLevel':
      return findingAt(recorded, 'NoCouncilAtLevel', `${on} was adopted at ${e.level} level, where ${e.ruleSet} has no council`, [
        ruleSetById(r.ruleSet).levels.source,
      ]);
    case 'SheetInvalid':
      return findingAt(
        recorded,
        'ResultSheetsInvalid',
        `${on} rests on sheets that cannot be scored: ${e.sheets.map((s) => s.member).join(', ')}`,
        [ruleSetById(r.ruleSet).sheets.provenance.source],
      );
    case 'NotAMember':
    case 'RecusedMemberScored':
    case 'DuplicateSheet':
      return findingAt(
        recorded,
        'ResultSheetsInvalid',
        `${on} counts a sheet of ${e.member}, who ${e._tag === 'NotAMember' ? 'is not a member' : e._tag === 'RecusedMemberScored' ? 'declared a conflict' : 'scored twice'}`,
        [councilSource],
      );
  }
};

/** Reports what the recomputation of an adopted result shows; gives the members' sheet scores when it could be made. */
export const recomputeResult = (ctx: AuditContext, recorded: RecordedEvent, r: AdoptedResult): ReadonlyArray<SheetScore> | undefined => {
  ctx.count('resultsRecomputed');
  const ruleSet = ruleSetById(r.ruleSet);
  const done = recompute(r);
  switch (done._tag) {
    case 'UnknownSheet':
      ctx.report(
        findingAt(recorded, 'ResultSheetsInvalid', `sheet ${r.sheet} is not in ${ruleSet.sheets.id}`, [ruleSet.sheets.provenance.source]),
      );
      return undefined;
    case 'Refused':
      ctx.report(refusal(recorded, r, done.error));
      return undefined;
    case 'Recomputed':
      if (done.differences.length > 0)
        ctx.report(
          findingAt(
            recorded,
            'ResultDoesNotRecompute',
            `the result adopted on dossier ${r.dossierId} does not recompute from its sheets under ${ruleSet.id}: ${describeDifferences(done.differences)}`,
            [councilSource, ruleSet.bands.source, ruleSet.recognition.source],
            differenceDetails(done.differences),
          ),
        );
      return done.result.sheets.map((s) => s.score);
  }
};
