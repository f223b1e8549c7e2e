import { certificationStream } from '../certification/decider.js';
import { validUntil, type CertificationState } from '../certification/state.js';
import { systemActor, type Dispatch } from './dispatch.js';
import type { Instant, LocalDate } from '@ocop/kernel';

/**
 * Expiry is recorded by an explicit command when the day comes, never inferred silently: for each
 * product's certification, the valid certificates whose last valid day is before `today`.
 */
export const dueExpiries = (certifications: ReadonlyArray<CertificationState>, today: LocalDate, at: Instant): ReadonlyArray<Dispatch> =>
  certifications.flatMap((state) => {
    const productId = state.productId;
    if (productId === undefined) return [];
    return state.certificates
      .filter((c) => c.status === 'valid' && validUntil(c) < today)
      .map((c): Dispatch => ({
        aggregate: 'certification',
        stream: certificationStream(productId),
        commandId: `expire:${c.certificateId}:${today}`,
        command: { type: 'ExpireCertificate', data: { certificateId: c.certificateId, today, at, by: systemActor } },
      }));
  });
