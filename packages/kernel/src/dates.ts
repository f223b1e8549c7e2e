import * as t from 'io-ts';

/** A calendar date in Vietnam, written `YYYY-MM-DD`. Legal time limits are counted in whole days. */
export interface LocalDateBrand {
  readonly LocalDate: unique symbol;
}
export type LocalDate = t.Branded<string, LocalDateBrand>;

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

const isLeapYear = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const monthLengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

// Checked by arithmetic, not through Date: this runs for every date of every event read.
const isRealDate = (s: string): boolean => {
  const m = isoDate.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const length = mo === 2 && isLeapYear(y) ? 29 : monthLengths[mo - 1];
  return length !== undefined && d >= 1 && d <= length;
};

export const LocalDate = t.brand(t.string, (s): s is LocalDate => isRealDate(s), 'LocalDate');

const DAY_MS = 86_400_000;

/** Days since 1970-01-01. */
export const toEpochDay = (d: LocalDate): number => Date.parse(`${d}T00:00:00Z`) / DAY_MS;

export const fromEpochDay = (n: number): LocalDate => new Date(n * DAY_MS).toISOString().slice(0, 10) as LocalDate;

/** Parses a `YYYY-MM-DD` string; `undefined` when it is not a real date. */
export const parseLocalDate = (s: string): LocalDate | undefined => (LocalDate.is(s) ? s : undefined);

/** For literals in rule data and tests: throws on a malformed date, so a typo cannot pass silently. */
export const date = (s: string): LocalDate => {
  if (!LocalDate.is(s)) throw new Error(`not a calendar date: ${s}`);
  return s;
};

/** The date part of an ISO instant, in Vietnam's time zone (UTC+7, no daylight saving). */
export const localDateOf = (instant: string): LocalDate => {
  // Before 17:00 UTC the day in Vietnam is the UTC day: read it off a canonical instant without a Date.
  if (instant.length >= 20 && instant[10] === 'T' && instant.endsWith('Z') && instant.slice(11, 13) < '17')
    return instant.slice(0, 10) as LocalDate;
  return new Date(Date.parse(instant) + 7 * 3_600_000).toISOString().slice(0, 10) as LocalDate;
};

export const addDays = (d: LocalDate, days: number): LocalDate => fromEpochDay(toEpochDay(d) + days);

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: LocalDate, to: LocalDate): number => toEpochDay(to) - toEpochDay(from);

const daysInMonth = (year: number, month0: number): number => new Date(Date.UTC(year, month0 + 1, 0)).getUTCDate();

/**
 * The corresponding day `months` later; when that month is shorter, its last day.
 * Bộ luật Dân sự 2015, Art. 148.1–2: a period in months ends at the end of the corresponding day of its
 * last month, or of that month's last day when it has no corresponding day.
 */
export const addMonths = (d: LocalDate, months: number): LocalDate => {
  const [y, m, day] = d.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month0 = index - year * 12;
  const dd = Math.min(day, daysInMonth(year, month0));
  return `${String(year).padStart(4, '0')}-${String(month0 + 1).padStart(2, '0')}-${String(dd).padStart(2, '0')}` as LocalDate;
};

export const compareDates = (a: LocalDate, b: LocalDate): -1 | 0 | 1 => (a < b ? -1 : a > b ? 1 : 0);
export const isBefore = (a: LocalDate, b: LocalDate): boolean => a < b;
export const isAfter = (a: LocalDate, b: LocalDate): boolean => a > b;
/** Inclusive on both ends; an open end is written `undefined`. */
export const isWithin = (d: LocalDate, from: LocalDate | undefined, until: LocalDate | undefined): boolean =>
  (from === undefined || d >= from) && (until === undefined || d <= until);

export const yearOf = (d: LocalDate): number => Number(d.slice(0, 4));

/** 0 = Sunday … 6 = Saturday. */
export const weekdayOf = (d: LocalDate): number => new Date(`${d}T00:00:00Z`).getUTCDay();
