import { addDays, addMonths, type LocalDate } from '@ocop/kernel';
import type { LegalSource } from './provenance.js';
import type { RuleSet } from './rule-set.js';
import { qd26_2026 } from './rule-sets/index.js';
import { CIVIL_CODE, QD26, inferred } from './rule-sets/sources.js';

/**
 * The last day a certificate issued on `issuedOn` is valid: 36 months counted from the day after issue
 * (QĐ 26/2026 Art. 4.3 with the Civil Code's way of counting months, Art. 147–148), so a certificate issued
 * on 15/06/2023 is valid to the end of 15/06/2026, and one issued on 31/05 ends on 30/11 or the month's end.
 */
export const certificateExpiry = (ruleSet: RuleSet, issuedOn: LocalDate): LocalDate =>
  addMonths(issuedOn, ruleSet.certificateValidityMonths.value);

export const certificateExpirySource = (ruleSet: RuleSet): ReadonlyArray<LegalSource> => [
  ruleSet.certificateValidityMonths.source,
  CIVIL_CODE,
];

/** Filing window for a re-evaluation: from `opens` to `closes`, both included. */
export interface Window {
  readonly opens: LocalDate;
  readonly closes: LocalDate;
  readonly source: LegalSource;
}

/** QĐ 26/2026 Art. 7.6.a: not earlier than 180 days and not later than 120 days before the certificate expires. */
export const reEvaluationWindow = (ruleSet: RuleSet, expiresOn: LocalDate): Window | undefined => {
  const rules = ruleSet.reEvaluation;
  if (!rules) return undefined;
  return {
    opens: addDays(expiresOn, -rules.value.fileFromDaysBeforeExpiry),
    closes: addDays(expiresOn, -rules.value.fileUntilDaysBeforeExpiry),
    source: rules.source,
  };
};

/** QĐ 26/2026 Art. 7.6.g: the re-evaluation is decided within 45 days of the complete file. */
export const reEvaluationDecisionDeadline = (ruleSet: RuleSet, completeFileOn: LocalDate): LocalDate | undefined =>
  ruleSet.reEvaluation ? addDays(completeFileOn, ruleSet.reEvaluation.value.decideWithinDays) : undefined;

/** QĐ 148/2023: the authority tells the subject at least 30 days before the certificate expires. */
export const expiryNoticeDue = (ruleSet: RuleSet, expiresOn: LocalDate): LocalDate | undefined =>
  ruleSet.expiryNoticeDays ? addDays(expiresOn, -ruleSet.expiryNoticeDays.value) : undefined;

export interface Extension {
  /** The certificate stays valid until the authority decides, and at the latest to the end of this day. */
  readonly validUntil: LocalDate;
  readonly source: LegalSource;
}

/**
 * QĐ 26/2026 Art. 12.3: a product due for re-evaluation whose filing window could not be met under the new
 * rules keeps its certificate until the authority decides, at most 180 days after expiry. Read here as: the
 * window (closing 120 days before expiry) had closed before 22/05/2026.
 */
export const transitionalExtension = (expiresOn: LocalDate): Extension | undefined => {
  const window = reEvaluationWindow(qd26_2026, expiresOn);
  if (!window || window.closes >= qd26_2026.inForce.from) return undefined;
  return {
    validUntil: addDays(expiresOn, 180),
    source: inferred(QD26, 'Art. 12.3', 'applies when the filing window of Art. 7.6.a closed before the decision took effect'),
  };
};

/** Revocation is decided within 15 days of the competent finding (QĐ 26/2026 Art. 8.4). */
export const revocationDeadline = (ruleSet: RuleSet, findingOn: LocalDate): LocalDate | undefined =>
  ruleSet.revocation.value.withinDays === undefined ? undefined : addDays(findingOn, ruleSet.revocation.value.withinDays);
