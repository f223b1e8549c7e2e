import * as t from 'io-ts';
import { nullable } from '../core/nullable.js';
import { AreaDoc } from '../core/areas.js';

export const DeadlineKind = t.keyof({ communeCheck: null, roundCalendar: null, reEvaluationDecision: null, transitionalDecision: null });
export type DeadlineKind = t.TypeOf<typeof DeadlineKind>;

/**
 * A time limit of the dossier: the last day (`due`), or why there is none (`note`: the act sets none, or the
 * working-day calendar does not cover the day), the day the step was done, and the legal source.
 */
export const DeadlineDoc = t.type({
  kind: DeadlineKind,
  due: nullable(t.string),
  note: nullable(t.string),
  doneOn: nullable(t.string),
  source: t.string,
});
export type DeadlineDoc = t.TypeOf<typeof DeadlineDoc>;

export const DossierDoc = t.type({
  dossierId: t.string,
  productId: t.string,
  subjectId: t.string,
  kind: t.string,
  sheet: t.number,
  ruleSet: t.string,
  filedOn: t.string,
  area: AreaDoc,
  /** As the domain names it: filed, returnedToSubject, communeChecked, received, supplementRequested, intakeComplete, resultReceived, closed. */
  stage: t.string,
  /** commune, then the council levels it was forwarded to. */
  level: t.string,
  closedAs: nullable(t.string),
  closedOn: nullable(t.string),
  roundId: nullable(t.string),
  outcome: nullable(t.type({ kind: t.string, stars: t.number, level: t.string, mean: t.number })),
  deadlines: t.readonlyArray(DeadlineDoc),
  history: t.readonlyArray(t.type({ stage: t.string, level: t.string, on: t.string })),
});
export type DossierDoc = t.TypeOf<typeof DossierDoc>;

export type PipelineDocs = { readonly dossiers: DossierDoc };
