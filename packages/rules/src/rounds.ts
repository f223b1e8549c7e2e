import { addDays, date, type LocalDate, yearOf } from '@ocop/kernel';
import type { Level } from './levels.js';

/** A round (đợt) of a level's calendar: dossiers proposed before `proposedBefore` finish before `finishBefore`. */
export interface RoundRule {
  readonly round: 1 | 2;
  /** Month and day (MM-DD) before which the lower level must propose the dossier. */
  readonly proposedBefore: string;
  /** Month and day before which the round must be finished, in the same year as the proposal deadline. */
  readonly finishBefore: string;
}

/** The minimum rounds a year at each council level (QĐ 26/2026 Art. 5); extra rounds need the council's rules. */
export type RoundCalendar = Readonly<Partial<Record<Level, ReadonlyArray<RoundRule>>>>;

export interface RoundSlot {
  readonly level: Level;
  readonly round: 1 | 2;
  /** The year the round belongs to (its proposal deadline's year). */
  readonly year: number;
  /** Last day on which the dossier counts as proposed in time ("trước ngày …"). */
  readonly lastProposalDay: LocalDate;
  /** Last day of the round ("trước ngày …": the day before the printed date). */
  readonly lastDay: LocalDate;
}

const on = (year: number, monthDay: string): LocalDate => date(`${String(year).padStart(4, '0')}-${monthDay}`);

/**
 * The first round of `level` that a dossier proposed on `proposedOn` can join: the earliest round whose
 * proposal deadline is after that day. "Trước ngày 30/4" is read as: on 29/4 at the latest.
 */
export const roundFor = (calendar: RoundCalendar, level: Level, proposedOn: LocalDate): RoundSlot | undefined => {
  const rules = calendar[level];
  if (!rules || rules.length === 0) return undefined;
  const year = yearOf(proposedOn);
  const candidates = [year, year + 1].flatMap((y) =>
    rules.map((r) => {
      const deadline = on(y, r.proposedBefore);
      return {
        level,
        round: r.round,
        year: y,
        lastProposalDay: addDays(deadline, -1),
        lastDay: addDays(on(y, r.finishBefore), -1),
      };
    }),
  );
  return candidates.filter((c) => proposedOn <= c.lastProposalDay).sort((a, b) => (a.lastProposalDay < b.lastProposalDay ? -1 : 1))[0];
};
