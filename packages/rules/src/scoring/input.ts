import * as t from 'io-ts';
import { strict } from '@ocop/kernel';
import { RuleSetIdCodec } from '../rule-set.js';

/**
 * One evaluator's answers: for each criterion code, the 1-based position of the ticked option as printed;
 * for a criterion printed without options, 1 when met and 0 when not.
 */
export const AnswersCodec = t.readonly(t.record(t.string, t.number), 'Answers');
export type Answers = t.TypeOf<typeof AnswersCodec>;

/** A filled sheet: the answers and any knock-out the evaluator records (e.g. "unsafe-impurities"). */
export const SheetInputCodec = strict('SheetInput', { answers: AnswersCodec }, { knockOuts: t.readonlyArray(t.string) });
export type SheetInput = t.TypeOf<typeof SheetInputCodec>;

/** A subject's self-assessment (Mẫu 02, part III), as read by `ocop score`. */
export const SelfAssessmentCodec = strict(
  'SelfAssessment',
  { ruleSet: RuleSetIdCodec, sheet: t.number, answers: AnswersCodec },
  { knockOuts: t.readonlyArray(t.string) },
);
export type SelfAssessment = t.TypeOf<typeof SelfAssessmentCodec>;
