import type { either as E } from 'fp-ts';

/**
 * The shape of every aggregate: a pure decision and a pure fold.
 * `decide` says which events a command causes in a state, or why it is refused;
 * `evolve` applies one event; `initialState` is the state of a stream with no events.
 * Time, ids and the acting person come in the command: nothing here reads a clock or a database.
 */
export interface Decider<Command, State, Event, Error> {
  readonly decide: (command: Command, state: State) => E.Either<Error, ReadonlyArray<Event>>;
  readonly evolve: (state: State, event: Event) => State;
  readonly initialState: State;
}

/** The state after `events`, folded from the decider's initial state. */
export const fold =
  <S, E>(decider: Pick<Decider<unknown, S, E, unknown>, 'evolve' | 'initialState'>) =>
  (events: ReadonlyArray<E>, from: S = decider.initialState): S =>
    events.reduce(decider.evolve, from);
