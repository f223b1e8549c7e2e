import { either as E } from 'fp-ts';
import type { Principal } from '../auth/claims.js';
import { forbidden, notFound, type Problem } from '../http/problem.js';
import { covers, scopeOf, type RecordedArea } from './areas.js';
import type { CouncilFacts, DossierFacts, ProductFacts, RoundFacts } from './facts.js';

export type Check = E.Either<Problem, void>;
const ok: Check = E.right(undefined);

export const seesEverything = (p: Principal): boolean => p.role === 'auditor' || p.role === 'administrator';
const isCouncilRole = (p: Principal): boolean => p.role === 'councilMember' || p.role === 'councilChair';

const inArea = (p: Principal, area: RecordedArea | undefined, what: string): Check =>
  area !== undefined && covers(scopeOf(p.area), area)
    ? ok
    : E.left(forbidden('OutsideArea', `${what} is outside ${p.area}, the area of this account`));

/** A subject's products and dossiers: the subject's own; an office's or authority's area; auditors and administrators. */
const ownOrInArea = (p: Principal, owner: { readonly subjectId: string; readonly area: RecordedArea | undefined }, what: string): Check => {
  if (seesEverything(p)) return ok;
  if (p.role === 'subject')
    return p.subject === owner.subjectId ? ok : E.left(forbidden('NotYourSubject', `${what} is not of the subject this account acts for`));
  if (isCouncilRole(p)) return E.left(forbidden('RoleNotAllowed', `council members read the dossiers of their rounds, not ${what}s`));
  return inArea(p, owner.area, what);
};

export const canSeeProduct = (p: Principal, f: ProductFacts | undefined): Check =>
  f === undefined ? E.left(notFound('no such product')) : ownOrInArea(p, f, 'the product');

/** A member sees the dossiers of their council's rounds that they are not recused from. */
export const canSeeDossier = (p: Principal, f: DossierFacts | undefined, rounds: ReadonlyArray<RoundFacts>): Check => {
  if (f === undefined) return E.left(notFound('no such dossier'));
  if (!isCouncilRole(p)) return ownOrInArea(p, f, 'the dossier');
  const person = p.person;
  const mine = rounds.filter((r) => person !== undefined && r.members.includes(person));
  if (mine.length === 0) return E.left(forbidden('NotOnCouncil', 'the dossier is in no round of a council this account sits on'));
  const recused = mine.some((r) =>
    r.dossiers.some((d) => d.dossierId === f.dossierId && person !== undefined && d.recused.includes(person)),
  );
  return recused ? E.left(forbidden('Recused', 'this member is recused from the dossier')) : ok;
};

export const canSeeCouncil = (
  p: Principal,
  f: { readonly area: RecordedArea | undefined; readonly members: ReadonlyArray<string> } | undefined,
  what: string,
): Check => {
  if (f === undefined) return E.left(notFound(`no such ${what}`));
  if (seesEverything(p)) return ok;
  if (isCouncilRole(p))
    return p.person !== undefined && f.members.includes(p.person)
      ? ok
      : E.left(forbidden('NotOnCouncil', `this account does not sit on the ${what}'s council`));
  if (p.role === 'provincialOffice' || p.role === 'recognisingAuthority') return inArea(p, f.area, `the ${what}`);
  return E.left(forbidden('RoleNotAllowed', `${p.role} does not read ${what}s`));
};

export const canSeeRound = (p: Principal, f: RoundFacts | undefined): Check => canSeeCouncil(p, f, 'round');
export const canSeeCouncilFacts = (p: Principal, f: CouncilFacts | undefined): Check => canSeeCouncil(p, f, 'council');
