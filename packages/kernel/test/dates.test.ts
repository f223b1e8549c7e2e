import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { addDays, addMonths, date, daysBetween, LocalDate, localDateOf, weekdayOf } from '../src/index.js';

test('only real calendar dates are LocalDates', () => {
  assert.ok(LocalDate.is('2024-02-29'));
  assert.not.ok(LocalDate.is('2023-02-29'));
  assert.not.ok(LocalDate.is('2024-13-01'));
  assert.not.ok(LocalDate.is('2024-1-01'));
  assert.throws(() => date('2025-04-31'));
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
});

test('weekdays', () => {
  assert.is(weekdayOf(date('2026-11-29')), 0); // a Sunday
  assert.is(weekdayOf(date('2026-11-30')), 1);
});

test.run();
