import * as t from 'io-ts';
import { NonEmptyString, strict } from '@ocop/kernel';

/** Where a product is sold: e-commerce platforms and modern retail chains count for the programme's indicators. */
export const ChannelKindCodec = t.keyof({ ecommerce: null, retail: null, other: null });
export type ChannelKind = t.TypeOf<typeof ChannelKindCodec>;

export const ChannelCodec = strict('Channel', { name: NonEmptyString, kind: ChannelKindCodec }, {});
export type Channel = t.TypeOf<typeof ChannelCodec>;

/** The platforms and chains the Tánh Linh 2024 plan names (Shopee, Lazada, Sendo, Tiki, Postmart, Co.opmart, Big C, Lotte Mart). */
export const knownChannels: ReadonlyArray<{ readonly name: string; readonly kind: ChannelKind }> = [
  { name: 'Shopee', kind: 'ecommerce' },
  { name: 'Lazada', kind: 'ecommerce' },
  { name: 'Sendo', kind: 'ecommerce' },
  { name: 'Tiki', kind: 'ecommerce' },
  { name: 'Postmart', kind: 'ecommerce' },
  { name: 'Co.opmart', kind: 'retail' },
  { name: 'Big C', kind: 'retail' },
  { name: 'Lotte Mart', kind: 'retail' },
];
