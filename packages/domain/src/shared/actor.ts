import * as t from 'io-ts';
import { NonEmptyString, strict } from '@ocop/kernel';

/** The roles that act on OCOP streams; the host maps its users to them. */
export const RoleCodec = t.keyof({
  subject: null,
  communeOfficer: null,
  districtOffice: null,
  provincialOffice: null,
  advisoryTeam: null,
  councilMember: null,
  councilChair: null,
  recognisingAuthority: null,
  ministryOffice: null,
  auditor: null,
  administrator: null,
  system: null,
});
export type Role = t.TypeOf<typeof RoleCodec>;

/**
 * Who caused an event: an account id, the role it acted in and its organisation (an office, a council,
 * a subject). No name: names are personal data and live only in fields marked personal.
 */
export const ActorCodec = strict('Actor', { id: NonEmptyString, role: RoleCodec, organisation: NonEmptyString }, {});
export type Actor = t.TypeOf<typeof ActorCodec>;
