import { deepStrictEqual, fail } from 'node:assert/strict';
import { either as E } from 'fp-ts';
import { fold, type Decider } from './decider.js';

/**
 * Given/when/then for deciders, independent of any test runner: each step throws an AssertionError when
 * the decider does not behave as specified.
 *
 *   spec.given([dossierFiled]).when(checkByCommune).then([communeChecked]);
 *   spec.given([]).when(checkByCommune).thenError((e) => e.rule === 'DossierNotFiled');
 */
export const deciderSpecification = <C, S, E, Err>(decider: Decider<C, S, E, Err>) => ({
  given: (events: ReadonlyArray<E>) => ({
    when: (command: C) => {
      const result = decider.decide(command, fold(decider)(events));
      return {
        result,
        then: (expected: ReadonlyArray<E>): void => {
          if (E.isLeft(result)) fail(`expected events, but the command was refused: ${JSON.stringify(result.left)}`);
          deepStrictEqual(result.right, expected);
        },
        thenError: (expected: Err | ((error: Err) => boolean)): void => {
          if (E.isRight(result)) fail(`expected a refusal, but the command produced ${JSON.stringify(result.right)}`);
          if (typeof expected === 'function') {
            if (!(expected as (error: Err) => boolean)(result.left)) fail(`unexpected refusal: ${JSON.stringify(result.left)}`);
          } else deepStrictEqual(result.left, expected);
        },
      };
    },
  }),
});
