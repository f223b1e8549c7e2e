import * as t from 'io-ts';
import { either as E, function as F } from 'fp-ts';
import { strict } from '@ocop/kernel';
import type { Level } from '../levels.js';
import type { RuleSet, RuleSetId } from '../rule-set.js';
import type { Sheet } from '../sheets/sheet.js';
import { minStars, type CertifiedStars, type MinimumLevel, type Stars } from '../stars.js';
import { bandOfMean, displayMean } from './bands.js';
import type { ScoringError } from './errors.js';
import type { SheetInput } from './input.js';
import { outcomeAt, type Outcome, type OutcomeError } from './outcome.js';
import { nextCertifiedLevel, scoreSheet, type SheetScore } from './score-sheet.js';
import { indexSheet, type Requirement } from './sheet-index.js';

/**
 * A council's operating rules (quy chế hoạt động), issued by the authority that sets it up. QĐ 26/2026
 * leaves them to each council (Art. 7.3.b, 7.4.b); the defaults follow provincial rules seen in practice:
 * a quorum of three quarters of the members with the chair, a spread of at most 10 points, and minimums
 * counted as met when a majority of the sheets meet them.
 */
export const CouncilRulesCodec = strict(
  'CouncilRules',
  {
    quorum: strict('Quorum', { numerator: t.number, denominator: t.number, chairRequired: t.boolean }, {}),
    /** Totals may differ by at most this many points; beyond it the council re-scores. */
    spreadLimit: t.number,
    /** `majority`: a criterion's minimum counts when more than half the sheets reach it; `unanimous`: all. */
    minimumsBasis: t.keyof({ majority: null, unanimous: null }),
    /** Re-evaluations are decided by written opinions, meeting only when opinions diverge (Art. 7.6.d). */
    writtenOpinionsForReEvaluation: t.boolean,
  },
  {},
);
export type CouncilRules = t.TypeOf<typeof CouncilRulesCodec>;

export const defaultCouncilRules: CouncilRules = {
  quorum: { numerator: 3, denominator: 4, chairRequired: true },
  spreadLimit: 10,
  minimumsBasis: 'majority',
  writtenOpinionsForReEvaluation: true,
};

export type CouncilMode = 'meeting' | 'writtenOpinions';

export interface MemberSheet<M extends string = string> {
  readonly member: M;
  readonly input: SheetInput;
}

export interface CouncilInput<M extends string = string> {
  readonly ruleSet: RuleSet;
  readonly sheet: Sheet;
  readonly level: Level;
  /** Every voting member, the chair included. */
  readonly members: ReadonlyArray<M>;
  readonly chair: M;
  /** Members who declared a conflict on this dossier: they neither score nor count for the quorum. */
  readonly recused: ReadonlyArray<M>;
  readonly rules: CouncilRules;
  readonly mode: CouncilMode;
  readonly sheets: ReadonlyArray<MemberSheet<M>>;
}

export type CouncilError<M extends string = string> =
  | { readonly _tag: 'NotAMember'; readonly member: M }
  | { readonly _tag: 'RecusedMemberScored'; readonly member: M }
  | { readonly _tag: 'DuplicateSheet'; readonly member: M }
  | {
      readonly _tag: 'SheetInvalid';
      readonly sheets: ReadonlyArray<{ readonly member: M; readonly errors: ReadonlyArray<ScoringError> }>;
    }
  | {
      readonly _tag: 'QuorumNotMet';
      readonly eligible: number;
      readonly present: number;
      readonly required: number;
      readonly chairPresent: boolean;
      readonly chairRequired: boolean;
    }
  | {
      readonly _tag: 'SpreadExceeded';
      readonly spread: number;
      readonly limit: number;
      readonly lowest: { readonly member: M; readonly total: number };
      readonly highest: { readonly member: M; readonly total: number };
      /** What the council must do: re-score at the meeting, or meet in person after written opinions. */
      readonly action: 'rescore' | 'meetInPerson';
    }
  | OutcomeError;

/** One criterion's minimum for a level, as the council counts it across the sheets. */
export interface CriterionMinimum {
  readonly criterion: string;
  readonly title: string;
  readonly required: Requirement;
  readonly sheetsMeeting: number;
  readonly met: boolean;
}

export interface LevelMinimums {
  readonly stars: CertifiedStars;
  readonly met: boolean;
  /** Only the criteria that carry a minimum for this level. */
  readonly criteria: ReadonlyArray<CriterionMinimum>;
}

export interface CouncilResult<M extends string = string> {
  readonly ruleSet: RuleSetId;
  readonly sheet: number;
  readonly level: Level;
  readonly mode: CouncilMode;
  readonly sheets: ReadonlyArray<{ readonly member: M; readonly score: SheetScore }>;
  readonly count: number;
  readonly sum: number;
  /** The mean of the members' totals, rounded half up to two decimals, for display only. */
  readonly mean: number;
  readonly spread: { readonly lowest: number; readonly highest: number; readonly value: number; readonly limit: number };
  readonly quorum: { readonly eligible: number; readonly present: number; readonly required: number; readonly chairPresent: boolean };
  /** The class of the exact mean. */
  readonly bandStars: Stars;
  readonly minimumStars: MinimumLevel;
  /** The lower of the band and the minimum level. */
  readonly stars: Stars;
  readonly minimums: ReadonlyArray<LevelMinimums>;
  /** The criteria whose minimum keeps the product below the next star. */
  readonly blocking: ReadonlyArray<CriterionMinimum>;
  readonly outcome: Outcome;
}

