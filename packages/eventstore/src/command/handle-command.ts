import { either as E } from 'fp-ts';
import { fold, isJson, NonEmptyString, type Decider, type DomainEvent, type EventCodec, type EventDecodeError } from '@ocop/kernel';
import type { NewEvent, RecordedEvent } from '../envelope.js';
import type { StoreError } from '../errors.js';
import { checkExpected, ExpectedRevision } from '../expected-revision.js';
import type { EventMetadata } from '../metadata.js';
import type { EventStore } from '../store.js';
import { parseStreamName } from '../stream-name.js';
import { commandEventId } from './event-id.js';

export interface HandleCommand<Command, State, Event extends DomainEvent, Refusal> {
  readonly store: EventStore;
  readonly decider: Decider<Command, State, Event, Refusal>;
  readonly codec: EventCodec<Event>;
  readonly stream: string;
  readonly command: Command;
  /** Unique per command; a command id already handled on the stream is answered with its first outcome. */
  readonly commandId: string;
  readonly metadata: Omit<EventMetadata, 'commandId'>;
  /** The caller's own expectation (an HTTP If-Match): enforced, and its conflict returned rather than retried. */
  readonly expected?: ExpectedRevision;
  /** How many times to read, decide and append when another writer gets in first; 3 by default. */
  readonly maxAttempts?: number;
  /**
   * The rule set an event is judged under when `metadata` names none: the one the stream pins for what the
   * event concerns, read from the state the command was decided on. Recorded in the event's metadata.
   */
  readonly ruleSetOf?: (state: State, event: Event) => string | undefined;
}

export interface CommandOutcome<State> {
  readonly state: State;
  readonly events: ReadonlyArray<RecordedEvent>;
  /** What to expect of the stream for the next command: `NoStream` or `Exact` (an ETag). */
  readonly expected: ExpectedRevision;
  /** The command id had been handled already: `events`, `state` and `expected` are its first outcome. */
  readonly replay: boolean;
}

export type CommandError<Refusal> =
  | { readonly _tag: 'Refused'; readonly error: Refusal }
  | {
      readonly _tag: 'UndecodableEvent';
      readonly stream: string;
      readonly revision: bigint;
      readonly eventId: string;
      readonly error: EventDecodeError;
    }
  | StoreError;

const decodeAll = <Event extends DomainEvent>(
  codec: EventCodec<Event>,
  recorded: ReadonlyArray<RecordedEvent>,
): E.Either<CommandError<never>, ReadonlyArray<Event>> => {
  const decoded: Event[] = [];
  for (const e of recorded) {
    const d = codec.decode(e);
    if (E.isLeft(d)) return E.left({ _tag: 'UndecodableEvent', stream: e.stream, revision: e.revision, eventId: e.eventId, error: d.left });
    decoded.push(d.right);
  }
  return E.right(decoded);
};

const encodeAll = <Event extends DomainEvent>(
  codec: EventCodec<Event>,
  events: ReadonlyArray<Event>,
  commandId: string,
  metadataOf: (event: Event) => EventMetadata,
): E.Either<StoreError, ReadonlyArray<NewEvent>> => {
  const encoded: NewEvent[] = [];
  for (const [index, event] of events.entries()) {
    const { type, schemaVersion, data } = codec.encode(event);
    if (!isJson(data)) return E.left({ _tag: 'InvalidEvent', index, reason: `the codec encoded ${type} to data that is not JSON` });
    encoded.push({ eventId: commandEventId(commandId, index), type, schemaVersion, data, metadata: metadataOf(event) });
  }
  return E.right(encoded);
};

/**
 * Runs one command against one stream: read the stream, decode and fold it, decide, append the new events
 * with ids derived from the command id, expecting the revision that was read. When another writer appended
 * in between, reads and decides again (unless the caller gave its own expectation). Refusals write nothing.
 */
export const handleCommand = async <Command, State, Event extends DomainEvent, Refusal>(
  input: HandleCommand<Command, State, Event, Refusal>,
): Promise<E.Either<CommandError<Refusal>, CommandOutcome<State>>> => {
  const { store, decider, codec, command, commandId } = input;
  const maxAttempts = input.maxAttempts ?? 3;
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) throw new RangeError(`maxAttempts must be an integer from 1, not ${maxAttempts}`);
  const stream = parseStreamName(input.stream);
  if (E.isLeft(stream)) return stream;
  const metadata: EventMetadata = { ...input.metadata, commandId };
  const evolve = fold(decider);

  for (let attempt = 1; ; attempt++) {
    const read = await store.readStream(stream.right);
    if (E.isLeft(read)) return read;
    const recorded = read.right;
    const decoded = decodeAll(codec, recorded);
    if (E.isLeft(decoded)) return decoded;

    const mine = recorded.filter((e) => e.metadata.commandId === commandId);
    const lastOfMine = mine[mine.length - 1];
    if (lastOfMine) {
      const state = evolve(decoded.right.slice(0, Number(lastOfMine.revision) + 1));
      return E.right({ state, events: mine, expected: ExpectedRevision.exact(lastOfMine.revision), replay: true });
    }

    const current = recorded[recorded.length - 1]?.revision;
    if (input.expected) {
      const check = checkExpected(stream.right, input.expected, current);
      if (E.isLeft(check)) return check;
    }
    const state = evolve(decoded.right);
    const decision = decider.decide(command, state);
    if (E.isLeft(decision)) return E.left({ _tag: 'Refused', error: decision.left });
    if (decision.right.length === 0) return E.right({ state, events: [], expected: ExpectedRevision.after(current), replay: false });

    const encoded = encodeAll(codec, decision.right, commandId, (event) => {
      const ruleSet = metadata.ruleSet ?? input.ruleSetOf?.(state, event);
      return NonEmptyString.is(ruleSet) ? { ...metadata, ruleSet } : metadata;
    });
    if (E.isLeft(encoded)) return encoded;
    const appended = await store.append(stream.right, encoded.right, input.expected ?? ExpectedRevision.after(current));
    if (E.isLeft(appended)) {
      if (appended.left._tag === 'WrongExpectedRevision' && !input.expected && attempt < maxAttempts) continue;
      return appended;
    }
    const written = appended.right.events;
    return E.right({
      state: evolve(decision.right, state),
      events: written,
      expected: ExpectedRevision.after(written[written.length - 1]?.revision),
      replay: false,
    });
  }
};
