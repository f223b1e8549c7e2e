import { either as E } from 'fp-ts';
import { councilResult, findSheet, ruleSetById, type CouncilError, type CouncilResult, type Outcome } from '@ocop/rules';
import type { PersonId } from '../shared/ids.js';
import type { StoredOutcome } from './outcome-codec.js';
import type { DossierInRound, OpenRoundState } from './state.js';

export type ResultProblem = CouncilError<PersonId> | { readonly _tag: 'UnknownSheet'; readonly sheet: number };

/** The rules package's council result for one dossier of the round, from this attempt's sheets. */
export const computeResult = (round: OpenRoundState, dossier: DossierInRound): E.Either<ResultProblem, CouncilResult<PersonId>> => {
  const ruleSet = ruleSetById(dossier.ruleSet);
  const sheet = findSheet(ruleSet.sheets, dossier.sheet);
  if (!sheet) return E.left({ _tag: 'UnknownSheet', sheet: dossier.sheet });
  return councilResult({
    ruleSet,
    sheet,
    level: round.level,
    members: round.council.members.map((m) => m.person),
    chair: round.council.chair,
    recused: dossier.recused,
    rules: round.council.rules,
    mode: dossier.mode,
    sheets: dossier.sheets.map((s) => ({ member: s.person, input: s.input })),
  });
};

/** The outcome as stored in events: the same facts without the source, which the rule set provides. */
export const storedOutcome = (o: Outcome): StoredOutcome => {
  switch (o.kind) {
    case 'recognise':
      return { kind: o.kind, level: o.level, stars: o.stars, authority: o.authority };
    case 'forward':
      return { kind: o.kind, from: o.from, to: o.to, stars: o.stars };
    case 'fallback':
      return { kind: o.kind, from: o.from, to: o.to, stars: o.stars, authority: o.authority };
    case 'notCertified':
      return { kind: o.kind, stars: o.stars };
  }
};
