import * as t from 'io-ts';
import { either as E } from 'fp-ts';
import { eventCodec, eventSchema, strict, type Decider } from '@ocop/kernel';

/** A tiny aggregate for the contract: a tally that adds positive amounts until it is closed. */
export type TallyCommand = { readonly type: 'Add'; readonly amount: number } | { readonly type: 'Close' };
export interface TallyState {
  readonly total: number;
  readonly closed: boolean;
}
export type TallyRefusal = 'TallyClosed' | 'AmountNotPositive';

export const tallyCodec = eventCodec([
  eventSchema('Added', strict('Added', { amount: t.number }, {})),
  eventSchema('Closed', strict('Closed', {}, {})),
]);
export type TallyEvent = Parameters<typeof tallyCodec.encode>[0];

export const tally: Decider<TallyCommand, TallyState, TallyEvent, TallyRefusal> = {
  initialState: { total: 0, closed: false },
  decide: (command, state) => {
    if (state.closed) return E.left('TallyClosed');
    if (command.type === 'Close') return E.right([{ type: 'Closed', data: {} }]);
    return command.amount > 0 ? E.right([{ type: 'Added', data: { amount: command.amount } }]) : E.left('AmountNotPositive');
  },
  evolve: (state, event) => (event.type === 'Closed' ? { ...state, closed: true } : { ...state, total: state.total + event.data.amount }),
};
