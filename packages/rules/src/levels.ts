import * as t from 'io-ts';

/**
 * Administrative levels that take part in evaluation. The commune checks dossiers; councils score at the
 * district (until QĐ 1489/2025), province and central levels.
 */
export const LevelCodec = t.keyof({ commune: null, district: null, province: null, central: null }, 'Level');
export type Level = t.TypeOf<typeof LevelCodec>;

/** Levels from the lowest up, the order in which a dossier is forwarded. */
export const levelOrder: ReadonlyArray<Level> = ['commune', 'district', 'province', 'central'];

export const levelRank = (l: Level): number => levelOrder.indexOf(l);

/** Who decides at a level: the person whose signature makes a recognition or revocation decision. */
export interface Authority {
  readonly level: Level;
  /** As the act names it, in Vietnamese. */
  readonly title: string;
  readonly titleEn: string;
}
