import type { StarBand } from '../stars.js';

/** 5★ 90–100, 4★ 70 to <90, 3★ 50 to <70, 2★ 30 to <50, 1★ below 30: the same edges in every act. */
export const starBands: ReadonlyArray<StarBand> = [
  { stars: 5, from: 90 },
  { stars: 4, from: 70 },
  { stars: 3, from: 50 },
  { stars: 2, from: 30 },
  { stars: 1, from: 0 },
];
