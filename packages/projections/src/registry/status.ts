import { addDays, type LocalDate } from '@ocop/kernel';
import { ruleSetForFilingOn } from '@ocop/rules';
import { all, satisfies, type Condition } from '../core/condition.js';
import { productColumnsOf } from './columns.js';
import type { ProductDoc } from './docs.js';

/**
 * A product's status on a day, from its current certificate: never certified; revoked, annulled or superseded
 * as recorded; expired (recorded, or past its last valid day); in its re-evaluation window (QĐ 26/2026
 * Art. 7.6.a, under the rule set that takes filings that day); expiring within N days; certified.
 */
export type ProductStatus =
  'neverCertified' | 'revoked' | 'annulled' | 'superseded' | 'expired' | 'inReEvaluationWindow' | 'expiringSoon' | 'certified';

export const productStatuses: ReadonlyArray<ProductStatus> = [
  'neverCertified',
  'revoked',
  'annulled',
  'superseded',
  'expired',
  'inReEvaluationWindow',
  'expiringSoon',
  'certified',
];

export interface StatusDay {
  readonly today: LocalDate;
  /** "Expiring soon": the last valid day within this many days. 30 by default (QĐ 148/2023's expiry notice). */
  readonly expiringWithinDays?: number;
}

const recorded = (state: string): Condition => ({ op: 'eq', column: 'cert_state', value: state });

/** Still valid on `today`: recorded valid and not past its last valid day. */
const validOn = (today: LocalDate): Condition => all([recorded('valid'), { op: 'ge', column: 'valid_until', value: today }]);

/** Expires between `closes` and `opens` days from today, i.e. today lies in the window. */
const inWindow = (today: LocalDate): Condition => {
  const rules = ruleSetForFilingOn(today)?.reEvaluation?.value;
  if (!rules) return { op: 'in', column: 'expires_on', values: [] };
  return all([
    { op: 'ge', column: 'expires_on', value: addDays(today, rules.fileUntilDaysBeforeExpiry) },
    { op: 'le', column: 'expires_on', value: addDays(today, rules.fileFromDaysBeforeExpiry) },
  ]);
};

/**
 * Each status as a condition on the registry's columns, exclusive of the statuses before it in
 * `productStatuses`: the same conditions filter in SQL and name the status of each row, so both agree.
 */
export const statusCondition = (status: ProductStatus, day: StatusDay): Condition => {
  const { today } = day;
  const soon = addDays(today, day.expiringWithinDays ?? 30);
  switch (status) {
    case 'neverCertified':
      return { op: 'isNull', column: 'cert_state' };
    case 'revoked':
    case 'annulled':
    case 'superseded':
      return recorded(status);
    case 'expired':
      return { op: 'or', any: [recorded('expired'), all([recorded('valid'), { op: 'lt', column: 'valid_until', value: today }])] };
    case 'inReEvaluationWindow':
      return all([validOn(today), inWindow(today)]);
    case 'expiringSoon':
      return all([validOn(today), { op: 'not', condition: inWindow(today) }, { op: 'le', column: 'valid_until', value: soon }]);
    case 'certified':
      return all([validOn(today), { op: 'not', condition: inWindow(today) }, { op: 'gt', column: 'valid_until', value: soon }]);
  }
};

export const statusOf = (doc: ProductDoc, day: StatusDay): ProductStatus => {
  const columns = productColumnsOf(doc);
  return productStatuses.find((s) => satisfies(columns, statusCondition(s, day))) ?? 'neverCertified';
};
