// Small helpers for the specifications: branded values through their codecs, and the events or the refusal
// of a decision when a test needs to look inside them.
import * as t from 'io-ts';
import { either as E } from 'fp-ts';
import { fold, type Decider, type DomainEvent, type EventCodec, type EventDecodeError } from '@ocop/kernel';

/** A value of a branded or refined codec, decoded (never cast); throws on a typo in test data. */
export const decoded = <A>(codec: t.Type<A, unknown, unknown>, value: unknown): A => {
  const r = codec.decode(value);
  if (E.isLeft(r)) throw new Error(`not a ${codec.name}: ${JSON.stringify(value)}`);
  return r.right;
};

/** The events a decider gives for `command` after `given`; throws when the command is refused. */
export const eventsOf = <C, S, Ev, Err>(decider: Decider<C, S, Ev, Err>, given: ReadonlyArray<Ev>, command: C): ReadonlyArray<Ev> => {
  const r = decider.decide(command, fold(decider)(given));
  if (E.isLeft(r)) throw new Error(`refused: ${JSON.stringify(r.left)}`);
  return r.right;
};

/** The one event a decider gives for `command`; throws unless there is exactly one. */
export const eventOf = <C, S, Ev, Err>(decider: Decider<C, S, Ev, Err>, given: ReadonlyArray<Ev>, command: C): Ev => {
  const [event, ...more] = eventsOf(decider, given, command);
  if (event === undefined || more.length > 0) throw new Error(`expected one event for ${JSON.stringify(command)}`);
  return event;
};

/** The left of an either; throws on a right. */
export const leftOf = <L>(e: E.Either<L, unknown>): L => {
  if (E.isRight(e)) throw new Error(`expected a failure, got ${JSON.stringify(e.right)}`);
  return e.left;
};

/** The right of an either; throws on a left. */
export const rightOf = <A>(e: E.Either<unknown, A>): A => {
  if (E.isLeft(e)) throw new Error(`expected a success, got ${JSON.stringify(e.left)}`);
  return e.right;
};

/** A value as a host receives it: through JSON, typed as nothing. */
export const viaJson = (value: unknown): unknown => {
  const parsed: unknown = JSON.parse(JSON.stringify(value));
  return parsed;
};

const EventPayloadCodec = t.type({ type: t.string, schemaVersion: t.number, data: t.unknown });

/** An event encoded, stored as JSON and read back through its codec. */
export const throughJson = <Ev extends DomainEvent>(codec: EventCodec<Ev>, event: Ev): E.Either<EventDecodeError, Ev> =>
  codec.decode(decoded(EventPayloadCodec, viaJson(codec.encode(event))));
