import { either } from 'fp-ts';
import { describeFailure } from '@ocop/kernel';
import data from './qd26-2026.json' with { type: 'json' };
import { loadCatalogue, type CatalogueInvalid, type SheetCatalogue } from './catalogue.js';

const describe = (problem: Parameters<typeof describeFailure>[0] | CatalogueInvalid): string =>
  problem._tag === 'ValidationFailure'
    ? describeFailure(problem)
    : problem.errors.map((e) => `sheet ${e.sheet ?? '-'} ${e.location}: ${e.message}`).join('; ');

/**
 * The 26 sheets of QĐ 26/2026, Annex II. The data ships with the package and is validated when it is
 * first imported; a failure here is a defect of the package, never of a user's input.
 */
export const qd26Catalogue: SheetCatalogue = either.getOrElse<Parameters<typeof describe>[0], SheetCatalogue>((problem) => {
  throw new Error(`the QĐ 26/2026 sheet data is invalid: ${describe(problem)}`);
})(loadCatalogue(data));
