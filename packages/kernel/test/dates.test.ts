import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { addDays, addMonths, date, daysBetween, LocalDate, localDateOf, weekdayOf } from '../src/index.js';

test('only real calendar dates are LocalDates', () => {
  assert.ok(LocalDate.is('2024-02-29'));
  assert.not.ok(LocalDate.is('2023-02-29'));
  assert.not.ok(LocalDate.is('2024-13-01'));
  assert.not.ok(LocalDate.is('2024-1-01'));
  assert.throws(() => date('2025-04-31'));
  assert.ok(LocalDate.is('2000-02-29'));
  assert.not.ok(LocalDate.is('2100-02-29'));
  assert.not.ok(LocalDate.is('2024-00-10'));
  assert.not.ok(LocalDate.is('2024-06-00'));
});

test('every day of 1999–2028 is a LocalDate exactly when Date knows it, and no 32nd day is', () => {
  for (let day = Date.UTC(1999, 0, 1); day < Date.UTC(2029, 0, 1); day += 86_400_000) {
    const iso = new Date(day).toISOString().slice(0, 10);
    assert.ok(LocalDate.is(iso), iso);
    assert.not.ok(LocalDate.is(`${iso.slice(0, 8)}32`));
  }
});

test('adding months keeps the day, or takes the last day of a shorter month', () => {
  assert.is(addMonths(date('2023-06-15'), 36), '2026-06-15');
  assert.is(addMonths(date('2024-01-31'), 1), '2024-02-29');
  assert.is(addMonths(date('2023-01-31'), 1), '2023-02-28');
  assert.is(addMonths(date('2024-12-31'), -1), '2024-11-30');
  assert.is(addMonths(date('2024-11-15'), 14), '2026-01-15');
});

test('days are added across months and years', () => {
  assert.is(addDays(date('2026-05-22'), 60), '2026-07-21');
  assert.is(addDays(date('2024-03-01'), -1), '2024-02-29');
  assert.is(daysBetween(date('2026-01-01'), date('2027-01-01')), 365);
});

test("an instant's local date is taken in Vietnam's time zone (UTC+7)", () => {
  assert.is(localDateOf('2026-05-21T16:59:59.000Z'), '2026-05-21');
  assert.is(localDateOf('2026-05-21T17:00:00.000Z'), '2026-05-22');
  assert.is(localDateOf('2024-12-31T17:00:00Z'), '2025-01-01');
  // Every 7 minutes over two days across a new year and a leap day: the same day as Date's arithmetic.
  for (const start of [Date.UTC(2025, 11, 31), Date.UTC(2024, 1, 28)])
    for (let t = start; t < start + 2 * 86_400_000; t += 7 * 60_000) {
      const instant = new Date(t).toISOString();
      assert.is(localDateOf(instant), new Date(t + 7 * 3_600_000).toISOString().slice(0, 10), instant);
    }
});

test('weekdays', () => {
  assert.is(weekdayOf(date('2026-11-29')), 0); // a Sunday
  assert.is(weekdayOf(date('2026-11-30')), 1);
});

test.run();
