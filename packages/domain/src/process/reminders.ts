import type { Instant, LocalDate } from '@ocop/kernel';
import { certificationStream } from '../certification/decider.js';
import { remindersDue } from '../certification/reminders.js';
import type { CertificationState } from '../certification/state.js';
import { systemActor, type Dispatch } from './dispatch.js';

/**
 * The holders to remind today, one command per valid certificate with a reminder due and not yet sent
 * (QĐ 148/2023's expiry notice, QĐ 26/2026 Art. 7.6.a's window): its id names the day, so a rerun that
 * day asks nothing twice.
 */
export const dueReminders = (certifications: ReadonlyArray<CertificationState>, today: LocalDate, at: Instant): ReadonlyArray<Dispatch> =>
  certifications.flatMap((state) => {
    const productId = state.productId;
    if (productId === undefined) return [];
    return state.certificates
      .filter((c) => c.status === 'valid' && remindersDue(c, today).length > 0)
      .map((c): Dispatch => ({
        aggregate: 'certification',
        stream: certificationStream(productId),
        commandId: `remind:${c.certificateId}:${today}`,
        command: { type: 'RemindOfExpiry', data: { certificateId: c.certificateId, today, at, by: systemActor } },
      }));
  });
