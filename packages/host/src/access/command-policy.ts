import { either as E } from 'fp-ts';
import type { ExecuteRequest } from '@ocop/ledger';
import type { HostRole, Principal } from '../auth/claims.js';
import { forbidden, type Problem } from '../http/problem.js';
import { planIdParts } from '../commands/plan-id.js';
import { covers, scopeOf, type RecordedArea } from './areas.js';
import type { Facts } from './facts.js';

/**
 * Who may send each command. The domain lists who is expected to send them; the host maps its roles onto
 * that: the provincial office also files the advisory team's report and acts for the (abolished) districts;
 * the commands the process managers send (results, decisions, re-evaluations noted, expiries, reminders, lapses) are
 * the administrator's only, to repeat a reaction or record an expiry when its day has come.
 */
export const commandRoles: Readonly<Record<string, ReadonlyArray<HostRole>>> = {
  RegisterSubject: ['subject', 'communeOfficer'],
  ChangeRepresentative: ['subject'],
  UpdateRegistration: ['subject'],
  ChangeLegalForm: ['subject'],
  RegisterProduct: ['subject', 'communeOfficer'],
  AssignProductCode: ['communeOfficer', 'provincialOffice'],
  ListOnChannel: ['subject'],
  DelistFromChannel: ['subject'],
  SetTraceabilityCode: ['subject'],
  SetProgrammeTargets: ['provincialOffice', 'communeOfficer'],
  EstablishCouncil: ['provincialOffice', 'recognisingAuthority'],
  AddCouncilMember: ['provincialOffice', 'recognisingAuthority'],
  RemoveCouncilMember: ['provincialOffice', 'recognisingAuthority'],
  ChangeCouncilChair: ['provincialOffice', 'recognisingAuthority'],
  ChangeCouncilRules: ['provincialOffice', 'recognisingAuthority'],
  OpenRound: ['provincialOffice'],
  AssignDossier: ['provincialOffice'],
  DeclareConflict: ['councilMember', 'councilChair'],
  SubmitSheet: ['councilMember', 'councilChair'],
  CloseScoring: ['councilChair'],
  AdoptResult: ['councilChair'],
  RemoveDossierFromRound: ['provincialOffice'],
  CloseRound: ['councilChair'],
  FileDossier: ['subject'],
  AddEvidence: ['subject'],
  CompleteCommuneCheck: ['communeOfficer'],
  ForwardDossier: ['communeOfficer', 'provincialOffice'],
  CheckIntake: ['provincialOffice'],
  ProvideSupplement: ['subject'],
  RecordAdvisoryReview: ['provincialOffice'],
  DisqualifyDossier: ['communeOfficer', 'provincialOffice'],
  WithdrawDossier: ['subject'],
  ReceiveCouncilResult: ['administrator'],
  RecordDossierDecision: ['administrator'],
  LapseDossier: ['administrator'],
  RecordCouncilResult: ['administrator'],
  NoteReEvaluationFiled: ['administrator'],
  DecideRecognition: ['recognisingAuthority'],
  RefuseRecognition: ['recognisingAuthority'],
  ExpireCertificate: ['administrator'],
  RemindOfExpiry: ['administrator'],
  RevokeCertificate: ['recognisingAuthority'],
  AnnulRecognition: ['recognisingAuthority'],
};

type Check = E.Either<Problem, void>;
const ok: Check = E.right(undefined);
const deny = (rule: string, detail: string): Check => E.left(forbidden(rule, detail));

const inArea = (p: Principal, area: RecordedArea | undefined, what: string): Check =>
  area !== undefined && covers(scopeOf(p.area), area) ? ok : deny('OutsideArea', `${what} is outside ${p.area}, the area of this account`);

const ownSubject = (p: Principal, subjectId: string | undefined, what: string): Check =>
  p.subject !== undefined && subjectId === p.subject ? ok : deny('NotYourSubject', `${what} is not of the subject this account acts for`);

/** The level an account signs at: its area's. */
const levelOf = (p: Principal): string => (p.area === 'VN' ? 'central' : p.area.length === 2 ? 'province' : 'commune');

const signedAtOwnLevel = (p: Principal, signer: { readonly level: string; readonly province?: string }): Check =>
  signer.level !== levelOf(p)
    ? deny('NotYourLevel', `a ${levelOf(p)}-level authority signs at its own level, not ${signer.level}`)
    : signer.province !== undefined && levelOf(p) === 'province' && !covers(scopeOf(p.area), { province: signer.province })
      ? deny('OutsideArea', `the signer's province ${signer.province} is outside ${p.area}`)
      : ok;

const then = async (first: Check, next: () => Check | Promise<Check>): Promise<Check> => (E.isLeft(first) ? first : next());

const lift = <A>(found: E.Either<Problem, A | undefined>, k: (a: A | undefined) => Check | Promise<Check>): Check | Promise<Check> =>
  E.isLeft(found) ? found : k(found.right);

