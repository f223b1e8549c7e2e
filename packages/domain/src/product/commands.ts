import type * as t from 'io-ts';
import { commandCodec, LocalDate, NonEmptyString, strict } from '@ocop/kernel';
import { commandDecoder } from '../shared/commands.js';
import { contextProps } from '../shared/context.js';
import { ProductId, SubjectId } from '../shared/ids.js';
import { ChannelCodec } from './channels.js';
import { SheetNumberCodec } from './events.js';
import { ProductCodeCodec } from './product-code.js';

export const RegisterProduct = commandCodec(
  'RegisterProduct',
  strict(
    'RegisterProduct',
    { productId: ProductId, subjectId: SubjectId, name: NonEmptyString, sheet: SheetNumberCodec, ...contextProps },
    {},
  ),
);
export const AssignProductCode = commandCodec(
  'AssignProductCode',
  strict('AssignProductCode', { code: ProductCodeCodec, ...contextProps }, {}),
);
export const ListOnChannel = commandCodec(
  'ListOnChannel',
  strict('ListOnChannel', { channel: ChannelCodec, since: LocalDate, ...contextProps }, { url: NonEmptyString }),
);
export const DelistFromChannel = commandCodec(
  'DelistFromChannel',
  strict('DelistFromChannel', { channel: NonEmptyString, until: LocalDate, ...contextProps }, {}),
);
export const SetTraceabilityCode = commandCodec(
  'SetTraceabilityCode',
  strict('SetTraceabilityCode', { code: NonEmptyString, ...contextProps }, {}),
);

export const productCommandCodecs = [RegisterProduct, AssignProductCode, ListOnChannel, DelistFromChannel, SetTraceabilityCode] as const;
export type ProductCommand = t.TypeOf<(typeof productCommandCodecs)[number]>;
export const decodeProductCommand = commandDecoder(productCommandCodecs, 'product');
