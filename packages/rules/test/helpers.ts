import { either as E } from 'fp-ts';
import { criteriaOf, findSheet, qd26Catalogue, type Answers, type Sheet } from '../src/index.js';

export const sheetNo = (n: number): Sheet => {
  const sheet = findSheet(qd26Catalogue, n);
  if (!sheet) throw new Error(`no sheet ${n}`);
  return sheet;
};

/** The best option of every criterion: a perfect sheet. */
export const bestAnswers = (sheet: Sheet): Record<string, number> =>
  Object.fromEntries(
    criteriaOf(sheet).map((c) => {
      if (c.kind === 'yesNo') return [c.code, 1];
      const best = Math.max(...c.options.map((o) => o.points));
      return [c.code, c.options.findIndex((o) => o.points === best) + 1];
    }),
  );

/** The worst option of every criterion. */
export const worstAnswers = (sheet: Sheet): Record<string, number> =>
  Object.fromEntries(
    criteriaOf(sheet).map((c) => {
      if (c.kind === 'yesNo') return [c.code, 0];
      const worst = Math.min(...c.options.map((o) => o.points));
      return [c.code, c.options.findIndex((o) => o.points === worst) + 1];
    }),
  );

export const withAnswers = (base: Answers, changes: Answers): Answers => ({ ...base, ...changes });

export const right = <A>(e: E.Either<unknown, A>): A => {
  if (E.isLeft(e)) throw new Error(`expected a success, got ${JSON.stringify(e.left)}`);
  return e.right;
};

export const left = <L>(e: E.Either<L, unknown>): L => {
  if (E.isRight(e)) throw new Error(`expected a failure, got ${JSON.stringify(e.right)}`);
  return e.left;
};
