import * as t from 'io-ts';

export interface NonEmptyStringBrand {
  readonly NonEmptyString: unique symbol;
}
/** A string with at least one character that is not white space. */
export type NonEmptyString = t.Branded<string, NonEmptyStringBrand>;

export const NonEmptyString = t.brand(t.string, (s): s is NonEmptyString => s.trim().length > 0, 'NonEmptyString');

/** Lower case, diacritics removed (đ → d), white space collapsed: for searching Vietnamese names. */
export const foldVietnamese = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

/** For literals in code and tests: throws on a blank string, so a mistake cannot pass silently. */
export const nonEmpty = (s: string): NonEmptyString => {
  if (!NonEmptyString.is(s)) throw new Error('a blank string where text is required');
  return s;
};
