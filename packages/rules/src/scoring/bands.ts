import type { RuleSet } from '../rule-set.js';
import type { Stars } from '../stars.js';

/** The class of a score: the best band whose lower edge the score reaches (QĐ 26/2026 Art. 3.3). */
export const bandOf = (ruleSet: RuleSet, score: number): Stars => ruleSet.bands.value.find((b) => score >= b.from)?.stars ?? 1;

/**
 * The class of a mean of `count` totals summing to `sum`, decided exactly: a mean reaches an edge when
 * `sum >= edge × count`. No rounded figure ever decides a class (89.995 is 4 stars, not 5).
 */
export const bandOfMean = (ruleSet: RuleSet, sum: number, count: number): Stars =>
  ruleSet.bands.value.find((b) => sum >= b.from * count)?.stars ?? 1;

/** A mean for display: rounded half up to two decimals, computed on integers so that 1.005 becomes 1.01. */
export const displayMean = (sum: number, count: number): number => {
  const hundredths = Math.floor((sum * 200 + count) / (2 * count));
  return hundredths / 100;
};
