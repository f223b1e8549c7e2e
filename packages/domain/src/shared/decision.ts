import * as t from 'io-ts';
import { LocalDate, NonEmptyString, strict } from '@ocop/kernel';
import { LevelCodec } from '@ocop/rules';
import { PersonId } from './ids.js';
import { personal, ContactCodec } from './personal.js';

/**
 * The person who signs a decision, in the capacity the act names (e.g. "Chủ tịch UBND cấp tỉnh") at a level.
 * The name is personal data; the capacity and level are what the rules check.
 */
export const SignerCodec = strict(
  'Signer',
  { person: PersonId, name: personal(ContactCodec), title: NonEmptyString, level: LevelCodec },
  { province: t.string },
);
export type Signer = t.TypeOf<typeof SignerCodec>;

/** An administrative decision (quyết định): its number as issued, its date and its signer. */
export const DecisionRefCodec = strict('DecisionRef', { number: NonEmptyString, date: LocalDate, signer: SignerCodec }, {});
export type DecisionRef = t.TypeOf<typeof DecisionRefCodec>;
