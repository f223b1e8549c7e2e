import { date, type LocalDate } from '@ocop/kernel';
import type { LegalSource } from '../provenance.js';

/**
 * Why a weekday is not worked: a public holiday itself; a day given in lieu of a holiday that fell on a
 * weekend (Labour Code Art. 111.3, formerly Art. 115.3); or a bridge day the government swapped with a
 * Saturday so that the break is unbroken.
 */
export type DayOffReason = 'holiday' | 'compensatory' | 'bridge';

export interface DayOff {
  readonly day: LocalDate;
  readonly name: string;
  readonly reason: DayOffReason;
  readonly source: LegalSource;
}

/** A Saturday or Sunday worked by the civil service, to make up a bridge day. */
export interface WorkingWeekendDay {
  readonly day: LocalDate;
  /** The bridge day it makes up; it may fall in the year before. */
  readonly makesUpFor: LocalDate;
  readonly source: LegalSource;
}

/** One calendar year of the civil service's days off, as that year's notices fixed them. */
export interface YearSchedule {
  readonly year: number;
  /** The act that fixed the year's movable days (Tết, the day beside 2 September, swaps). */
  readonly source: LegalSource;
  /** Holidays, including those that fell on a weekend, and the weekdays given in lieu or bridged. */
  readonly daysOff: ReadonlyArray<DayOff>;
  readonly workingWeekendDays: ReadonlyArray<WorkingWeekendDay>;
}

export const dayOff = (day: string, name: string, reason: DayOffReason, source: LegalSource): DayOff => ({
  day: date(day),
  name,
  reason,
  source,
});

export const workingWeekendDay = (day: string, makesUpFor: string, source: LegalSource): WorkingWeekendDay => ({
  day: date(day),
  makesUpFor: date(makesUpFor),
  source,
});
