import { either as E } from 'fp-ts';
import type { DomainEvent, Instant } from '@ocop/kernel';
import type { RecordedEvent } from '@ocop/eventstore';
import { findingAt } from '../finding.js';
import { recordIntegritySource } from '../sources.js';
import type { AuditContext } from './context.js';
import { inWrongStream, undecodable } from './record-findings.js';
import type { Decode } from './fast-decode.js';

type Timed = DomainEvent & { readonly data: { readonly at: Instant } };

/** How one aggregate's streams are read: decoded, checked against the state before each event, folded. */
export interface LaneSpec<S, Ev extends Timed> {
  readonly decode: Decode<Ev>;
  readonly decider: { readonly evolve: (state: S, event: Ev) => S; readonly initialState: S };
  /** The stream an event belongs in, from its own id fields. */
  readonly streamOf: (event: Ev) => string;
  readonly check?: (ctx: AuditContext, recorded: RecordedEvent, event: Ev, before: S) => void;
  /** What to keep of the state after an event, when the checks need less than the decider keeps. */
  readonly keep?: (after: S, event: Ev) => S;
}

/** One aggregate's streams, each folded through its decider as it is read. */
export const lane = <S, Ev extends Timed>(spec: LaneSpec<S, Ev>) => {
  const states = new Map<string, S>();
  const stateOf = (stream: string): S => states.get(stream) ?? spec.decider.initialState;
  return {
    stateOf,
    /** Every stream's state after the events read so far. */
    states: (): Iterable<readonly [string, S]> => states.entries(),
    observe: (ctx: AuditContext, recorded: RecordedEvent): void => {
      const decoded = spec.decode(recorded);
      if (E.isLeft(decoded)) return ctx.report(undecodable(recorded, decoded.left));
      const event = decoded.right;
      const belongs = spec.streamOf(event);
      if (belongs !== recorded.stream) ctx.report(inWrongStream(recorded, belongs));
      if (recorded.metadata.businessTime !== event.data.at)
        ctx.report(
          findingAt(recorded, 'BusinessTimeMismatch', `the event states ${event.data.at}, its metadata ${recorded.metadata.businessTime}`, [
            recordIntegritySource,
          ]),
        );
      const before = stateOf(recorded.stream);
      spec.check?.(ctx, recorded, event, before);
      let after: S;
      try {
        after = spec.decider.evolve(before, event);
      } catch (error) {
        ctx.report(
          findingAt(
            recorded,
            'FoldFailed',
            `the decider cannot fold this ${event.type}: ${error instanceof Error ? error.message : String(error)}`,
            [recordIntegritySource],
          ),
        );
        return;
      }
      states.set(recorded.stream, spec.keep ? spec.keep(after, event) : after);
    },
  };
};
