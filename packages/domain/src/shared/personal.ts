import * as t from 'io-ts';
import { strict } from '@ocop/kernel';
import { PersonId } from './ids.js';

/**
 * A value encrypted for storage with a key of its one person: the cipher, the nonce, the authentication tag
 * and the ciphertext (base64). Decisions never need the clear value, so a history of sealed values replays
 * and verifies without any key.
 */
export const SealedCodec = strict('Sealed', { alg: t.literal('A256GCM'), iv: t.string, tag: t.string, data: t.string }, {});
export type Sealed = t.TypeOf<typeof SealedCodec>;

/**
 * A personal value: whose it is, and either the value, or the value sealed (encrypted with a key of that one
 * person, as stored), or — once that person's key has been destroyed — only the marker that it was erased.
 * The privacy layer recognises these objects by their `$personal` field, so erasing a person leaves every
 * event whole. `sensitive` marks the special category of the Law on Personal Data Protection (gender,
 * ethnicity, disability, as criterion 3.2 of the sheets uses them): shown only to roles that need it.
 */
export const personal = <C extends t.Mixed>(codec: C) =>
  t.union([
    strict('Personal', { $personal: PersonId, value: codec }, {}),
    strict('SealedPersonal', { $personal: PersonId, sealed: SealedCodec }, {}),
    strict('ErasedPersonal', { $personal: PersonId, erased: t.literal(true) }, {}),
  ]);

/** A sensitive personal value (special category): like `personal`, and marked so. */
export const sensitive = <C extends t.Mixed>(codec: C) =>
  t.union([
    strict('SensitivePersonal', { $personal: PersonId, sensitive: t.literal(true), value: codec }, {}),
    strict('SealedSensitivePersonal', { $personal: PersonId, sensitive: t.literal(true), sealed: SealedCodec }, {}),
    strict('ErasedSensitivePersonal', { $personal: PersonId, sensitive: t.literal(true), erased: t.literal(true) }, {}),
  ]);

export type Personal<A> =
  | { readonly $personal: PersonId; readonly value: A }
  | { readonly $personal: PersonId; readonly sealed: Sealed }
  | { readonly $personal: PersonId; readonly erased: true };
export type Sensitive<A> =
  | { readonly $personal: PersonId; readonly sensitive: true; readonly value: A }
  | { readonly $personal: PersonId; readonly sensitive: true; readonly sealed: Sealed }
  | { readonly $personal: PersonId; readonly sensitive: true; readonly erased: true };

export const personalValue = <A>(owner: PersonId, value: A): Personal<A> => ({ $personal: owner, value });
export const sensitiveValue = <A>(owner: PersonId, value: A): Sensitive<A> => ({ $personal: owner, sensitive: true, value });

/** The value, or `undefined` while sealed or once erased. */
export const reveal = <A>(p: Personal<A> | Sensitive<A>): A | undefined => ('value' in p ? p.value : undefined);

/** A person's contact details as the forms ask for them (Mẫu 01: representative, address, phone). */
export const ContactCodec = strict(
  'Contact',
  { fullName: t.string },
  { phone: t.string, idNumber: t.string, address: t.string, email: t.string },
);
export type Contact = t.TypeOf<typeof ContactCodec>;
