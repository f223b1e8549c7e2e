import { either as E } from 'fp-ts';
import { fold, nonEmpty, type DomainEvent } from '@ocop/kernel';
import { onDecision, onReEvaluationFiled, onResultAdopted, type Dispatch, type DomainError } from '@ocop/domain';
import {
  handleCommand,
  type CommandError,
  type CommandOutcome,
  type EventStore,
  type ExpectedRevision,
  type RecordedEvent,
} from '@ocop/eventstore';
import { aggregateOfStream, aggregates, type Aggregate, type AggregateName, type CommandOf, type StateOf } from './aggregates.js';

interface RequestBase {
  /** The aggregate's id (its stream is derived from it). */
  readonly id: string;
  /** Unique per command: a retried request with the same id writes nothing new. */
  readonly commandId: string;
  /** The conversation the command belongs to (e.g. the HTTP request id); the command id by default. */
  readonly correlationId?: string;
  /** What caused the command: the event a reaction answers; the command id itself for a person's command. */
  readonly causationId?: string;
  /** The caller's expectation of the stream (an HTTP If-Match). */
  readonly expected?: ExpectedRevision;
}

/** A command for one aggregate: `{ aggregate: 'dossier', id, command: { type: 'FileDossier', data } }`. */
export type ExecuteRequest = {
  readonly [A in AggregateName]: RequestBase & { readonly aggregate: A; readonly command: CommandOf<A> };
}[AggregateName];

/** A reaction of a process manager that could not be carried out; the command that caused it stands. */
export interface ReactionFailure {
  readonly dispatch: Dispatch;
  readonly error: CommandError<DomainError>;
}

export interface Executed extends CommandOutcome<unknown> {
  /** Events written by the reactions that followed, in order. */
  readonly reactions: ReadonlyArray<RecordedEvent>;
  readonly reactionFailures: ReadonlyArray<ReactionFailure>;
}

export type LedgerError = CommandError<DomainError>;

export interface Ledger {
  readonly store: EventStore;
  readonly execute: (request: ExecuteRequest) => Promise<E.Either<LedgerError, Executed>>;
  /** An aggregate's current state, folded from its stream: `ledger.load.certification(productId)`. */
  readonly load: { readonly [A in AggregateName]: (id: string) => Promise<E.Either<LedgerError, StateOf<A>>> };
}

/** The stream's id part: `Dossier-d-1` → `d-1`. */
const idOfStream = (stream: string): string => stream.slice(stream.indexOf('-') + 1);

/** The rule set a command names (an assignment, a result), for the envelope's metadata. */
const ruleSetOf = (data: object): string | undefined => ('ruleSet' in data && typeof data.ruleSet === 'string' ? data.ruleSet : undefined);

const runWith = <C extends { readonly data: RequestData }, S, Ev extends DomainEvent>(
  store: EventStore,
  aggregate: Aggregate<C, S, Ev>,
  request: RequestBase & { readonly command: C },
): Promise<E.Either<LedgerError, CommandOutcome<S>>> => {
  const { data } = request.command;
  const ruleSet = ruleSetOf(data);
  return handleCommand({
    store,
    decider: aggregate.decider,
    codec: aggregate.codec,
    stream: aggregate.stream(request.id),
    command: request.command,
    commandId: request.commandId,
    metadata: {
      correlationId: nonEmpty(request.correlationId ?? request.commandId),
      causationId: nonEmpty(request.causationId ?? request.commandId),
      actor: data.by,
      businessTime: data.at,
      ...(ruleSet === undefined ? {} : { ruleSet: nonEmpty(ruleSet) }),
    },
    ...(request.expected === undefined ? {} : { expected: request.expected }),
    ...(aggregate.ruleSetOf === undefined ? {} : { ruleSetOf: aggregate.ruleSetOf }),
  });
};

type RequestData = CommandOf<AggregateName>['data'];

