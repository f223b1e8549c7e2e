import * as t from 'io-ts';
import { NonEmptyString, strict } from '@ocop/kernel';
import { PersonId, SubjectId, type Actor } from '@ocop/domain';

/**
 * The roles the host gives accounts. The domain knows more (district offices, advisory teams, the ministry,
 * the system): districts ended in 2025, the provincial office files the advisory team's report, and the
 * host itself acts as the system.
 */
export const HostRoleCodec = t.keyof({
  subject: null,
  communeOfficer: null,
  provincialOffice: null,
  councilMember: null,
  councilChair: null,
  recognisingAuthority: null,
  auditor: null,
  administrator: null,
});
export type HostRole = t.TypeOf<typeof HostRoleCodec>;
export const hostRoles: ReadonlyArray<HostRole> = Object.keys(HostRoleCodec.keys).filter((k): k is HostRole => HostRoleCodec.is(k));

/** Where an account works: a province (2 digits), a commune (5 digits), or the whole country (`VN`). */
export const AreaCodeCodec = t.refinement(t.string, (s) => s === 'VN' || /^\d{2}$/.test(s) || /^\d{5}$/.test(s), 'AreaCode');

/** What a host token says, beyond its issuer, audience and times. */
export const ClaimsCodec = strict(
  'Claims',
  { sub: NonEmptyString, role: HostRoleCodec, org: NonEmptyString, area: AreaCodeCodec },
  { person: PersonId, subject: SubjectId },
);
export type Claims = t.TypeOf<typeof ClaimsCodec>;

/** The caller of a request, as its token names it. */
export interface Principal {
  readonly id: string;
  readonly role: HostRole;
  readonly organisation: string;
  readonly area: string;
  /** The person the account is (a council member, a signer): the id their personal data is kept under. */
  readonly person?: PersonId;
  /** For a subject's account: the subject whose dossiers and products it may see and act on. */
  readonly subject?: SubjectId;
}

export const principalOf = (c: Claims): Principal => ({
  id: c.sub,
  role: c.role,
  organisation: c.org,
  area: c.area,
  ...(c.person === undefined ? {} : { person: c.person }),
  ...(c.subject === undefined ? {} : { subject: c.subject }),
});

/** The `by` of the commands a principal sends. */
export const actorOf = (p: Principal): Actor => ({
  id: NonEmptyStringOf(p.id),
  role: p.role,
  organisation: NonEmptyStringOf(p.organisation),
});

const NonEmptyStringOf = (s: string): NonEmptyString => {
  // Claims are decoded with NonEmptyString, so a principal's id and organisation are never blank.
  if (!NonEmptyString.is(s)) throw new Error('a principal with a blank id or organisation');
  return s;
};
