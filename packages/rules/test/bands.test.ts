import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { bandOf, bandOfMean, displayMean, ruleSets, qd26_2026 } from '../src/index.js';

// QĐ 26/2026 Art. 3.3: 5★ 90–100, 4★ 70 to <90, 3★ 50 to <70, 2★ 30 to <50, 1★ <30.
test('band edges: a score belongs to the class whose lower edge it reaches', () => {
  const cases: ReadonlyArray<[number, number]> = [
    [0, 1],
    [29.99, 1],
    [30, 2],
    [49.99, 2],
    [50, 3],
    [69.99, 3],
    [70, 4],
    [89.99, 4],
    [90, 5],
    [100, 5],
  ];
  for (const [score, stars] of cases) assert.is(bandOf(qd26_2026, score), stars, `score ${score}`);
});

test('every act uses the same five bands', () => {
  for (const r of ruleSets)
    assert.equal(
      r.bands.value.map((b) => [b.stars, b.from]),
      [
        [5, 90],
        [4, 70],
        [3, 50],
        [2, 30],
        [1, 0],
      ],
      r.id,
    );
});

test('a mean is banded exactly, never on a rounded figure', () => {
  // 90 + 90 + 89 = 269 over 3 = 89.666…: displayed 89.67, and 4 stars.
  assert.is(bandOfMean(qd26_2026, 269, 3), 4);
  assert.is(displayMean(269, 3), 89.67);
  // 89 + 90 + 91 = 270 over 3 = 90 exactly: 5 stars.
  assert.is(bandOfMean(qd26_2026, 270, 3), 5);
  // 7 members summing to 629 = 89.857…; 630 = 90.
  assert.is(bandOfMean(qd26_2026, 629, 7), 4);
  assert.is(bandOfMean(qd26_2026, 630, 7), 5);
  assert.is(bandOfMean(qd26_2026, 349, 7), 2);
  assert.is(bandOfMean(qd26_2026, 350, 7), 3);
});

test('the displayed mean is rounded half up to two decimals', () => {
  assert.is(displayMean(201, 3), 67);
  assert.is(displayMean(200, 3), 66.67);
  assert.is(displayMean(199, 3), 66.33);
  assert.is(displayMean(1, 8), 0.13); // 0.125 → 0.13
  assert.is(displayMean(3, 8), 0.38); // 0.375 → 0.38
  assert.is(displayMean(1005, 1000), 1.01); // 1.005, where floating point would give 1
});

test.run();
