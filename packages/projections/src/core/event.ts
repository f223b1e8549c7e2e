import { either as E } from 'fp-ts';
import { localDateOf, type EventDecodeError, type Instant, type LocalDate } from '@ocop/kernel';
import * as domain from '@ocop/domain';
import type { CertificationEvent, CouncilEvent, DossierEvent, PlanEvent, ProductEvent, RoundEvent, SubjectEvent } from '@ocop/domain';
import { positionToString, type EventMetadata, type GlobalPosition, type RecordedEvent } from '@ocop/eventstore';
import { aggregateOfStream, aggregates, type AggregateName } from '@ocop/ledger';

/** Every event of the OCOP domain; their type names are unique across aggregates. */
export type OcopEvent = SubjectEvent | ProductEvent | CouncilEvent | RoundEvent | DossierEvent | CertificationEvent | PlanEvent;

/** A stored event as read models see it: decoded (old versions upcast), with where and when it happened and who did it. */
export interface ProjectedEvent {
  readonly event: OcopEvent;
  readonly position: GlobalPosition;
  /** `position` as a checkpoint string. */
  readonly checkpoint: string;
  readonly stream: string;
  readonly eventId: string;
  /** When it happened in the world, and that day in Vietnam. */
  readonly businessTime: Instant;
  readonly on: LocalDate;
  readonly actor: EventMetadata['actor'];
  readonly ruleSet?: string;
}

/** A stored event of an OCOP stream that no longer decodes: read models stop rather than skip it. */
export interface UndecodableEvent {
  readonly _tag: 'UndecodableEvent';
  readonly stream: string;
  readonly position: string;
  readonly error: EventDecodeError;
}

const decodeData = (recorded: RecordedEvent): E.Either<EventDecodeError, OcopEvent> | undefined => {
  switch (aggregateOfStream(recorded.stream)) {
    case 'subject':
      return aggregates.subject.codec.decode(recorded);
    case 'product':
      return aggregates.product.codec.decode(recorded);
    case 'council':
      return aggregates.council.codec.decode(recorded);
    case 'round':
      return aggregates.round.codec.decode(recorded);
    case 'dossier':
      return aggregates.dossier.codec.decode(recorded);
    case 'certification':
      return aggregates.certification.codec.decode(recorded);
    case 'plan':
      return aggregates.plan.codec.decode(recorded);
    case undefined:
      return undefined;
  }
};

// Every event schema of the domain, to check an event of the current version without decoding it.
const schemas: ReadonlyArray<{
  readonly type: string;
  readonly version: number;
  readonly codec: { readonly is: (u: unknown) => boolean };
}> = [
  domain.AdvisoryReviewRecorded,
  domain.CertificateExpired,
  domain.CertificateIssued,
  domain.CertificateRevoked,
  domain.CertificateSuperseded,
  domain.CommuneCheckCompleted,
  domain.CouncilChairChanged,
  domain.CouncilEstablished,
  domain.CouncilMemberAdded,
  domain.CouncilMemberRemoved,
  domain.CouncilResultReceived,
  domain.CouncilResultRecorded,
  domain.CouncilRulesChanged,
  domain.DossierAssigned,
  domain.DossierDecided,
  domain.DossierDisqualified,
  domain.DossierFiled,
  domain.DossierForwarded,
  domain.DossierLapsed,
  domain.DossierRemovedFromRound,
  domain.DossierWithdrawn,
  domain.EvidenceAdded,
  domain.IntakeChecked,
  domain.MemberRecused,
  domain.ProductCodeAssigned,
  domain.ProductDelisted,
  domain.ProductListed,
  domain.ProductRegistered,
  domain.ProgrammeTargetsSet,
  domain.ReEvaluationConcluded,
  domain.ReEvaluationFiled,
  domain.RecognitionAnnulled,
  domain.RecognitionDecided,
  domain.RecognitionRefused,
  domain.RescoringRequested,
  domain.ResultAdopted,
  domain.RoundClosed,
  domain.RoundOpened,
  domain.ScoringClosed,
  domain.SheetSubmitted,
  domain.SubjectLegalFormChanged,
  domain.SubjectRegistered,
  domain.SubjectRegistrationUpdated,
  domain.SubjectRepresentativeChanged,
  domain.SupplementProvided,
  domain.TraceabilityCodeSet,
];
const schemaOf = new Map(schemas.map((s) => [s.type, s]));
const aggregateNames: ReadonlyArray<AggregateName> = ['subject', 'product', 'council', 'round', 'dossier', 'certification', 'plan'];
const aggregateOfType = new Map<string, AggregateName>(
  aggregateNames.flatMap((name) => aggregates[name].codec.types.map((type: string): [string, AggregateName] => [type, name])),
);

/**
 * An event of its schema's current version that the schema accepts as it is: checking is several times
 * cheaper than decoding, and gives the same value (a current version has nothing to upcast, and JSON data
 * has no field to drop). Anything else goes through the full decode, with upcasting and precise errors.
 */
const checked = (recorded: RecordedEvent): OcopEvent | undefined => {
  const schema = schemaOf.get(recorded.type);
  if (!schema || schema.version !== recorded.schemaVersion || aggregateOfType.get(recorded.type) !== aggregateOfStream(recorded.stream))
    return undefined;
  // The schema registered for this type, in this type's aggregate, accepts the data: it is this type's event.
  return schema.codec.is(recorded.data) ? ({ type: recorded.type, data: recorded.data } as OcopEvent) : undefined;
};

/**
 * Decodes a stored event with its aggregate's codec. Events of streams that are not the domain's (another
 * application's, a test's) are `undefined`: no read model is about them.
 */
export const projectedEvent = (recorded: RecordedEvent): E.Either<UndecodableEvent, ProjectedEvent | undefined> => {
  const fast = checked(recorded);
  const decoded = fast ? E.right(fast) : decodeData(recorded);
  if (decoded === undefined) return E.right(undefined);
  if (E.isLeft(decoded))
    return E.left({
      _tag: 'UndecodableEvent',
      stream: recorded.stream,
      position: positionToString(recorded.position),
      error: decoded.left,
    });
  const { metadata } = recorded;
  return E.right({
    event: decoded.right,
    position: recorded.position,
    checkpoint: positionToString(recorded.position),
    stream: recorded.stream,
    eventId: recorded.eventId,
    businessTime: metadata.businessTime,
    on: localDateOf(metadata.businessTime),
    actor: metadata.actor,
    ...(metadata.ruleSet === undefined ? {} : { ruleSet: metadata.ruleSet }),
  });
};
