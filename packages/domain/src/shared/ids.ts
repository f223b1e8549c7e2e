import * as t from 'io-ts';

/**
 * Identifiers are chosen by the caller (the domain never makes ids): letters, digits and `._:~-`, at most
 * 128 characters, so that an id can sit in a stream name as it is.
 */
const idPattern = /^[A-Za-z0-9][A-Za-z0-9._:~-]{0,127}$/;
export const isId = (s: string): boolean => idPattern.test(s);

export interface SubjectIdBrand {
  readonly SubjectId: unique symbol;
}
export const SubjectId = t.brand(t.string, (s): s is t.Branded<string, SubjectIdBrand> => idPattern.test(s), 'SubjectId');
export type SubjectId = t.TypeOf<typeof SubjectId>;

export interface ProductIdBrand {
  readonly ProductId: unique symbol;
}
export const ProductId = t.brand(t.string, (s): s is t.Branded<string, ProductIdBrand> => idPattern.test(s), 'ProductId');
export type ProductId = t.TypeOf<typeof ProductId>;

export interface DossierIdBrand {
  readonly DossierId: unique symbol;
}
export const DossierId = t.brand(t.string, (s): s is t.Branded<string, DossierIdBrand> => idPattern.test(s), 'DossierId');
export type DossierId = t.TypeOf<typeof DossierId>;

export interface CouncilIdBrand {
  readonly CouncilId: unique symbol;
}
export const CouncilId = t.brand(t.string, (s): s is t.Branded<string, CouncilIdBrand> => idPattern.test(s), 'CouncilId');
export type CouncilId = t.TypeOf<typeof CouncilId>;

export interface RoundIdBrand {
  readonly RoundId: unique symbol;
}
export const RoundId = t.brand(t.string, (s): s is t.Branded<string, RoundIdBrand> => idPattern.test(s), 'RoundId');
export type RoundId = t.TypeOf<typeof RoundId>;

export interface CertificateIdBrand {
  readonly CertificateId: unique symbol;
}
export const CertificateId = t.brand(t.string, (s): s is t.Branded<string, CertificateIdBrand> => idPattern.test(s), 'CertificateId');
export type CertificateId = t.TypeOf<typeof CertificateId>;

/** A person whose data is personal: a representative, a council member, an officer, a signer. */
export interface PersonIdBrand {
  readonly PersonId: unique symbol;
}
export const PersonId = t.brand(t.string, (s): s is t.Branded<string, PersonIdBrand> => idPattern.test(s), 'PersonId');
export type PersonId = t.TypeOf<typeof PersonId>;
