import * as t from 'io-ts';
import { nullable } from '../core/nullable.js';
import { PersonalName } from '../rounds/docs.js';

/** A decision as signed: the signer's name stays a personal value (redactable, erasable). */
export const SignedDecision = t.type({
  number: t.string,
  date: t.string,
  signer: t.type({ person: t.string, name: PersonalName, title: t.string, level: t.string }),
});

const Common = t.type({
  /** Business time: when it happened, and that day in Vietnam. */
  at: t.string,
  on: t.string,
  actor: t.type({ id: t.string, role: t.string, organisation: t.string }),
  ruleSet: nullable(t.string),
  /** Where the event sits in the store: an auditor finds it there. */
  checkpoint: t.string,
  eventId: t.string,
  productId: t.string,
  dossierId: nullable(t.string),
});

const kind = <K extends string, P extends t.Props>(k: K, props: P) => t.type({ kind: t.literal(k), ...props });

export const TrailDetail = t.union([
  kind('councilResult', {
    roundId: t.string,
    councilId: nullable(t.string),
    level: t.string,
    attempt: t.number,
    mode: t.string,
    quorum: t.type({ eligible: t.number, present: t.number, required: t.number, chairPresent: t.boolean }),
    spread: t.type({ lowest: t.number, highest: t.number, value: t.number, limit: t.number }),
    mean: t.number,
    bandStars: t.number,
    minimumStars: t.number,
    stars: t.number,
    outcome: t.type({ kind: t.string, stars: t.number, to: nullable(t.string) }),
    members: t.readonlyArray(t.type({ person: t.string, total: t.number, stars: t.number })),
    recused: t.readonlyArray(t.string),
  }),
  kind('recognition', {
    stars: t.number,
    dossierKind: t.string,
    decision: SignedDecision,
    basis: t.type({ roundId: t.string, level: t.string, mean: t.number, outcome: t.string }),
  }),
  kind('certificate', {
    certificateId: t.string,
    stars: t.number,
    issuedOn: t.string,
    expiresOn: t.string,
    authority: t.type({ level: t.string, title: t.string }),
  }),
  kind('refusal', { decision: SignedDecision, reason: t.string }),
  kind('reEvaluationConcluded', { previous: t.string, outcome: t.string, stars: nullable(t.number) }),
  kind('superseded', { certificateId: t.string, supersededBy: t.string, supersededOn: t.string }),
  kind('expiry', { certificateId: t.string, lastValidDay: t.string }),
  kind('revocation', {
    certificateId: t.string,
    grounds: t.readonlyArray(t.string),
    finding: t.type({ on: t.string, body: t.string, reference: t.string }),
    decision: SignedDecision,
    withinDeadline: t.boolean,
    deadline: nullable(t.string),
  }),
  kind('annulment', {
    certificateId: t.string,
    decision: SignedDecision,
    reason: t.string,
    request: nullable(t.type({ by: t.string, reference: t.string })),
  }),
]);

export const TrailEntry = t.intersection([Common, TrailDetail]);
export type TrailEntry = t.TypeOf<typeof TrailEntry>;

/** A product's certificates, to file a certificate's later decisions under the dossier that certified it too. */
export const CertificatesDoc = t.type({
  certificates: t.readonlyArray(t.type({ certificateId: t.string, dossierId: t.string, ruleSet: t.string })),
});
export type CertificatesDoc = t.TypeOf<typeof CertificatesDoc>;

export const RoundIndexDoc = t.type({ councilId: t.string });

/** One document per decision, keyed by its event's position: a trail is a query, never a growing document. */
export type TrailDocs = {
  readonly entries: TrailEntry;
  readonly certificates: CertificatesDoc;
  readonly rounds: t.TypeOf<typeof RoundIndexDoc>;
};
