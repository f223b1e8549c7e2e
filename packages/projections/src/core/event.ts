import { either as E } from 'fp-ts';
import { localDateOf, type EventDecodeError, type Instant, type LocalDate } from '@ocop/kernel';
import type { CertificationEvent, CouncilEvent, DossierEvent, PlanEvent, ProductEvent, RoundEvent, SubjectEvent } from '@ocop/domain';
import { positionToString, type EventMetadata, type GlobalPosition, type RecordedEvent } from '@ocop/eventstore';
import { aggregateOfStream, aggregates } from '@ocop/ledger';

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

/**
 * Decodes a stored event with its aggregate's codec. Events of streams that are not the domain's (another
 * application's, a test's) are `undefined`: no read model is about them.
 */
export const projectedEvent = (recorded: RecordedEvent): E.Either<UndecodableEvent, ProjectedEvent | undefined> => {
  const decoded = decodeData(recorded);
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
