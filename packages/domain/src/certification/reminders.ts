import type { LocalDate } from '@ocop/kernel';
import {
  expiryNoticeDue,
  reEvaluationWindow,
  ruleSetById,
  ruleSetForFilingOn,
  ruleSets,
  type LegalSource,
  type RuleSetId,
} from '@ocop/rules';
import { validUntil, type Certificate, type ReminderReason } from './state.js';

/** A reminder a certificate calls for: from which day (`noticeOn`) to which (`until`), under which rules. */
export interface Reminder {
  readonly reason: ReminderReason;
  readonly noticeOn: LocalDate;
  readonly until: LocalDate;
  readonly ruleSet: RuleSetId;
  readonly source: LegalSource;
}

/**
 * The reminders a certificate calls for, judged on `today`: the expiry notice of the rules it was issued
 * under (QĐ 148/2023: at least 30 days before it ends), until its last valid day; and the re-evaluation
 * window of the rules that take filings today (QĐ 26/2026 Art. 7.6.a), from its opening to its closing day.
 */
export const remindersOf = (c: Certificate, today: LocalDate): ReadonlyArray<Reminder> => {
  const issuedUnder = ruleSetById(c.ruleSet);
  const notice = expiryNoticeDue(issuedUnder, c.expiresOn);
  const filing = ruleSetForFilingOn(today);
  const window = filing && reEvaluationWindow(filing, c.expiresOn);
  return [
    ...(notice && issuedUnder.expiryNoticeDays
      ? [
          {
            reason: 'expiryNotice' as const,
            noticeOn: notice,
            until: validUntil(c),
            ruleSet: issuedUnder.id,
            source: issuedUnder.expiryNoticeDays.source,
          },
        ]
      : []),
    ...(filing && window
      ? [{ reason: 'reEvaluationWindow' as const, noticeOn: window.opens, until: window.closes, ruleSet: filing.id, source: window.source }]
      : []),
  ];
};

/** The reminders due on `today` and not yet sent. */
export const remindersDue = (c: Certificate, today: LocalDate): ReadonlyArray<Reminder> =>
  remindersOf(c, today).filter((r) => !c.reminded.includes(r.reason) && r.noticeOn <= today && today <= r.until);

/** No reminder is due earlier than this many days before a certificate expires, under any rule set. */
export const reminderHorizonDays: number = Math.max(
  0,
  ...ruleSets.flatMap((r) => [r.expiryNoticeDays?.value ?? 0, r.reEvaluation?.value.fileFromDaysBeforeExpiry ?? 0]),
);