/** The smallest whole number of members that is at least numerator/denominator of `eligible`. */
export const quorumRequired = (rules: CouncilRules, eligible: number): number =>
  Math.ceil((eligible * rules.quorum.numerator) / rules.quorum.denominator);

const levelMinimums = (
  sheet: Sheet,
  scores: ReadonlyArray<SheetScore>,
  basis: CouncilRules['minimumsBasis'],
  stars: CertifiedStars,
): LevelMinimums => {
  const n = scores.length;
  const enough = (k: number): boolean => (basis === 'unanimous' ? k === n : 2 * k > n);
  const criteria = indexSheet(sheet).criteria.flatMap((c) => {
    const required = c.requirements[stars];
    if (!required) return [];
    const sheetsMeeting = scores.filter((s) => !s.unmet[stars].some((u) => u.criterion === c.code)).length;
    return [{ criterion: c.code, title: c.title, required, sheetsMeeting, met: enough(sheetsMeeting) }];
  });
  return { stars, met: criteria.every((c) => c.met), criteria };
};

/**
 * A council's result on one dossier from its members' sheets: each sheet scored, the quorum checked, the
 * spread checked, the exact mean banded, the minimum criteria counted on the configured basis, the star
 * set to the lower of the two, and the outcome under the rule set. Nothing is rounded before the band.
 */
export const councilResult = <M extends string>(input: CouncilInput<M>): E.Either<CouncilError<M>, CouncilResult<M>> => {
  const { ruleSet, sheet, level, rules } = input;
  const seen = new Set<M>();
  for (const s of input.sheets) {
    if (!input.members.includes(s.member)) return E.left({ _tag: 'NotAMember', member: s.member });
    if (input.recused.includes(s.member)) return E.left({ _tag: 'RecusedMemberScored', member: s.member });
    if (seen.has(s.member)) return E.left({ _tag: 'DuplicateSheet', member: s.member });
    seen.add(s.member);
  }

  const scored = input.sheets.map((s) => ({ member: s.member, result: scoreSheet(ruleSet, sheet, s.input) }));
  const invalid = scored.flatMap((s) => (E.isLeft(s.result) ? [{ member: s.member, errors: s.result.left }] : []));
  if (invalid.length > 0) return E.left({ _tag: 'SheetInvalid', sheets: invalid });
  const sheets = scored.flatMap((s) => (E.isRight(s.result) ? [{ member: s.member, score: s.result.right }] : []));

  const eligible = input.members.filter((m) => !input.recused.includes(m)).length;
  const present = sheets.length;
  const required = quorumRequired(rules, eligible);
  const chairPresent = seen.has(input.chair);
  // A chair who declared a conflict on this dossier cannot be required to score it.
  const chairRequired = rules.quorum.chairRequired && !input.recused.includes(input.chair);
  if (present < required || (chairRequired && !chairPresent))
    return E.left({ _tag: 'QuorumNotMet', eligible, present, required, chairPresent, chairRequired });

  // The first sheet, in the order submitted, with the lowest and with the highest total.
  const [first, ...rest] = sheets;
  if (!first) return E.left({ _tag: 'QuorumNotMet', eligible, present, required, chairPresent, chairRequired });
  const lowest = rest.reduce((low, s) => (s.score.total < low.score.total ? s : low), first);
  const highest = rest.reduce((high, s) => (s.score.total > high.score.total ? s : high), first);
  const spread = highest.score.total - lowest.score.total;
  if (spread > rules.spreadLimit)
    return E.left({
      _tag: 'SpreadExceeded',
      spread,
      limit: rules.spreadLimit,
      lowest: { member: lowest.member, total: lowest.score.total },
      highest: { member: highest.member, total: highest.score.total },
      action: input.mode === 'writtenOpinions' ? 'meetInPerson' : 'rescore',
    });

  const scores = sheets.map((s) => s.score);
  const sum = scores.reduce((n, s) => n + s.total, 0);
  const count = scores.length;
  const minimums = ([3, 4, 5] as const).map((stars) => levelMinimums(sheet, scores, rules.minimumsBasis, stars));
  const metUpTo = (stars: CertifiedStars): boolean => minimums.every((m) => m.stars > stars || m.met);
  const minimumStars: MinimumLevel = metUpTo(5) ? 5 : metUpTo(4) ? 4 : metUpTo(3) ? 3 : 2;
  const bandStars = bandOfMean(ruleSet, sum, count);
  const stars = minStars(bandStars, minimumStars);
  const next = nextCertifiedLevel(stars);
  const blocking = next === undefined ? [] : (minimums.find((m) => m.stars === next)?.criteria.filter((c) => !c.met) ?? []);

  return F.pipe(
    outcomeAt(ruleSet, level, stars),
    E.map((outcome): CouncilResult<M> => ({
      ruleSet: ruleSet.id,
      sheet: sheet.number,
      level,
      mode: input.mode,
      sheets,
      count,
      sum,
      mean: displayMean(sum, count),
      spread: { lowest: lowest.score.total, highest: highest.score.total, value: spread, limit: rules.spreadLimit },
      quorum: { eligible, present, required, chairPresent },
      bandStars,
      minimumStars,
      stars,
      minimums,
      blocking,
      outcome,
    })),
  );
};
