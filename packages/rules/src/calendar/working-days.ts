import { either as E } from 'fp-ts';
import { addDays, date, type LocalDate, weekdayOf } from '@ocop/kernel';
import type { DayOff, WorkingWeekendDay, YearSchedule } from './schedule.js';
import { vietnamYearSchedules } from './years.js';

/** Why a count in working days cannot be given. */
export type WorkingDayError =
  /** The day lies in a year whose schedule is not held: guessing its holidays could move a deadline. */
  | { readonly _tag: 'OutsideCalendar'; readonly day: LocalDate; readonly coveredFrom: LocalDate; readonly coveredUntil: LocalDate }
  | { readonly _tag: 'InvalidWorkingDayCount'; readonly count: number };

export const describeWorkingDayError = (e: WorkingDayError): string => {
  switch (e._tag) {
    case 'OutsideCalendar':
      return `${e.day} is outside the working-day calendar, which covers ${e.coveredFrom} to ${e.coveredUntil}`;
    case 'InvalidWorkingDayCount':
      return `${e.count} is not a number of working days: give a whole number, 0 or more`;
  }
};

const years = vietnamYearSchedules.map((s) => s.year);
const COVERED_FROM = date(`${Math.min(...years)}-01-01`);
const COVERED_UNTIL = date(`${Math.max(...years)}-12-31`);

const daysOff: ReadonlyMap<LocalDate, DayOff> = new Map(
  vietnamYearSchedules.flatMap((s: YearSchedule) => s.daysOff.map((d) => [d.day, d])),
);
const workedWeekends: ReadonlyMap<LocalDate, WorkingWeekendDay> = new Map(
  vietnamYearSchedules.flatMap((s: YearSchedule) => s.workingWeekendDays.map((d) => [d.day, d])),
);

const outside = (day: LocalDate): WorkingDayError => ({
  _tag: 'OutsideCalendar',
  day,
  coveredFrom: COVERED_FROM,
  coveredUntil: COVERED_UNTIL,
});

const covered = (day: LocalDate): boolean => day >= COVERED_FROM && day <= COVERED_UNTIL;

/** Monday to Friday unless a day off; Saturday and Sunday only when a notice made one a working day. */
const worked = (day: LocalDate): boolean => {
  if (workedWeekends.has(day)) return true;
  const weekday = weekdayOf(day);
  return weekday !== 0 && weekday !== 6 && !daysOff.has(day);
};

/** The first and last days for which working days are known. */
export const workingDayCoverage = (): { readonly from: LocalDate; readonly until: LocalDate } => ({
  from: COVERED_FROM,
  until: COVERED_UNTIL,
});

/** Whether the civil service works on `day` (QĐ 188/1999 Art. 1, the Labour Code's holidays, the year's notices). */
export const isWorkingDay = (day: LocalDate): E.Either<WorkingDayError, boolean> =>
  covered(day) ? E.right(worked(day)) : E.left(outside(day));

/** The day off recorded for `day`, if any: its name, why it is off and on what authority. */
export const dayOffOn = (day: LocalDate): E.Either<WorkingDayError, DayOff | undefined> =>
  covered(day) ? E.right(daysOff.get(day)) : E.left(outside(day));

/**
 * The last day of a period of `count` working days that starts with an event on `start`, e.g. "trong thời
 * hạn 15 ngày làm việc kể từ ngày tiếp nhận". The day of the event is not counted: day 1 is the first working
 * day after it (Civil Code Art. 147.1, a period in days starts the day after the event), and each later
 * working day adds one, so the result is always a working day. `start` itself may be any day, e.g. a
 * Saturday on which an online dossier arrived. A count of 0 gives `start`.
 */
export const addWorkingDays = (start: LocalDate, count: number): E.Either<WorkingDayError, LocalDate> => {
  if (!Number.isInteger(count) || count < 0) return E.left({ _tag: 'InvalidWorkingDayCount', count });
  if (!covered(start)) return E.left(outside(start));
  let day = start;
  for (let left = count; left > 0;) {
    day = addDays(day, 1);
    if (!covered(day)) return E.left(outside(day));
    if (worked(day)) left -= 1;
  }
  return E.right(day);
};

/**
 * The working days after `from` up to and including `to`, counted as `addWorkingDays` counts them, so that
 * `addWorkingDays(a, n)` = b gives `workingDaysBetween(a, b)` = n; negative when `to` is before `from`.
 */
export const workingDaysBetween = (from: LocalDate, to: LocalDate): E.Either<WorkingDayError, number> => {
  if (!covered(from)) return E.left(outside(from));
  if (!covered(to)) return E.left(outside(to));
  const [first, last, sign] = from <= to ? [from, to, 1] : [to, from, -1];
  let count = 0;
  for (let day = addDays(first, 1); day <= last; day = addDays(day, 1)) if (worked(day)) count += 1;
  return E.right(sign * count);
};
