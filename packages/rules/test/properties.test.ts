import { test } from 'uvu';
import fc from 'fast-check';
import { either as E } from 'fp-ts';
import { bandOf, bandOfMean, criteriaOf, minStars, qd26_2026, qd26Catalogue, scoreSheet, type Sheet } from '../src/index.js';

/** Any complete, valid set of answers for a sheet. */
const answersFor = (sheet: Sheet) =>
  fc.record(
    Object.fromEntries(
      criteriaOf(sheet).map((c) => [
        c.code,
        c.kind === 'yesNo' ? fc.integer({ min: 0, max: 1 }) : fc.integer({ min: 1, max: c.options.length }),
      ]),
    ),
  );

const sheetAndAnswers = fc.integer({ min: 0, max: qd26Catalogue.sheets.length - 1 }).chain((i) => {
  const sheet = qd26Catalogue.sheets[i]!;
  return fc.tuple(fc.constant(sheet), answersFor(sheet), fc.boolean());
});

test('any valid sheet scores between 0 and 100, its total the sum of its parts and of its criteria', () => {
  fc.assert(
    fc.property(sheetAndAnswers, ([sheet, answers, impurities]) => {
      const declared = impurities && sheet.knockOuts.some((k) => k.trigger.kind === 'declared') ? ['unsafe-impurities'] : [];
      const r = scoreSheet(qd26_2026, sheet, { answers, knockOuts: declared });
      if (E.isLeft(r)) return false;
      const s = r.right;
      return (
        s.total >= 0 &&
        s.total <= 100 &&
        s.total === s.parts.A + s.parts.B + s.parts.C &&
        s.total === s.criteria.reduce((n, c) => n + c.points, 0) &&
        s.parts.A <= 40 &&
        s.parts.B <= 25 &&
        s.parts.C <= 35
      );
    }),
    { numRuns: 400 },
  );
});

test('the star is never above the band nor above the minimum level', () => {
  fc.assert(
    fc.property(sheetAndAnswers, ([sheet, answers]) => {
      const r = scoreSheet(qd26_2026, sheet, { answers });
      if (E.isLeft(r)) return false;
      const s = r.right;
      return s.stars === minStars(s.bandStars, s.minimumStars) && s.bandStars === bandOf(qd26_2026, s.total);
    }),
    { numRuns: 400 },
  );
});

test('raising one answer to a better option never lowers the star', () => {
  fc.assert(
    fc.property(sheetAndAnswers, fc.nat(), ([sheet, answers], pick) => {
      const criteria = criteriaOf(sheet);
      const c = criteria[pick % criteria.length]!;
      const best = c.kind === 'yesNo' ? 1 : c.options.reduce((b, o, i) => (o.points > (c.options[b - 1]?.points ?? -1) ? i + 1 : b), 1);
      const before = scoreSheet(qd26_2026, sheet, { answers });
      const after = scoreSheet(qd26_2026, sheet, { answers: { ...answers, [c.code]: best } });
      return E.isRight(before) && E.isRight(after) && after.right.stars >= before.right.stars && after.right.total >= before.right.total;
    }),
    { numRuns: 400 },
  );
});

test('banding a mean is exact: scaling the sum and the count together never changes the class', () => {
  fc.assert(
    fc.property(
      fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 15 }),
      fc.integer({ min: 2, max: 9 }),
      (totals, k) => {
        const sum = totals.reduce((a, b) => a + b, 0);
        const stars = bandOfMean(qd26_2026, sum, totals.length);
        return bandOfMean(qd26_2026, sum * k, totals.length * k) === stars && bandOfMean(qd26_2026, sum + 1, totals.length) >= stars;
      },
    ),
    { numRuns: 1000 },
  );
});

test.run();
