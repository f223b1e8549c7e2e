import type * as t from 'io-ts';
import { NonEmptyString, strict } from '@ocop/kernel';
import { PersonId } from '../shared/ids.js';
import { ContactCodec, personal } from '../shared/personal.js';

/**
 * A council member: the person (name personal), the organisation they represent (e.g. Sở Công Thương) and
 * their position, as the establishing decision lists them (QĐ 26/2026 Art. 7.3.b, 7.4.b).
 */
export const MemberCodec = strict(
  'Member',
  { person: PersonId, name: personal(ContactCodec), organisation: NonEmptyString, position: NonEmptyString },
  {},
);
export type Member = t.TypeOf<typeof MemberCodec>;
