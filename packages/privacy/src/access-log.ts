import { createHash } from 'node:crypto';
import { either as E } from 'fp-ts';
import * as t from 'io-ts';
import { eventCodec, eventSchema, nonEmpty, NonEmptyString, strict, type EventsOf, type Instant } from '@ocop/kernel';
import { ExpectedRevision, type EventStore, type StoreError } from '@ocop/eventstore';

/** Who read a person's data, when, why, and in which events: what a controller keeps of each access. */
export interface Access {
  readonly person: string;
  readonly reader: { readonly id: string; readonly role: string; readonly organisation: string };
  readonly purpose: string;
  readonly at: Instant;
  readonly events: ReadonlyArray<string>;
  /** The request the read belongs to (its correlation id). */
  readonly request: string;
}

/** The category of the access streams, one per person; they hold ids only, no personal data. */
export const accessCategory = 'PersonalDataAccess';

export const accessStream = (person: string): string => `${accessCategory}-${person}`;

/** An access as stored; its time is the event's business time. */
export const PersonalDataRead = eventSchema(
  'PersonalDataRead',
  strict(
    'PersonalDataRead',
    {
      person: NonEmptyString,
      reader: strict('Reader', { id: NonEmptyString, role: NonEmptyString, organisation: NonEmptyString }, {}),
      purpose: NonEmptyString,
      events: t.readonlyArray(t.string),
    },
    {},
  ),
);

export const accessEvents = eventCodec([PersonalDataRead]);
export type AccessEvent = EventsOf<typeof accessEvents>;

const readOf = (a: Access): AccessEvent['data'] => ({
  person: nonEmpty(a.person),
  reader: { id: nonEmpty(a.reader.id), role: nonEmpty(a.reader.role), organisation: nonEmpty(a.reader.organisation) },
  purpose: nonEmpty(a.purpose),
  events: a.events,
});

const uuidFrom = (s: string): string => {
  const h = createHash('sha256').update(s).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

/**
 * Records each access as an event in the person's access stream, in the same tamper-evident log as
 * everything else. One event per person and request, whatever the number of values read.
 */
export const recordAccesses = async (store: EventStore, accesses: ReadonlyArray<Access>): Promise<E.Either<StoreError, void>> => {
  for (const a of accesses) {
    const result = await store.append(
      accessStream(a.person),
      [
        {
          eventId: uuidFrom(`${a.request}:${a.person}`),
          type: PersonalDataRead.type,
          schemaVersion: PersonalDataRead.version,
          data: readOf(a),
          metadata: {
            correlationId: nonEmpty(a.request),
            causationId: nonEmpty(a.request),
            commandId: nonEmpty(`read:${a.request}:${a.person}`),
            actor: { id: nonEmpty(a.reader.id), role: nonEmpty(a.reader.role), organisation: nonEmpty(a.reader.organisation) },
            businessTime: a.at,
          },
        },
      ],
      ExpectedRevision.any,
    );
    if (E.isLeft(result) && result.left._tag !== 'DuplicateEventId') return result;
  }
  return E.right(undefined);
};
