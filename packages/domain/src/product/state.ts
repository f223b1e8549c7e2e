import type { ProductId, SubjectId } from '../shared/ids.js';

export type ProductState =
  | { readonly status: 'none' }
  | {
      readonly status: 'registered';
      readonly productId: ProductId;
      readonly subjectId: SubjectId;
      readonly sheet: number;
      readonly code?: string;
      /** Channel names the product is listed on now. */
      readonly channels: ReadonlyArray<string>;
    };

export const initialProductState: ProductState = { status: 'none' };
