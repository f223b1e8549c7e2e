import { either as E } from 'fp-ts';
import type { LegalSource } from '../provenance.js';
import { at, inferred, QD148, QD26 } from '../rule-sets/sources.js';

/**
 * An OCOP product code (mã số sản phẩm). From the 2025 reorganisation: province-commune-serial-year, with
 * the codes of QĐ 19/2025/QĐ-TTg. Before it: province-district-commune-serial-year, with the codes of
 * QĐ 124/2004/QĐ-TTg, e.g. "83-829-28780-3-2022". The serial is the number the commune keeps; the year is
 * that of the evaluation.
 */
export type ProductCode =
  | {
      readonly format: 'province-commune';
      readonly province: string;
      readonly commune: string;
      readonly serial: number;
      readonly year: number;
    }
  | {
      readonly format: 'province-district-commune';
      readonly province: string;
      readonly district: string;
      readonly commune: string;
      readonly serial: number;
      readonly year: number;
    };

export const productCodeFormatSources: Readonly<Record<ProductCode['format'], LegalSource>> = {
  'province-commune': at(QD26, 'Annex II, sheet headers', '(Mã tỉnh)-(Mã xã)-(STT)-(Năm đánh giá), codes of QĐ 19/2025/QĐ-TTg'),
  'province-district-commune': inferred(
    QD148,
    'Annex II',
    'five-part codes such as 83-829-28780-3-2022 (Bến Tre) appear in a third-party OCOP system; read as the format with the district code ' +
      'used before districts were abolished',
  ),
};

export type ProductCodePart = 'province' | 'district' | 'commune' | 'serial' | 'year';

export type ProductCodeError =
  | { readonly _tag: 'WrongNumberOfParts'; readonly input: string; readonly parts: number }
  | {
      readonly _tag: 'MalformedPart';
      readonly input: string;
      readonly part: ProductCodePart;
      readonly value: string;
      readonly expected: string;
    };

export const describeProductCodeError = (e: ProductCodeError): string => {
  switch (e._tag) {
    case 'WrongNumberOfParts':
      return (
        `"${e.input}" has ${e.parts} part${e.parts === 1 ? '' : 's'} separated by "-"; a product code has 4 ` +
        '(province-commune-serial-year) or, before July 2025, 5 (province-district-commune-serial-year)'
      );
    case 'MalformedPart':
      return `"${e.input}": the ${e.part} "${e.value}" should be ${e.expected}`;
  }
};

const PARTS: Readonly<Record<ProductCodePart, { readonly pattern: RegExp; readonly expected: string }>> = {
  province: { pattern: /^\d{2}$/, expected: 'a province code of 2 digits' },
  district: { pattern: /^\d{3}$/, expected: 'a district code of 3 digits' },
  commune: { pattern: /^\d{5}$/, expected: 'a commune code of 5 digits' },
  // Written as plain numbers ("3"); a leading zero would make two spellings of one code.
  serial: { pattern: /^[1-9]\d{0,8}$/, expected: 'a serial number from 1, without leading zeros' },
  year: { pattern: /^[1-9]\d{3}$/, expected: 'a year of 4 digits' },
};

const NEW_LAYOUT: ReadonlyArray<ProductCodePart> = ['province', 'commune', 'serial', 'year'];
const OLD_LAYOUT: ReadonlyArray<ProductCodePart> = ['province', 'district', 'commune', 'serial', 'year'];

const firstMalformed = (
  input: string,
  layout: ReadonlyArray<ProductCodePart>,
  values: ReadonlyArray<string>,
): ProductCodeError | undefined => {
  for (const [i, part] of layout.entries()) {
    const value = values[i] ?? '';
    if (!PARTS[part].pattern.test(value)) return { _tag: 'MalformedPart', input, part, value, expected: PARTS[part].expected };
  }
  return undefined;
};

/** Reads a product code in either format; the first malformed part is named. */
export const parseProductCode = (input: string): E.Either<ProductCodeError, ProductCode> => {
  const values = input.split('-');
  const layout = values.length === 4 ? NEW_LAYOUT : values.length === 5 ? OLD_LAYOUT : undefined;
  if (layout === undefined) return E.left({ _tag: 'WrongNumberOfParts', input, parts: values.length });
  const error = firstMalformed(input, layout, values);
  if (error) return E.left(error);
  // The defaults are never used: the layout check above fixed the number of parts.
  const [a = '', b = '', c = '', d = '', e = ''] = values;
  return E.right(
    layout === NEW_LAYOUT
      ? { format: 'province-commune', province: a, commune: b, serial: Number(c), year: Number(d) }
      : { format: 'province-district-commune', province: a, district: b, commune: c, serial: Number(d), year: Number(e) },
  );
};

export const formatProductCode = (code: ProductCode): string =>
  code.format === 'province-commune'
    ? `${code.province}-${code.commune}-${code.serial}-${code.year}`
    : `${code.province}-${code.district}-${code.commune}-${code.serial}-${code.year}`;
