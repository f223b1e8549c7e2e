import { either as E } from 'fp-ts';
import type { Decider } from '@ocop/kernel';
import { conflict, notFound, type DomainError } from '../shared/errors.js';
import type { ProductCommand } from './commands.js';
import type { ProductEvent } from './events.js';
import { initialProductState, type ProductState } from './state.js';

type Registered = Extract<ProductState, { status: 'registered' }>;

const registered = (state: ProductState): E.Either<DomainError, Registered> =>
  state.status === 'registered' ? E.right(state) : E.left(notFound('ProductNotRegistered', 'the product is not registered'));

/** A product of a subject: the sheet it is scored on, its code, its sales channels and traceability code. */
export const decideProduct = (command: ProductCommand, state: ProductState): E.Either<DomainError, ReadonlyArray<ProductEvent>> => {
  if (command.type === 'RegisterProduct')
    return state.status === 'none'
      ? E.right([{ type: 'ProductRegistered', data: command.data }])
      : E.left(conflict('ProductAlreadyRegistered', `product ${state.productId} is already registered`));
  return E.chain((p: Registered): E.Either<DomainError, ReadonlyArray<ProductEvent>> => {
    switch (command.type) {
      case 'AssignProductCode':
        if (p.code === command.data.code) return E.right([]);
        return E.right([{ type: 'ProductCodeAssigned', data: { productId: p.productId, ...command.data } }]);
      case 'ListOnChannel':
        if (p.channels.includes(command.data.channel.name))
          return E.left(conflict('AlreadyListed', `the product is already listed on ${command.data.channel.name}`));
        return E.right([{ type: 'ProductListed', data: { productId: p.productId, ...command.data } }]);
      case 'DelistFromChannel':
        if (!p.channels.includes(command.data.channel))
          return E.left(conflict('NotListed', `the product is not listed on ${command.data.channel}`));
        return E.right([{ type: 'ProductDelisted', data: { productId: p.productId, ...command.data } }]);
      case 'SetTraceabilityCode':
        return E.right([{ type: 'TraceabilityCodeSet', data: { productId: p.productId, ...command.data } }]);
    }
  })(registered(state));
};

export const evolveProduct = (state: ProductState, event: ProductEvent): ProductState => {
  if (event.type === 'ProductRegistered')
    return {
      status: 'registered',
      productId: event.data.productId,
      subjectId: event.data.subjectId,
      sheet: event.data.sheet,
      channels: [],
    };
  if (state.status !== 'registered') return state;
  switch (event.type) {
    case 'ProductCodeAssigned':
      return { ...state, code: event.data.code };
    case 'ProductListed':
      return { ...state, channels: [...state.channels, event.data.channel.name] };
    case 'ProductDelisted':
      return { ...state, channels: state.channels.filter((c) => c !== event.data.channel) };
    case 'TraceabilityCodeSet':
      return state;
  }
};

export const productDecider: Decider<ProductCommand, ProductState, ProductEvent, DomainError> = {
  decide: decideProduct,
  evolve: evolveProduct,
  initialState: initialProductState,
};

export const productStream = (productId: string): string => `Product-${productId}`;
