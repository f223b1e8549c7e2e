import * as t from 'io-ts';

/** The five classes (hạng) of QĐ 26/2026 Art. 3.3 and its predecessors. */
export type Stars = 1 | 2 | 3 | 4 | 5;
/** Only products of 3 stars or more are recognised and certified (QĐ 26/2026 Art. 4.1.a). */
export type CertifiedStars = 3 | 4 | 5;
/** The level of a sheet's minimum markers that it meets: 2 when not even the 3-star minimums are met. */
export type MinimumLevel = 2 | 3 | 4 | 5;

export const StarsCodec = t.union([t.literal(1), t.literal(2), t.literal(3), t.literal(4), t.literal(5)]);
export const CertifiedStarsCodec = t.union([t.literal(3), t.literal(4), t.literal(5)]);

export const isCertified = (s: Stars): s is CertifiedStars => s >= 3;

export const minStars = <A extends number, B extends number>(a: A, b: B): A | B => (a <= b ? a : b);

/** A band's lower edge: the score from which the class starts. */
export interface StarBand {
  readonly stars: Stars;
  /** Inclusive lower edge of the mean total score. */
  readonly from: number;
}
