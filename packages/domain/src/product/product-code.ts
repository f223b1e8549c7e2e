import * as t from 'io-ts';
import { either as E } from 'fp-ts';
import { describeProductCodeError, parseProductCode } from '@ocop/rules';

/**
 * The product code (mã số sản phẩm) printed on the sheet header: (province)-(commune)-(serial)-(year) with
 * QĐ 19/2025 codes (QĐ 26/2026 Annex II), or, for products coded before July 2025,
 * (province)-(district)-(commune)-(serial)-(year). Kept as written; the rules package parses it.
 */
export const ProductCodeCodec = new t.Type<string, string, unknown>(
  'ProductCode',
  (u): u is string => typeof u === 'string' && E.isRight(parseProductCode(u)),
  (u, c) => {
    if (typeof u !== 'string') return t.failure(u, c, 'a product code is a string such as "68-23149-12-2026"');
    const parsed = parseProductCode(u);
    return E.isRight(parsed) ? t.success(u) : t.failure(u, c, describeProductCodeError(parsed.left));
  },
  (s) => s,
);
