import type * as t from 'io-ts';
import { Instant, strict } from '@ocop/kernel';
import { nonEmptyString as nonEmpty } from './codecs.js';

/** Who acted: ids and roles only. Names, phone numbers and the like are personal data and never go here. */
export const Actor = strict('Actor', { id: nonEmpty, role: nonEmpty, organisation: nonEmpty }, {});
export type Actor = Readonly<t.TypeOf<typeof Actor>>;

/**
 * What every event carries besides its data: which command caused it and in which conversation, who acted,
 * under which rule set, and when it happened in the world (`businessTime`, as opposed to the store's
 * `recordedTime`). Unknown fields are refused, so that personal data cannot slip in here.
 */
export const EventMetadata = strict(
  'EventMetadata',
  { correlationId: nonEmpty, causationId: nonEmpty, commandId: nonEmpty, actor: Actor, businessTime: Instant },
  { ruleSet: nonEmpty },
);
export type EventMetadata = Readonly<t.TypeOf<typeof EventMetadata>>;
