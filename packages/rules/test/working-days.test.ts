import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { addDays, date, weekdayOf } from '@ocop/kernel';
import {
  addWorkingDays,
  dayOffOn,
  describeWorkingDayError,
  isWorkingDay,
  vietnamYearSchedules,
  workingDayCoverage,
  workingDaysBetween,
} from '../src/index.js';
import { left, right } from './helpers.js';

const working = (d: string) => right(isWorkingDay(date(d)));
const deadline = (start: string, n: number) => right(addWorkingDays(date(start), n));

// Civil servants work Monday to Friday (QĐ 188/1999/QĐ-TTg Art. 1).
test('weekends are not working days; ordinary weekdays are', () => {
  assert.is(working('2025-03-08'), false); // Saturday
  assert.is(working('2025-03-09'), false); // Sunday
  assert.is(working('2025-03-10'), true); // Monday
  assert.is(working('2025-03-14'), true); // Friday
});

// Tết Giáp Thìn: 08–14/02/2024, five Tết days and two in lieu of the weekend (Công văn 8662/VPCP-KGVX).
test('Tết 2024: 8 to 14 February are not working days', () => {
  for (const d of ['2024-02-08', '2024-02-09', '2024-02-12', '2024-02-13', '2024-02-14']) assert.is(working(d), false, d);
  assert.is(working('2024-02-07'), true);
  assert.is(working('2024-02-15'), true);
  assert.is(right(dayOffOn(date('2024-02-13')))?.reason, 'compensatory');
});

// Tết Ất Tỵ: 27–31/01/2025 inside a nine-day break from 25/01 to 02/02 (Thông báo 6150/TB-BLĐTBXH).
test('Tết 2025: 27 to 31 January are not working days', () => {
  for (const d of ['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31']) assert.is(working(d), false, d);
  assert.is(working('2025-01-24'), true);
  assert.is(working('2025-02-03'), true);
  assert.is(right(dayOffOn(date('2025-01-29')))?.name, 'Tết Âm lịch (mùng 1 Ất Tỵ)');
});

// QĐ 26/2026 Art. 7.2: the commune checks a dossier within 15 working days of receipt; day 1 is the next
// working day (Civil Code Art. 147.1).
test('15 working days across Tết 2025: received Monday 20 January, due Monday 17 February', () => {
  assert.is(deadline('2025-01-20', 15), date('2025-02-17'));
  assert.is(right(workingDaysBetween(date('2025-01-20'), date('2025-02-17'))), 15);
});

// 2025: 30/4 and 1/5 are holidays, Friday 2/5 is swapped for Saturday 26/4 (Thông báo 6150/TB-BLĐTBXH).
test('15 working days across 30 April and 1 May 2025: received 21 April, due 14 May', () => {
  assert.is(deadline('2025-04-21', 15), date('2025-05-14'));
  assert.is(working('2025-04-30'), false);
  assert.is(working('2025-05-01'), false);
  assert.is(working('2025-05-02'), false);
});

test('a make-up Saturday counts as a working day', () => {
  assert.is(working('2025-04-26'), true); // makes up Friday 02/05/2025
  assert.is(working('2024-05-04'), true); // makes up Monday 29/04/2024 (Công văn 2450/VPCP-KGVX)
  assert.is(working('2019-01-05'), true); // makes up Monday 31/12/2018
  // Received Friday 25/04/2025: Saturday 26/04 is day 1, Monday 28/04 day 2.
  assert.is(deadline('2025-04-25', 1), date('2025-04-26'));
  assert.is(deadline('2025-04-25', 2), date('2025-04-28'));
});

test('the day of receipt is not counted, and a deadline always falls on a working day', () => {
  assert.is(deadline('2025-03-07', 1), date('2025-03-10')); // Friday → Monday
  assert.is(deadline('2025-03-08', 1), date('2025-03-10')); // received on a Saturday
  assert.is(deadline('2025-03-07', 0), date('2025-03-07'));
  assert.is(right(workingDaysBetween(date('2025-03-10'), date('2025-03-07'))), -1);
  assert.is(right(workingDaysBetween(date('2025-03-07'), date('2025-03-07'))), 0);
});

test('holidays on a weekend are made up on the next working day (Labour Code Art. 111.3)', () => {
  assert.is(working('2022-01-03'), false); // 1 January 2022 was a Saturday
  assert.is(working('2023-05-02'), false); // Hùng Kings on Saturday 29/04/2023
  assert.is(working('2023-05-03'), false); // 30/04/2023 was a Sunday
  assert.is(working('2026-04-27'), false); // Hùng Kings on Sunday 26/04/2026
});

