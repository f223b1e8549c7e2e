import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { blockingFor, describeScoringError, qd26_2026, scoreSheet } from '../src/index.js';
import { bestAnswers, left, right, sheetNo, withAnswers, worstAnswers } from './helpers.js';

const rice = sheetNo(3);
const water = sheetNo(16);

test('a perfect rice sheet scores 100 = 40 + 25 + 35 and reaches 5 stars', () => {
  const s = right(scoreSheet(qd26_2026, rice, { answers: bestAnswers(rice) }));
  assert.is(s.total, 100);
  assert.equal(s.parts, { A: 40, B: 25, C: 35 });
  assert.is(s.bandStars, 5);
  assert.is(s.minimumStars, 5);
  assert.is(s.stars, 5);
  assert.equal(s.unmet, { 3: [], 4: [], 5: [] });
});

// Annex II, sheet 3, criterion 1.3: "Ứng dụng công nghệ tiên tiến …" is marked ***** — the 5-star minimum.
test('a 5-star minimum missed caps a 98-point sheet at 4 stars, and is what blocks the fifth', () => {
  const s = right(scoreSheet(qd26_2026, rice, { answers: withAnswers(bestAnswers(rice), { '1.3': 2 }) }));
  assert.is(s.total, 99);
  assert.is(s.bandStars, 5);
  assert.is(s.minimumStars, 4);
  assert.is(s.stars, 4);
  assert.equal(
    blockingFor(s.stars, s.unmet).map((u) => [u.criterion, u.points, u.required.points, u.required.option]),
    [['1.3', 2, 3, 3]],
  );
});

// Sheet 3, criterion 2.2: "Đóng gói sáng tạo, bao bì đẹp" is marked *** (option 3, 2 points).
test('a 3-star minimum missed keeps even a high score below certification', () => {
  const s = right(scoreSheet(qd26_2026, rice, { answers: withAnswers(bestAnswers(rice), { '2.2': 2 }) }));
  assert.is(s.total, 98);
  assert.is(s.minimumStars, 2);
  assert.is(s.stars, 2);
  assert.equal(
    s.unmet[3].map((u) => u.criterion),
    ['2.2'],
  );
});

test('a criterion printed without options (2.4, bilingual label) is answered 1 when met and 0 when not', () => {
  const met = right(scoreSheet(qd26_2026, rice, { answers: bestAnswers(rice) }));
  const notMet = right(scoreSheet(qd26_2026, rice, { answers: withAnswers(bestAnswers(rice), { '2.4': 0 }) }));
  assert.is(met.total - notMet.total, 1);
  const wrong = left(scoreSheet(qd26_2026, rice, { answers: withAnswers(bestAnswers(rice), { '2.4': 2 }) }));
  assert.equal(wrong.map(describeScoringError), ['criterion 2.4: 2 is not an option; answer 0 (not met) or 1 (met)']);
});

// Annex II: "5.2 Cấu trúc câu chuyện sản phẩm — chỉ áp dụng khi có câu chuyện sản phẩm".
test('without a story (5.1 scores 0), 5.2 needs no answer and scores nothing', () => {
  const answers: Record<string, number> = withAnswers(bestAnswers(rice), { '5.1': 1 });
  delete answers['5.2'];
  const s = right(scoreSheet(qd26_2026, rice, { answers }));
  assert.equal(
    s.criteria.find((c) => c.code === '5.2'),
    {
      code: '5.2',
      points: 0,
      notAssessed: { reason: 'notApplicable', condition: 'Chỉ áp dụng khi có câu chuyện sản phẩm' },
    },
  );
  assert.is(s.total, 100 - 5 - 2);
});

test('with a story, 5.2 must be answered', () => {
  const answers: Record<string, number> = bestAnswers(rice);
  delete answers['5.2'];
  const errors = left(scoreSheet(qd26_2026, rice, { answers }));
  assert.equal(
    errors.map((e) => e._tag),
    ['MissingAnswer'],
  );
});

// Sheet 3, note after 6.1: unacceptable impurities stop the assessment ("sẽ không đánh giá các bước tiếp theo").
test('declared unsafe impurities stop the rice assessment from 6.1 on: part C scores nothing', () => {
  const s = right(scoreSheet(qd26_2026, rice, { answers: bestAnswers(rice), knockOuts: ['unsafe-impurities'] }));
  assert.equal(s.knockOuts, ['unsafe-impurities']);
  assert.is(s.parts.C, 0);
  assert.is(s.total, 65);
  assert.is(s.stars, 2);
  assert.ok(s.criteria.filter((c) => c.notAssessed?.reason === 'knockOut').every((c) => c.points === 0));
});

test('answers after a knock-out are not needed', () => {
  const answers = Object.fromEntries(Object.entries(bestAnswers(rice)).filter(([code]) => !/^(6|7|8|9|10|11|12)(\.|$)/.test(code)));
  const s = right(scoreSheet(qd26_2026, rice, { answers, knockOuts: ['unsafe-impurities'] }));
  assert.is(s.total, 65);
});

// Sheet 16 (bottled water), note after 6.4: a zero on any sensory criterion stops the assessment.
test('on the water sheet a zero on a sensory criterion stops everything after 6.4', () => {
  const s = right(scoreSheet(qd26_2026, water, { answers: withAnswers(bestAnswers(water), { '6.2': 1 }) }));
  assert.equal(s.knockOuts, ['zero-6.1-6.2-6.3-6.4']);
  assert.is(s.criteria.find((c) => c.code === '6.4')?.points, 5);
  assert.ok(s.criteria.filter((c) => c.code.startsWith('7') || c.code.startsWith('8')).every((c) => c.points === 0));
  assert.is(s.parts.C, 35 - 3 - (35 - 15));
});

test('every problem with the answers is reported at once, each naming its criterion', () => {
  const answers: Record<string, number> = withAnswers(bestAnswers(rice), { '1.1': 4, '9.9': 1, '1.2': 1.5 });
  delete answers['3.5'];
  const errors = left(scoreSheet(qd26_2026, rice, { answers, knockOuts: ['flies'] }));
  assert.equal(errors.map(describeScoringError), [
    'criterion 9.9 is not on this sheet',
    'knock-out "flies" is not on this sheet; it has unsafe-impurities',
    'criterion 1.1: 4 is not an option; answer 1 to 3',
    'criterion 1.2: 1.5 is not an option; answer 1 to 3',
    'criterion 3.5 (Sở hữu trí tuệ) has no answer',
  ]);
});

test('the worst possible rice sheet still scores, at 1 star', () => {
  const s = right(scoreSheet(qd26_2026, rice, { answers: worstAnswers(rice) }));
  assert.ok(s.total < 30);
  assert.is(s.stars, 1);
});

test.run();
