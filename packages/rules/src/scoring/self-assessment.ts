import { either as E, function as F, type readonlyNonEmptyArray as RNEA } from 'fp-ts';
import { decodeWith, type ValidationFailure } from '@ocop/kernel';
import { ruleSetById } from '../rule-sets/index.js';
import type { RuleSetId } from '../rule-set.js';
import { findSheet } from '../sheets/catalogue.js';
import type { PartCode } from '../sheets/sheet.js';
import type { MinimumLevel, Stars } from '../stars.js';
import type { ScoringError } from './errors.js';
import { SelfAssessmentCodec } from './input.js';
import { blockingFor, scoreSheet, type UnmetMinimum } from './score-sheet.js';

export type SelfAssessmentError =
  | ValidationFailure
  | { readonly _tag: 'UnknownSheet'; readonly ruleSet: RuleSetId; readonly sheet: number; readonly available: ReadonlyArray<number> }
  | { readonly _tag: 'ScoringFailed'; readonly errors: RNEA.ReadonlyNonEmptyArray<ScoringError> };

/** What a subject sees of its own sheet: the score, the star it would reach and what blocks the next. */
export interface SelfAssessmentReport {
  readonly total: number;
  readonly parts: Readonly<Record<PartCode, number>>;
  readonly bandStars: Stars;
  readonly minimumStars: MinimumLevel;
  readonly stars: Stars;
  readonly blocking: ReadonlyArray<UnmetMinimum>;
}

/** Scores a self-assessment read from JSON (`{"ruleSet", "sheet", "answers", "knockOuts"?}`). */
export const scoreSelfAssessment = (input: unknown): E.Either<SelfAssessmentError, SelfAssessmentReport> =>
  F.pipe(
    decodeWith(SelfAssessmentCodec, 'self-assessment')(input),
    E.chainW((a) => {
      const ruleSet = ruleSetById(a.ruleSet);
      const sheet = findSheet(ruleSet.sheets, a.sheet);
      return sheet
        ? E.right({ a, ruleSet, sheet })
        : E.left({
            _tag: 'UnknownSheet' as const,
            ruleSet: a.ruleSet,
            sheet: a.sheet,
            available: ruleSet.sheets.sheets.map((s) => s.number),
          });
    }),
    E.chainW(({ a, ruleSet, sheet }) =>
      F.pipe(
        scoreSheet(ruleSet, sheet, { answers: a.answers, ...(a.knockOuts ? { knockOuts: a.knockOuts } : {}) }),
        E.mapLeft((errors) => ({ _tag: 'ScoringFailed' as const, errors })),
      ),
    ),
    E.map((s) => ({
      total: s.total,
      parts: s.parts,
      bandStars: s.bandStars,
      minimumStars: s.minimumStars,
      stars: s.stars,
      blocking: blockingFor(s.stars, s.unmet),
    })),
  );