// Before 2021 the Labour Code of 2012 gave one day for National Day; from 2021, two.
test('National Day: one day until 2020, two from 2021', () => {
  assert.is(working('2020-09-02'), false);
  assert.is(working('2020-09-03'), true);
  assert.is(working('2021-09-03'), false);
  assert.is(working('2024-09-03'), false);
});

test('Vietnamese Culture Day, 24 November, is a day off from 2026 only', () => {
  assert.is(working('2025-11-24'), true);
  assert.is(working('2026-11-24'), false);
  assert.is(right(dayOffOn(date('2026-11-24')))?.source.act, 'Nghị quyết 80-NQ/TW');
});

test('dates outside 2019–2027 are refused, never guessed', () => {
  const coverage = workingDayCoverage();
  assert.equal(coverage, { from: date('2019-01-01'), until: date('2027-12-31') });
  const before = left(isWorkingDay(date('2018-12-31')));
  assert.equal(before, { _tag: 'OutsideCalendar', day: date('2018-12-31'), coveredFrom: coverage.from, coveredUntil: coverage.until });
  assert.is(left(isWorkingDay(date('2028-01-03')))._tag, 'OutsideCalendar');
  // A deadline that would run past the last covered day is refused, naming the first unknown day.
  const late = left(addWorkingDays(date('2027-12-20'), 15));
  assert.equal(late._tag === 'OutsideCalendar' && late.day, date('2028-01-01'));
  assert.is(describeWorkingDayError(late), '2028-01-01 is outside the working-day calendar, which covers 2019-01-01 to 2027-12-31');
  assert.is(left(workingDaysBetween(date('2027-12-01'), date('2028-01-05')))._tag, 'OutsideCalendar');
});

test('a count of working days must be a whole number, 0 or more', () => {
  assert.equal(left(addWorkingDays(date('2025-03-07'), -1)), { _tag: 'InvalidWorkingDayCount', count: -1 });
  assert.is(left(addWorkingDays(date('2025-03-07'), 1.5))._tag, 'InvalidWorkingDayCount');
});

test('the data: one schedule per year from 2019 to 2027, each day in its year and on the right kind of day', () => {
  assert.equal(
    vietnamYearSchedules.map((s) => s.year),
    [2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027],
  );
  for (const s of vietnamYearSchedules) {
    const days = s.daysOff.map((d) => d.day);
    assert.is(new Set(days).size, days.length, `${s.year}: a day listed twice`);
    for (const d of s.daysOff) {
      assert.is(d.day.slice(0, 4), String(s.year), d.day);
      const weekday = weekdayOf(d.day);
      // Days in lieu and bridge days are weekdays by construction; holidays may fall on a weekend.
      if (d.reason !== 'holiday') assert.ok(weekday >= 1 && weekday <= 5, `${d.day} (${d.reason}) is on a weekend`);
    }
    for (const w of s.workingWeekendDays) {
      assert.is(w.day.slice(0, 4), String(s.year), w.day);
      assert.ok([0, 6].includes(weekdayOf(w.day)), `${w.day} is not a weekend day`);
      assert.not.ok(days.includes(w.day), `${w.day} is both off and worked`);
    }
  }
});

// Thông báo 6150/TB-BLĐTBXH: 2025 has twelve weekdays off and one Saturday worked.
test('2025 has twelve weekdays off and one Saturday worked', () => {
  let off = 0;
  let saturdays = 0;
  for (let d = date('2025-01-01'); d <= date('2025-12-31'); d = addDays(d, 1)) {
    const weekday = weekdayOf(d);
    const isWorking = working(d);
    if (weekday >= 1 && weekday <= 5 && !isWorking) off += 1;
    if ((weekday === 0 || weekday === 6) && isWorking) saturdays += 1;
  }
  assert.is(off, 12);
  assert.is(saturdays, 1);
});

test('the years without a notice read are marked as inference', () => {
  const y2027 = vietnamYearSchedules.find((s) => s.year === 2027);
  assert.is(y2027?.source.verification, 'inference');
  const tet2027 = right(dayOffOn(date('2027-02-08')));
  assert.is(tet2027?.source.verification, 'inference');
  for (const s of vietnamYearSchedules.filter((y) => y.year < 2027)) assert.not.equal(s.source.verification, 'inference', String(s.year));
});

test.run();
