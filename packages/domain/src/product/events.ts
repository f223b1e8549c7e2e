import * as t from 'io-ts';
import { eventCodec, eventSchema, LocalDate, NonEmptyString, strict, type EventsOf } from '@ocop/kernel';
import { contextProps } from '../shared/context.js';
import { ProductId, SubjectId } from '../shared/ids.js';
import { ChannelCodec } from './channels.js';
import { ProductCodeCodec } from './product-code.js';

/** The scoring sheet (bộ sản phẩm) a product is evaluated on: 1 to 26 (QĐ 26/2026 Annex I). */
export const SheetNumberCodec = t.refinement(t.number, (n) => Number.isInteger(n) && n >= 1 && n <= 26, 'SheetNumber');

export const ProductRegistered = eventSchema(
  'ProductRegistered',
  strict(
    'ProductRegistered',
    { productId: ProductId, subjectId: SubjectId, name: NonEmptyString, sheet: SheetNumberCodec, ...contextProps },
    {},
  ),
);

export const ProductCodeAssigned = eventSchema(
  'ProductCodeAssigned',
  strict('ProductCodeAssigned', { productId: ProductId, code: ProductCodeCodec, ...contextProps }, {}),
);

export const ProductListed = eventSchema(
  'ProductListed',
  strict('ProductListed', { productId: ProductId, channel: ChannelCodec, since: LocalDate, ...contextProps }, { url: NonEmptyString }),
);

export const ProductDelisted = eventSchema(
  'ProductDelisted',
  strict('ProductDelisted', { productId: ProductId, channel: NonEmptyString, until: LocalDate, ...contextProps }, {}),
);

export const TraceabilityCodeSet = eventSchema(
  'TraceabilityCodeSet',
  strict('TraceabilityCodeSet', { productId: ProductId, code: NonEmptyString, ...contextProps }, {}),
);

export const productEvents = eventCodec([ProductRegistered, ProductCodeAssigned, ProductListed, ProductDelisted, TraceabilityCodeSet]);
export type ProductEvent = EventsOf<typeof productEvents>;
