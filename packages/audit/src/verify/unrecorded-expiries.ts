import { localDateOf, type Instant } from '@ocop/kernel';
import { certificateExpirySource, ruleSetById, transitionalExtension } from '@ocop/rules';
import { validUntil, type CertificationState } from '@ocop/domain';
import type { Finding } from '../finding.js';

/**
 * Certificates past their last valid day on the history's last business day that nothing ended: the expiry
 * the scheduler records the day after (`dueExpiries`) is missing. The day is the latest business time read,
 * never the clock, so that a verification of the same history says the same thing on any day. This is what
 * shows the deletion of a certification stream's last event when that event was its expiry.
 */
export const unrecordedExpiries = (
  certifications: Iterable<readonly [string, CertificationState]>,
  latest: Instant | undefined,
): ReadonlyArray<Finding> => {
  if (latest === undefined) return [];
  const today = localDateOf(latest);
  return [...certifications].flatMap(([stream, state]) =>
    state.certificates
      .filter((c) => c.status === 'valid' && validUntil(c) < today)
      .map((c): Finding => {
        const last = validUntil(c);
        const extension = c.reEvaluationPending ? transitionalExtension(c.expiresOn) : undefined;
        return {
          rule: 'ExpiryNotRecorded',
          stream,
          message: `certificate ${c.certificateId} (${c.stars}★, issued on ${c.issuedOn}) was valid to the end of ${last}${extension ? ' (extended under Art. 12.3 while its re-evaluation is pending)' : ''}; the history reaches ${today}, and no expiry, supersession, revocation or annulment of it is recorded`,
          sources: [...certificateExpirySource(ruleSetById(c.ruleSet)), ...(extension ? [extension.source] : [])],
          details: { certificateId: c.certificateId, lastValidDay: last, historyReaches: today },
        };
      }),
  );
};