/** Round commands: the office of the round's area; members and the chair in their own name, on their own council. */
const checkRound = async (
  p: Principal,
  id: string,
  c: Extract<ExecuteRequest, { readonly aggregate: 'round' }>['command'],
  facts: Facts,
): Promise<Check> => {
  if (c.type === 'OpenRound') return inArea(p, c.data.province === undefined ? undefined : { province: c.data.province }, 'the round');
  const round = await facts.round(id);
  if (E.isLeft(round)) return round;
  const f = round.right;
  if (f === undefined) return ok;
  switch (c.type) {
    case 'AssignDossier':
      return then(inArea(p, f.area, 'the round'), async () =>
        lift(await facts.dossier(c.data.dossierId), (d) => inArea(p, d?.area, 'the dossier')),
      );
    case 'RemoveDossierFromRound':
      return inArea(p, f.area, 'the round');
    case 'DeclareConflict':
    case 'SubmitSheet':
      if (p.person === undefined || c.data.person !== p.person)
        return deny('NotYourself', 'a member declares and scores for themself only');
      return f.members.includes(p.person) ? ok : deny('NotOnCouncil', 'this account does not sit on the round’s council');
    case 'CloseScoring':
    case 'AdoptResult':
    case 'CloseRound':
      if (p.person === undefined || c.data.chair !== p.person) return deny('NotYourself', 'the chair acts in their own name only');
      return f.chair === p.person ? ok : deny('NotTheChair', 'this account does not chair the round’s council');
  }
};

/**
 * Whether the principal may send this command on this resource: besides its role, its area (with the units
 * merged into it), its own subject, its own council seat, its own level. Facts are read from the store.
 */
export const checkCommand = async (p: Principal, r: ExecuteRequest, facts: Facts): Promise<Check> => {
  if (p.role === 'administrator') return ok;

  switch (r.aggregate) {
    case 'subject': {
      const c = r.command;
      if (c.type === 'RegisterSubject')
        return p.role === 'subject' ? ownSubject(p, c.data.subjectId, 'the subject') : inArea(p, c.data.area, 'the subject');
      return ownSubject(p, r.id, 'the subject');
    }
    case 'product': {
      const c = r.command;
      if (c.type === 'RegisterProduct') {
        if (p.role === 'subject') return ownSubject(p, c.data.subjectId, 'the product');
        return lift(await facts.subject(c.data.subjectId), (s) => inArea(p, s?.area, 'the subject of the product'));
      }
      return lift(await facts.product(r.id), (f) =>
        f === undefined
          ? ok // the decider answers that there is no such product
          : p.role === 'subject'
            ? ownSubject(p, f.subjectId, 'the product')
            : inArea(p, f.area, 'the product'),
      );
    }
    case 'plan': {
      const area = planIdParts(r.id);
      return inArea(p, area, 'the plan');
    }
    case 'council': {
      const c = r.command;
      // Every council decision, not only the one setting it up, is the establishing level's (QĐ 26/2026 Art. 7.3.b, 7.4.b):
      // an authority signs it at its own level, in its own province.
      const signed = (): Check => (p.role === 'recognisingAuthority' ? signedAtOwnLevel(p, c.data.decision.signer) : ok);
      if (c.type === 'EstablishCouncil')
        return then(inArea(p, c.data.province === undefined ? undefined : { province: c.data.province }, 'the council'), signed);
      return lift(await facts.council(r.id), (f) => (f === undefined ? ok : then(inArea(p, f.area, 'the council'), signed)));
    }
    case 'round':
      return checkRound(p, r.id, r.command, facts);
    case 'dossier': {
      const c = r.command;
      if (c.type === 'FileDossier') {
        if (p.role !== 'subject') return deny('RoleNotAllowed', 'only the subject files its dossiers');
        return then(ownSubject(p, c.data.subjectId, 'the dossier'), async () =>
          lift(await facts.product(c.data.productId), (f) =>
            f?.subjectId === p.subject ? ok : deny('NotYourProduct', 'a subject files dossiers for its own registered products only'),
          ),
        );
      }
      return lift(await facts.dossier(r.id), (f) =>
        f === undefined ? ok : p.role === 'subject' ? ownSubject(p, f.subjectId, 'the dossier') : inArea(p, f.area, 'the dossier'),
      );
    }
    case 'certification': {
      const c = r.command;
      const place = await facts.product(r.id);
      if (E.isLeft(place)) return place;
      const area = place.right?.area;
      switch (c.type) {
        case 'DecideRecognition':
        case 'RefuseRecognition':
        case 'RevokeCertificate':
        case 'AnnulRecognition':
          return then(inArea(p, area, 'the product'), () => signedAtOwnLevel(p, c.data.decision.signer));
        default:
          return deny('RoleNotAllowed', `${c.type} is the process manager's`);
      }
    }
  }
};
