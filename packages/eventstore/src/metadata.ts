import type * as t from 'io-ts';
import { Instant, strict } from '@ocop/kernel';
import { nonEmptyString as nonEmpty } from './codecs.js';
import { rememberingLast } from './remembering.js';

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

const isBusinessTime = rememberingLast((u) => Instant.is(u));
const filled = (v: unknown): boolean => typeof v === 'string' && /\S/.test(v);
const metadataFields = new Set(['correlationId', 'causationId', 'commandId', 'actor', 'businessTime', 'ruleSet']);
const actorFields = new Set(['id', 'role', 'organisation']);
const onlyFields = (o: object, allowed: ReadonlySet<string>): boolean => Object.keys(o).every((k) => allowed.has(k));
const fieldsOf = (u: unknown): Readonly<Record<string, unknown>> | undefined =>
  // A non-null object that is not an array: reading its fields as unknown values is safe.
  typeof u === 'object' && u !== null && !Array.isArray(u) ? (u as Readonly<Record<string, unknown>>) : undefined;

/**
 * The same test as `EventMetadata.is`, written out: stores run it on every event they read, where the
 * generic codec would cost more than parsing the row. A test keeps the two in agreement.
 */
export const isEventMetadata = (u: unknown): u is EventMetadata => {
  const m = fieldsOf(u);
  const actor = fieldsOf(m?.['actor']);
  return (
    m !== undefined &&
    actor !== undefined &&
    onlyFields(m, metadataFields) &&
    onlyFields(actor, actorFields) &&
    filled(m['correlationId']) &&
    filled(m['causationId']) &&
    filled(m['commandId']) &&
    (m['ruleSet'] === undefined || filled(m['ruleSet'])) &&
    isBusinessTime(m['businessTime']) &&
    filled(actor['id']) &&
    filled(actor['role']) &&
    filled(actor['organisation'])
  );
};
