import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { scoreSelfAssessment } from '../src/index.js';
import { bestAnswers, left, right, sheetNo, withAnswers } from './helpers.js';

const rice = bestAnswers(sheetNo(3));

test('a self-assessment reports total, parts, band, minimum level, stars and what blocks the next star', () => {
  const r = right(scoreSelfAssessment({ ruleSet: 'qd26-2026', sheet: 3, answers: withAnswers(rice, { '1.3': 1, '4.3': 1 }) }));
  assert.is(r.total, 93);
  assert.equal(r.parts, { A: 38, B: 20, C: 35 });
  assert.is(r.bandStars, 5);
  assert.is(r.minimumStars, 4);
  assert.is(r.stars, 4);
  assert.equal(
    r.blocking.map((b) => b.criterion),
    ['1.3'],
  );
});

test('a wrong rule set, sheet or field is refused with its name', () => {
  const bad = left(scoreSelfAssessment({ ruleSet: 'qd26', sheet: 3, answers: {}, extra: true }));
  assert.is(bad._tag, 'ValidationFailure');
  assert.equal(bad._tag === 'ValidationFailure' ? bad.errors.map((e) => e.path) : [], ['extra', 'ruleSet']);
  assert.equal(left(scoreSelfAssessment({ ruleSet: 'qd26-2026', sheet: 27, answers: {} }))._tag, 'UnknownSheet');
  // 32 criteria, less 5.2, which does not apply while 5.1 (story) is unanswered.
  const missing = left(scoreSelfAssessment({ ruleSet: 'qd26-2026', sheet: 3, answers: {} }));
  assert.is(missing._tag === 'ScoringFailed' && missing.errors.length, 31);
});

test('an older rule set scores on its own sheets: QĐ 1048 parts are 35/25/40', () => {
  const answers = Object.fromEntries(
    [
      '1.1',
      '1.2',
      '1.3',
      '1.4',
      '1.5',
      '1.6',
      '2.1',
      '2.2',
      '2.3',
      '3.1',
      '3.2',
      '3.3',
      '3.4',
      '3.5',
      '4.1',
      '4.2',
      '4.3',
      '5.1',
      '5.2',
      '5.3',
      '6.1',
      '6.2',
      '6.3',
      '7',
      '8',
      '9',
      '10',
      '11',
    ].map((c) => [c, 2]),
  );
  const r = right(scoreSelfAssessment({ ruleSet: 'qd1048-2019', sheet: 3, answers }));
  // Position 2 is "Mức 1" on every provisional criterion: one point each (14 in A, 6 in B, 8 in C).
  assert.equal(r.parts, { A: 14, B: 6, C: 8 });
});

test.run();