/** Runs one request on its aggregate (each branch is typed by its aggregate). */
const runRequest = (store: EventStore, r: ExecuteRequest): Promise<E.Either<LedgerError, CommandOutcome<unknown>>> => {
  switch (r.aggregate) {
    case 'subject':
      return runWith(store, aggregates.subject, r);
    case 'product':
      return runWith(store, aggregates.product, r);
    case 'council':
      return runWith(store, aggregates.council, r);
    case 'round':
      return runWith(store, aggregates.round, r);
    case 'dossier':
      return runWith(store, aggregates.dossier, r);
    case 'certification':
      return runWith(store, aggregates.certification, r);
    case 'plan':
      return runWith(store, aggregates.plan, r);
  }
};

/** What the process managers ask for in answer to a stored event. */
export const reactionsTo = (event: RecordedEvent): ReadonlyArray<Dispatch> => {
  const cause = { eventId: event.eventId, at: event.metadata.businessTime };
  switch (aggregateOfStream(event.stream)) {
    case 'round': {
      const decoded = aggregates.round.codec.decode(event);
      return E.isRight(decoded) ? onResultAdopted(decoded.right, cause) : [];
    }
    case 'certification': {
      const decoded = aggregates.certification.codec.decode(event);
      return E.isRight(decoded) ? onDecision(decoded.right, cause) : [];
    }
    case 'dossier': {
      const decoded = aggregates.dossier.codec.decode(event);
      return E.isRight(decoded) ? onReEvaluationFiled(decoded.right, cause) : [];
    }
    default:
      return [];
  }
};

const requestFor = (dispatch: Dispatch, correlationId: string, causationId: string): ExecuteRequest => {
  const base = { id: idOfStream(dispatch.stream), commandId: dispatch.commandId, correlationId, causationId };
  switch (dispatch.aggregate) {
    case 'certification':
      return { ...base, aggregate: 'certification', command: dispatch.command };
    case 'dossier':
      return { ...base, aggregate: 'dossier', command: dispatch.command };
    case 'round':
      return { ...base, aggregate: 'round', command: dispatch.command };
  }
};

const loadWith = async <C, S, Ev extends DomainEvent>(
  store: EventStore,
  aggregate: Aggregate<C, S, Ev>,
  id: string,
): Promise<E.Either<LedgerError, S>> => {
  const read = await store.readStream(aggregate.stream(id));
  if (E.isLeft(read)) return read;
  const events: Ev[] = [];
  for (const e of read.right) {
    const decoded = aggregate.codec.decode(e);
    if (E.isLeft(decoded))
      return E.left({ _tag: 'UndecodableEvent', stream: e.stream, revision: e.revision, eventId: e.eventId, error: decoded.left });
    events.push(decoded.right);
  }
  return E.right(fold(aggregate.decider)(events));
};

/**
 * Decides, appends and reacts. Reactions run right after the command, in the same process, each with a
 * command id derived from the event that caused it, so that running them again (after a crash, in a
 * replay) writes nothing twice. A reaction that fails is reported, never hidden.
 */
export const createLedger = (store: EventStore): Ledger => {
  const react = async (events: ReadonlyArray<RecordedEvent>, correlationId: string) => {
    const written: RecordedEvent[] = [];
    const failures: ReactionFailure[] = [];
    const queue = [...events];
    for (let event = queue.shift(); event; event = queue.shift()) {
      for (const dispatch of reactionsTo(event)) {
        const outcome = await runRequest(store, requestFor(dispatch, correlationId, event.eventId));
        if (E.isLeft(outcome)) failures.push({ dispatch, error: outcome.left });
        else if (!outcome.right.replay) {
          written.push(...outcome.right.events);
          queue.push(...outcome.right.events);
        }
      }
    }
    return { written, failures };
  };

  return {
    store,
    execute: async (request) => {
      const outcome = await runRequest(store, request);
      if (E.isLeft(outcome)) return outcome;
      const { written, failures } = await react(outcome.right.events, request.correlationId ?? request.commandId);
      return E.right({ ...outcome.right, reactions: written, reactionFailures: failures });
    },
    load: {
      subject: (id) => loadWith(store, aggregates.subject, id),
      product: (id) => loadWith(store, aggregates.product, id),
      council: (id) => loadWith(store, aggregates.council, id),
      round: (id) => loadWith(store, aggregates.round, id),
      dossier: (id) => loadWith(store, aggregates.dossier, id),
      certification: (id) => loadWith(store, aggregates.certification, id),
      plan: (id) => loadWith(store, aggregates.plan, id),
    },
  };
};
