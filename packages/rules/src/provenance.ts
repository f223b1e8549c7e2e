import * as t from 'io-ts';
import { LocalDate, strict } from '@ocop/kernel';

/**
 * How firmly a rule is known, as labelled in the project's rule notes:
 * `primary`: read in the act's own text; `secondary`: read in an official summary, news or a legal Q&A
 * quoting the act; `inference`: the project's reading where no source says it.
 */
export type Verification = 'primary' | 'secondary' | 'inference';

/** Where a rule comes from: the act, its date, the article, and how firmly it is known. */
export interface LegalSource {
  /** The act's number as it is cited, e.g. "QĐ 26/2026/QĐ-TTg". */
  readonly act: string;
  /** The act's date (signature). */
  readonly date: LocalDate;
  /** Article, clause and point, e.g. "Art. 7.6.a" or "Annex II, sheet 3". */
  readonly article?: string;
  readonly verification: Verification;
  /** Why an inference was made, or what a secondary source said. */
  readonly note?: string;
}

/** A rule value together with its source, so that every figure can be explained. */
export interface Sourced<A> {
  readonly value: A;
  readonly source: LegalSource;
}

export const sourced = <A>(value: A, source: LegalSource): Sourced<A> => ({ value, source });

/** One line for explanations: "QĐ 26/2026/QĐ-TTg (2026-05-22), Art. 4.3". */
export const cite = (s: LegalSource): string =>
  `${s.act} (${s.date})${s.article ? `, ${s.article}` : ''}${s.verification === 'primary' ? '' : ` [${s.verification}]`}`;

export const VerificationCodec = t.keyof({ primary: null, secondary: null, inference: null }, 'Verification');

export const LegalSourceCodec = strict(
  'LegalSource',
  { act: t.string, date: LocalDate, verification: VerificationCodec },
  { article: t.string, note: t.string },
);
