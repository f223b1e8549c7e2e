import { either as E } from 'fp-ts';
import { isJson, nonEmpty, type DomainEvent, type Instant } from '@ocop/kernel';
import { onDecision, onReEvaluationFiled, onResultAdopted, type Actor, type Dispatch } from '@ocop/domain';
import { commandEventId, ExpectedRevision, type EventStore, type NewEvent } from '@ocop/eventstore';
import { aggregates, type Aggregate, type ExecuteRequest, type StateOf } from '@ocop/ledger';

interface StreamState<S> {
  state: S;
}

/**
 * The ledger's work without its reads: each aggregate's state is kept in memory, commands are decided and
 * their events buffered, and `flush` appends each stream's buffer in one call (with the exact expected
 * revision). Process managers' reactions run at once, as the ledger runs them. For writing large histories.
 */
export const bulkExecutor = (store: EventStore) => {
  const caches = {
    subject: new Map<string, StreamState<StateOf<'subject'>>>(),
    product: new Map<string, StreamState<StateOf<'product'>>>(),
    council: new Map<string, StreamState<StateOf<'council'>>>(),
    round: new Map<string, StreamState<StateOf<'round'>>>(),
    dossier: new Map<string, StreamState<StateOf<'dossier'>>>(),
    certification: new Map<string, StreamState<StateOf<'certification'>>>(),
    plan: new Map<string, StreamState<StateOf<'plan'>>>(),
  };
  const buffers = new Map<string, { readonly buffer: NewEvent[]; next: bigint }>();
  const order: string[] = [];
  let commands = 0;

  const runWith = <C extends { readonly data: { readonly at: Instant; readonly by: Actor } }, S, Ev extends DomainEvent>(
    aggregate: Aggregate<C, S, Ev>,
    cache: Map<string, StreamState<S>>,
    request: { readonly id: string; readonly command: C; readonly commandId: string; readonly causationId?: string },
  ): ReadonlyArray<{ readonly event: Ev; readonly eventId: string }> => {
    const stream = aggregate.stream(request.id);
    const entry = cache.get(stream) ?? { state: aggregate.decider.initialState };
    cache.set(stream, entry);
    const out = buffers.get(stream) ?? { buffer: [], next: 0n };
    buffers.set(stream, out);
    const state = entry.state;
    const decided = aggregate.decider.decide(request.command, state);
    if (E.isLeft(decided)) throw new Error(`${stream}: ${request.command.data.at} refused: ${JSON.stringify(decided.left)}`);
    const { data } = request.command;
    const ruleSet = 'ruleSet' in data && typeof data.ruleSet === 'string' ? { ruleSet: nonEmpty(data.ruleSet) } : {};
    const recorded = decided.right.map((event, index) => {
      const payload = aggregate.codec.encode(event);
      const eventId = commandEventId(request.commandId, index);
      if (!isJson(payload.data)) throw new Error(`${stream}: ${payload.type} does not encode to JSON`);
      out.buffer.push({
        eventId,
        type: payload.type,
        schemaVersion: payload.schemaVersion,
        data: payload.data,
        metadata: {
          correlationId: nonEmpty(request.commandId),
          causationId: nonEmpty(request.causationId ?? request.commandId),
          commandId: nonEmpty(request.commandId),
          actor: data.by,
          businessTime: data.at,
          ...ruleSet,
        },
      });
      return { event, eventId };
    });
    entry.state = decided.right.reduce(aggregate.decider.evolve, state);
    if (out.buffer.length === recorded.length && recorded.length > 0) order.push(stream);
    commands++;
    return recorded;
  };

  const exec = (request: ExecuteRequest): void => {
    const reactions: Dispatch[] = [];
    switch (request.aggregate) {
      case 'subject':
        runWith(aggregates.subject, caches.subject, request);
        break;
      case 'product':
        runWith(aggregates.product, caches.product, request);
        break;
      case 'council':
        runWith(aggregates.council, caches.council, request);
        break;
      case 'plan':
        runWith(aggregates.plan, caches.plan, request);
        break;
      case 'round':
        for (const r of runWith(aggregates.round, caches.round, request))
          reactions.push(...onResultAdopted(r.event, { eventId: r.eventId, at: request.command.data.at }));
        break;
      case 'dossier':
        for (const r of runWith(aggregates.dossier, caches.dossier, request))
          reactions.push(...onReEvaluationFiled(r.event, { eventId: r.eventId, at: request.command.data.at }));
        break;
      case 'certification':
        for (const r of runWith(aggregates.certification, caches.certification, request))
          reactions.push(...onDecision(r.event, { eventId: r.eventId, at: request.command.data.at }));
        break;
    }
    for (const d of reactions) {
      const id = d.stream.slice(d.stream.indexOf('-') + 1);
      const base = { id, commandId: d.commandId, causationId: request.commandId };
      if (d.aggregate === 'certification') exec({ ...base, aggregate: 'certification', command: d.command });
      else if (d.aggregate === 'dossier') exec({ ...base, aggregate: 'dossier', command: d.command });
      else exec({ ...base, aggregate: 'round', command: d.command });
    }
  };

  /** Appends every buffered stream, in the order their buffers began: one append per stream. */
  const flush = async (): Promise<number> => {
    let written = 0;
    for (const stream of order.splice(0)) {
      const entry = buffers.get(stream);
      if (!entry || entry.buffer.length === 0) continue;
      const events = entry.buffer.splice(0);
      const expected = entry.next === 0n ? ExpectedRevision.noStream : ExpectedRevision.exact(entry.next - 1n);
      const appended = await store.append(stream, events, expected);
      if (E.isLeft(appended)) throw new Error(`${stream}: append failed: ${JSON.stringify(appended.left)}`);
      entry.next += BigInt(events.length);
      written += events.length;
    }
    return written;
  };

  return { exec, flush, commands: () => commands };
};

export type BulkExecutor = ReturnType<typeof bulkExecutor>;
