import type { Area } from '@ocop/domain';

/**
 * A synthetic country: 63 provinces of 10 districts of 16 communes, coded like the real lists (2-digit
 * provinces, 3-digit districts, 5-digit communes) but not the real codes. After the reorganisation of
 * 1 July 2025 the districts are gone and the communes keep their codes.
 */
export interface Place {
  readonly province: string;
  readonly district: string;
  readonly commune: string;
}

export const PROVINCES = 63;
const DISTRICTS = 10;
const COMMUNES = 16;

export const places: ReadonlyArray<Place> = Array.from({ length: PROVINCES * DISTRICTS * COMMUNES }, (_, i) => {
  const p = Math.floor(i / (DISTRICTS * COMMUNES));
  const d = Math.floor(i / COMMUNES);
  return {
    province: String(10 + p).padStart(2, '0'),
    district: String(100 + d).padStart(3, '0'),
    commune: String(10000 + i).padStart(5, '0'),
  };
});

export const provinceCodes: ReadonlyArray<string> = Array.from({ length: PROVINCES }, (_, p) => String(10 + p).padStart(2, '0'));

/** The area as recorded on `day`: with the district before the reorganisation, without it after. */
export const areaOn = (place: Place, day: string): Area =>
  day < '2025-07-01'
    ? { province: place.province, district: place.district, commune: place.commune }
    : { province: place.province, commune: place.commune };
