/** Why a sheet cannot be scored. Each names the criterion so that the evaluator can correct the form. */
export type ScoringError =
  | { readonly _tag: 'UnknownCriterion'; readonly criterion: string }
  | { readonly _tag: 'MissingAnswer'; readonly criterion: string; readonly title: string }
  | {
      readonly _tag: 'ImpossibleOption';
      readonly criterion: string;
      readonly given: number;
      /** What may be answered: "1 to 4", or "0 (not met) or 1 (met)". */
      readonly allowed: string;
    }
  | { readonly _tag: 'UnknownKnockOut'; readonly knockOut: string; readonly known: ReadonlyArray<string> };

export const describeScoringError = (e: ScoringError): string => {
  switch (e._tag) {
    case 'UnknownCriterion':
      return `criterion ${e.criterion} is not on this sheet`;
    case 'MissingAnswer':
      return `criterion ${e.criterion} (${e.title}) has no answer`;
    case 'ImpossibleOption':
      return `criterion ${e.criterion}: ${e.given} is not an option; answer ${e.allowed}`;
    case 'UnknownKnockOut':
      return `knock-out "${e.knockOut}" is not on this sheet${e.known.length ? `; it has ${e.known.join(', ')}` : '; it has none'}`;
  }
};
