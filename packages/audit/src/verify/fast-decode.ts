import { either as E } from 'fp-ts';
import type { DomainEvent, EventCodec, EventDecodeError, EventPayload, EventSchema } from '@ocop/kernel';
import * as D from '@ocop/domain';

/** Reads one event type at its current version by the schema's type guard. */
interface Guard<Ev> {
  readonly version: number;
  readonly accept: (data: unknown) => Ev | undefined;
}

const guard = <T extends string, Data>(s: EventSchema<T, Data>): readonly [string, Guard<DomainEvent<T, Data>>] => [
  s.type,
  { version: s.version, accept: (data) => (s.codec.is(data) ? { type: s.type, data } : undefined) },
];

/**
 * An aggregate's decoder for reading a whole history: an event at its current version is accepted by its
 * schema's type guard, which checks exactly what decoding checks without building a copy (data read from JSON
 * holds nothing decoding would drop); anything else — an older version to upcast, a refusal to explain, a type
 * not listed here — goes through the codec.
 */
const decoder = <Ev extends DomainEvent>(codec: EventCodec<Ev>, guards: ReadonlyArray<readonly [string, Guard<Ev>]>): Decode<Ev> => {
  const byType = new Map(guards);
  return (payload) => {
    const g = byType.get(payload.type);
    const accepted = g && g.version === payload.schemaVersion ? g.accept(payload.data) : undefined;
    return accepted ? E.right(accepted) : codec.decode(payload);
  };
};

export type Decode<Ev> = (payload: EventPayload) => E.Either<EventDecodeError, Ev>;

export const decoders: {
  readonly subject: Decode<D.SubjectEvent>;
  readonly product: Decode<D.ProductEvent>;
  readonly council: Decode<D.CouncilEvent>;
  readonly round: Decode<D.RoundEvent>;
  readonly dossier: Decode<D.DossierEvent>;
  readonly certification: Decode<D.CertificationEvent>;
  readonly plan: Decode<D.PlanEvent>;
} = {
  subject: decoder(D.subjectEvents, [
    guard(D.SubjectRegistered),
    guard(D.SubjectRepresentativeChanged),
    guard(D.SubjectRegistrationUpdated),
    guard(D.SubjectLegalFormChanged),
  ]),
  product: decoder(D.productEvents, [
    guard(D.ProductRegistered),
    guard(D.ProductCodeAssigned),
    guard(D.ProductListed),
    guard(D.ProductDelisted),
    guard(D.TraceabilityCodeSet),
  ]),
  council: decoder(D.councilEvents, [
    guard(D.CouncilEstablished),
    guard(D.CouncilMemberAdded),
    guard(D.CouncilMemberRemoved),
    guard(D.CouncilChairChanged),
    guard(D.CouncilRulesChanged),
  ]),
  round: decoder(D.roundEvents, [
    guard(D.RoundOpened),
    guard(D.DossierAssigned),
    guard(D.MemberRecused),
    guard(D.SheetSubmitted),
    guard(D.RescoringRequested),
    guard(D.ScoringClosed),
    guard(D.ResultAdopted),
    guard(D.DossierRemovedFromRound),
    guard(D.RoundClosed),
  ]),
  dossier: decoder(D.dossierEvents, [
    guard(D.DossierFiled),
    guard(D.EvidenceAdded),
    guard(D.CommuneCheckCompleted),
    guard(D.DossierForwarded),
    guard(D.IntakeChecked),
    guard(D.SupplementProvided),
    guard(D.AdvisoryReviewRecorded),
    guard(D.DossierDisqualified),
    guard(D.DossierWithdrawn),
    guard(D.CouncilResultReceived),
    guard(D.DossierDecided),
    guard(D.DossierLapsed),
  ]),
  certification: decoder(D.certificationEvents, [
    guard(D.CouncilResultRecorded),
    guard(D.ReEvaluationFiled),
    guard(D.RecognitionDecided),
    guard(D.CertificateIssued),
    guard(D.CertificateSuperseded),
    guard(D.ReEvaluationConcluded),
    guard(D.RecognitionRefused),
    guard(D.CertificateExpired),
    guard(D.CertificateRevoked),
    guard(D.RecognitionAnnulled),
  ]),
  plan: decoder(D.planEvents, [guard(D.ProgrammeTargetsSet)]),
};
