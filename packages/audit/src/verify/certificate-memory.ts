import type { LocalDate } from '@ocop/kernel';
import type { CertifiedStars, Level, RuleSetId } from '@ocop/rules';
import { validUntil, type Certificate } from '@ocop/domain';

/** A recognition as its certificate must repeat it. */
export interface Recognition {
  readonly stars: CertifiedStars;
  readonly ruleSet: RuleSetId;
  readonly date: LocalDate;
  readonly level: Level;
}

export type EndedHow = 'superseded' | 'expired' | 'revoked' | 'annulled';

/** The first day a certificate no longer holds, and why. */
export interface Ending {
  readonly on: LocalDate;
  readonly how: EndedHow;
}

/**
 * What the certification states do not keep and the checks need: each recognition's terms, and the day each
 * certificate ended. The history is read in the store's order, which need not be the order of business
 * days: whether a certificate held on a day is judged from these dates, not from its status at the time.
 */
export const certificateMemory = () => {
  const recognitions = new Map<string, Recognition>();
  const endings = new Map<string, Ending>();
  const key = (productId: string, id: string): string => `${productId}/${id}`;
  return {
    recognise: (productId: string, dossierId: string, r: Recognition): void => void recognitions.set(key(productId, dossierId), r),
    recognitionOf: (productId: string, dossierId: string): Recognition | undefined => recognitions.get(key(productId, dossierId)),
    end: (productId: string, certificateId: string, ending: Ending): void => {
      if (!endings.has(key(productId, certificateId))) endings.set(key(productId, certificateId), ending);
    },
    endingOf: (productId: string, certificateId: string): Ending | undefined => endings.get(key(productId, certificateId)),
    /** Whether a certificate of `productId` held on `day`: issued, not past its last valid day, not ended. */
    holdsOn: (productId: string, c: Certificate, day: LocalDate): boolean => {
      const ending = endings.get(key(productId, c.certificateId));
      return c.issuedOn <= day && day <= validUntil(c) && (ending === undefined || day < ending.on);
    },
  };
};

export type CertificateMemory = ReturnType<typeof certificateMemory>;
