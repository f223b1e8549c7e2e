import { either as E } from 'fp-ts';
import type { Instant } from '@ocop/kernel';
import type { NewEvent, RecordedEvent } from './envelope.js';
import type { DuplicateEventId, StoreError } from './errors.js';
import { checkExpected, type ExpectedRevision, type WrongExpectedRevision } from './expected-revision.js';
import { eventHash } from './hash.js';
import { start, type GlobalPosition } from './position.js';
import type { AppendResult } from './store.js';
import type { StreamName } from './stream-name.js';

/** What a store keeps about a stream to append to it: its last event, and where its last batch began. */
export interface StreamHead {
  readonly revision: bigint;
  readonly hash: string;
  readonly position: GlobalPosition;
  readonly batchStart: bigint;
  readonly batchFirstEventId: string;
}

export type AppendPlan =
  | { readonly _tag: 'Write'; readonly firstRevision: bigint; readonly previousHash: string | null }
  /** No events: the expectation held, and there is nothing to write. */
  | { readonly _tag: 'NothingToWrite' }
  /** The batch is the stream's last batch, sent again (a retry after a lost reply): report it, write nothing. */
  | { readonly _tag: 'AlreadyWritten' };

/**
 * Whether `events` could be the stream's last batch sent again; only then does the store need to load that
 * batch for `planAppend`. One comparison in the common case, so that appends stay cheap.
 */
export const mayRepeatLastBatch = (head: StreamHead | undefined, events: ReadonlyArray<NewEvent>): head is StreamHead =>
  head !== undefined && events[0]?.eventId === head.batchFirstEventId && BigInt(events.length) === head.revision - head.batchStart + 1n;

/**
 * Decides an append against the stream's head, the same way in every store: a repeat of the last batch
 * (same ids, same order, and an expectation that held before that batch) is written once only; otherwise
 * the expectation must hold now. `lastBatch` is the stream's last batch when `mayRepeatLastBatch` said so.
 */
export const planAppend = (
  stream: StreamName,
  head: StreamHead | undefined,
  events: ReadonlyArray<NewEvent>,
  expected: ExpectedRevision,
  lastBatch?: ReadonlyArray<RecordedEvent>,
): E.Either<WrongExpectedRevision | DuplicateEventId, AppendPlan> => {
  const first = events[0];
  if (head && first && lastBatch?.length === events.length && lastBatch.every((e, i) => e.eventId === events[i]?.eventId)) {
    const before = head.batchStart === 0n ? undefined : head.batchStart - 1n;
    return E.isRight(checkExpected(stream, expected, before))
      ? E.right({ _tag: 'AlreadyWritten' })
      : E.left({ _tag: 'DuplicateEventId', eventId: first.eventId, index: 0 });
  }
  const check = checkExpected(stream, expected, head?.revision);
  if (E.isLeft(check)) return check;
  if (events.length === 0) return E.right({ _tag: 'NothingToWrite' });
  return E.right({ _tag: 'Write', firstRevision: head ? head.revision + 1n : 0n, previousHash: head?.hash ?? null });
};

/** The events of a planned write, numbered and hash-chained; the store adds each one's global position. */
export const chainEvents = (
  stream: StreamName,
  plan: { readonly firstRevision: bigint; readonly previousHash: string | null },
  events: ReadonlyArray<NewEvent>,
  recordedTime: Instant,
): ReadonlyArray<Omit<RecordedEvent, 'position'>> => {
  let previousHash = plan.previousHash;
  return events.map((e, i) => {
    const fields = {
      stream,
      revision: plan.firstRevision + BigInt(i),
      eventId: e.eventId,
      type: e.type,
      schemaVersion: e.schemaVersion,
      data: e.data,
      metadata: e.metadata,
      recordedTime,
      previousHash,
    };
    const hash = eventHash(fields);
    previousHash = hash;
    return { ...fields, hash };
  });
};

/** The head after writing `written` (non-empty) as one batch. */
export const headAfter = (written: ReadonlyArray<RecordedEvent>): StreamHead => {
  const first = written[0];
  const last = written[written.length - 1];
  if (!first || !last) throw new Error('headAfter: an empty batch has no head');
  return {
    revision: last.revision,
    hash: last.hash,
    position: last.position,
    batchStart: first.revision,
    batchFirstEventId: first.eventId,
  };
};

/** What an append returns, from the stream's head after it and the events it recorded (or repeated). */
export const appendResult = (head: StreamHead | undefined, events: ReadonlyArray<RecordedEvent>): AppendResult => ({
  nextRevision: head ? head.revision + 1n : 0n,
  position: head?.position ?? start,
  events,
});

/**
 * An append for a store that holds its write lock while it plans (memory, SQLite): load the last batch if
 * the events may repeat it, plan, and call `write` with the hash-chained events when there is something to
 * write. `write` stores them and returns them with their positions.
 */
export const appendUnderLock = (input: {
  readonly stream: StreamName;
  readonly head: StreamHead | undefined;
  readonly events: ReadonlyArray<NewEvent>;
  readonly expected: ExpectedRevision;
  readonly recordedTime: Instant;
  readonly readFrom: (revision: bigint) => E.Either<StoreError, ReadonlyArray<RecordedEvent>>;
  readonly write: (chained: ReturnType<typeof chainEvents>) => E.Either<StoreError, ReadonlyArray<RecordedEvent>>;
}): E.Either<StoreError, AppendResult> => {
  const { stream, head, events, expected } = input;
  let lastBatch: ReadonlyArray<RecordedEvent> | undefined;
  if (mayRepeatLastBatch(head, events)) {
    const read = input.readFrom(head.batchStart);
    if (E.isLeft(read)) return read;
    lastBatch = read.right;
  }
  const plan = planAppend(stream, head, events, expected, lastBatch);
  if (E.isLeft(plan)) return plan;
  switch (plan.right._tag) {
    case 'NothingToWrite':
      return E.right(appendResult(head, []));
    case 'AlreadyWritten':
      return E.right(appendResult(head, lastBatch ?? []));
    case 'Write': {
      const written = input.write(chainEvents(stream, plan.right, events, input.recordedTime));
      return E.isLeft(written) ? written : E.right(appendResult(headAfter(written.right), written.right));
    }
  }
};
