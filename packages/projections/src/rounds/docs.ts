import * as t from 'io-ts';
import { nullable } from '../core/nullable.js';
import { ContactCodec, personal } from '@ocop/domain';
import { CouncilRulesCodec } from '@ocop/rules';

/** A signer or member name stays the personal value of the event, for the privacy layer to redact or mark erased. */
export const PersonalName = personal(ContactCodec);

export const CouncilDecisionDoc = t.type({
  number: t.string,
  date: t.string,
  signerTitle: t.string,
  signerLevel: t.string,
  signerName: PersonalName,
});

export const CouncilMemberDoc = t.type({ person: t.string, name: PersonalName, organisation: t.string, position: t.string });

export const CouncilDoc = t.type({
  councilId: t.string,
  level: t.string,
  province: nullable(t.string),
  district: nullable(t.string),
  ruleSet: t.string,
  decision: CouncilDecisionDoc,
  chair: t.string,
  members: t.readonlyArray(CouncilMemberDoc),
  rules: CouncilRulesCodec,
  /** Later decisions on the council: members added or removed, chair or rules changed. */
  changes: t.readonlyArray(t.type({ change: t.string, on: t.string, decisionNumber: t.string, person: nullable(t.string) })),
});
export type CouncilDoc = t.TypeOf<typeof CouncilDoc>;

const Parts = t.type({ A: t.number, B: t.number, C: t.number });

export const SheetDoc = t.type({
  person: t.string,
  attempt: t.number,
  total: t.number,
  parts: Parts,
  minimumStars: t.number,
  stars: t.number,
  opinion: nullable(t.string),
});
export type SheetDoc = t.TypeOf<typeof SheetDoc>;

export const ResultDoc = t.type({
  on: t.string,
  attempt: t.number,
  mode: t.string,
  eligible: t.number,
  present: t.number,
  required: t.number,
  chairPresent: t.boolean,
  mean: t.number,
  spread: t.type({ lowest: t.number, highest: t.number, value: t.number, limit: t.number }),
  bandStars: t.number,
  minimumStars: t.number,
  stars: t.number,
  outcome: t.type({ kind: t.string, stars: t.number }),
  blocking: t.readonlyArray(t.type({ criterion: t.string, forStars: t.number })),
});

/** A dossier in a round: a document of its own, so that a sheet changes one small document, not the round's. */
export const RoundDossierDoc = t.type({
  roundId: t.string,
  /** The position of its assignment: dossiers are listed in the order they were assigned. */
  assignedAt: t.string,
  dossierId: t.string,
  productId: t.string,
  sheet: t.number,
  ruleSet: t.string,
  kind: t.string,
  mode: t.string,
  attempt: t.number,
  status: t.keyof({ scoring: null, scoringClosed: null, adopted: null, removed: null }),
  removedReason: nullable(t.string),
  recusals: t.readonlyArray(t.type({ person: t.string, reason: t.string, on: t.string })),
  /** Who has submitted a sheet, per attempt: sealed sheets show only this until scoring closes. */
  submissions: t.readonlyArray(t.type({ person: t.string, attempt: t.number, on: t.string })),
  /** The sheets of attempts whose scoring closed. */
  sheets: t.readonlyArray(SheetDoc),
  rescorings: t.readonlyArray(
    t.type({
      attempt: t.number,
      on: t.string,
      spread: t.number,
      limit: t.number,
      lowest: t.type({ person: t.string, total: t.number }),
      highest: t.type({ person: t.string, total: t.number }),
      action: t.string,
    }),
  ),
  result: nullable(ResultDoc),
});
export type RoundDossierDoc = t.TypeOf<typeof RoundDossierDoc>;

export const RoundDoc = t.type({
  roundId: t.string,
  councilId: t.string,
  level: t.string,
  province: nullable(t.string),
  district: nullable(t.string),
  year: t.number,
  number: t.number,
  extra: t.boolean,
  lastDay: nullable(t.string),
  openedOn: t.string,
  closedOn: nullable(t.string),
  chair: t.string,
  members: t.readonlyArray(t.type({ person: t.string, organisation: t.string })),
});
export type RoundDoc = t.TypeOf<typeof RoundDoc>;

/** Sheets not yet revealed, one document per round, dossier and attempt; never returned by a query. */
export const SealedDoc = t.type({ sheets: t.readonlyArray(SheetDoc) });
export type SealedDoc = t.TypeOf<typeof SealedDoc>;

export type RoundsDocs = {
  readonly councils: CouncilDoc;
  readonly rounds: RoundDoc;
  readonly dossiers: RoundDossierDoc;
  readonly sealed: SealedDoc;
};
