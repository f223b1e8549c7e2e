import { either as E } from 'fp-ts';
import { localDateOf, type LocalDate } from '@ocop/kernel';
import type { EventStore, RecordedEvent } from '@ocop/eventstore';
import type { Aggregate } from '@ocop/ledger';
import { storeProblem } from '../http/ledger-problem.js';
import { problem, type Problem } from '../http/problem.js';

/** Whether an event had happened by the end of a day of business time (a Vietnamese day); every event without a day. */
export const happenedBy =
  (asOf: LocalDate | undefined) =>
  (e: RecordedEvent): boolean =>
    asOf === undefined || localDateOf(e.metadata.businessTime) <= asOf;

/** A stream's events up to the end of a day of business time (all of them without a day), decoded by its aggregate. */
export const eventsOf = async <C, S, Ev extends { readonly type: string; readonly data: unknown }>(
  deps: { readonly store: EventStore },
  aggregate: Aggregate<C, S, Ev>,
  id: string,
  asOf: LocalDate | undefined,
): Promise<E.Either<Problem, { readonly events: ReadonlyArray<Ev>; readonly recorded: ReadonlyArray<RecordedEvent> }>> => {
  const read = await deps.store.readStream(aggregate.stream(id));
  if (E.isLeft(read)) return E.left(storeProblem(read.left));
  const recorded = read.right.filter(happenedBy(asOf));
  const events: Ev[] = [];
  for (const e of recorded) {
    const d = aggregate.codec.decode(e);
    if (E.isLeft(d))
      return E.left(problem(500, 'UndecodableEvent', `event ${e.eventId} of ${e.stream} no longer decodes; run the verification`));
    events.push(d.right);
  }
  return E.right({ events, recorded });
};
