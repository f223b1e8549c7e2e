// What the codecs cannot say about the domain's events and commands: what each event means, which commands may
// cause it and in which roles, and why each command may be refused, with the source of the rule. The shapes
// (fields, types, versions, personal data) are read from the codecs by domain-doc.ts; catalogue.test.ts checks
// this file against the code: every event and command listed once, every refusal the deciders can give named.
import type * as t from 'io-ts';
import { cite, qd148_2023, qd26_2026, type LegalSource } from '@ocop/rules';
import {
  AddCouncilMember,
  AddEvidence,
  AdoptResult,
  AdvisoryReviewRecorded,
  AnnulRecognition,
  AssignDossier,
  AssignProductCode,
  CertificateExpired,
  CertificateIssued,
  CertificateRevoked,
  CertificateSuperseded,
  ChangeCouncilChair,
  ChangeCouncilRules,
  ChangeLegalForm,
  ChangeRepresentative,
  CheckIntake,
  CloseRound,
  CloseScoring,
  CommuneCheckCompleted,
  CompleteCommuneCheck,
  CouncilChairChanged,
  CouncilEstablished,
  CouncilMemberAdded,
  CouncilMemberRemoved,
  CouncilResultReceived,
  CouncilResultRecorded,
  CouncilRulesChanged,
  DecideRecognition,
  DeclareConflict,
  DelistFromChannel,
  DisqualifyDossier,
  DossierAssigned,
  DossierDecided,
  DossierDisqualified,
  DossierFiled,
  DossierForwarded,
  DossierLapsed,
  DossierRemovedFromRound,
  DossierWithdrawn,
  EstablishCouncil,
  EvidenceAdded,
  ExpireCertificate,
  ExpiryReminderSent,
  FileDossier,
  ForwardDossier,
  IntakeChecked,
  LapseDossier,
  ListOnChannel,
  MemberRecused,
  NoteReEvaluationFiled,
  OpenRound,
  ProductCodeAssigned,
  ProductDelisted,
  ProductListed,
  ProductRegistered,
  ProgrammeTargetsSet,
  ProvideSupplement,
  ReEvaluationConcluded,
  ReEvaluationFiled,
  ReceiveCouncilResult,
  RecognitionAnnulled,
  RecognitionDecided,
  RecognitionRefused,
  RecordAdvisoryReview,
  RecordCouncilResult,
  RecordDossierDecision,
  RefuseRecognition,
  RegisterProduct,
  RegisterSubject,
  RemindOfExpiry,
  RemoveCouncilMember,
  RemoveDossierFromRound,
  RescoringRequested,
  ResultAdopted,
  RevokeCertificate,
  RoundClosed,
  RoundOpened,
  ScoringClosed,
  SetProgrammeTargets,
  SetTraceabilityCode,
  SheetSubmitted,
  SubjectLegalFormChanged,
  SubjectRegistered,
  SubjectRegistrationUpdated,
  SubjectRepresentativeChanged,
  SubmitSheet,
  SupplementProvided,
  TraceabilityCodeSet,
  UpdateRegistration,
  WithdrawDossier,
  annulmentSource,
  certificationEvents,
  certificationStream,
  communeCheckSource,
  councilEvents,
  councilSource,
  councilStream,
  disqualificationSource,
  dossierEvents,
  dossierStream,
  fallbackSource,
  inference,
  planEvents,
  planStream,
  productEvents,
  productStream,
  provincialIntakeSource,
  reEvaluationSource,
  recognitionSource,
  revocationSource,
  roundEvents,
  roundStream,
  subjectEvents,
  subjectLegalFormSource,
  subjectStream,
  transitionalSource,
  upgradeSource,
  type DomainError,
  type Role,
} from '../src/index.js';

/** An event schema, taken by shape (codecs are invariant). */
export interface SchemaEntry {
  readonly type: string;
  readonly version: number;
  readonly codec: t.Mixed;
}

export interface Refusal {
  readonly rule: string;
  readonly kind: DomainError['kind'];
  readonly when: string;
  readonly source?: LegalSource;
  /** Built from a tag of the rules package rather than named in the decider's code (see the round's `problem`). */
  readonly computed?: boolean;
}

export interface CommandEntry {
  readonly codec: t.Mixed;
  /** The roles expected to send it. The deciders check levels and the chair, not roles: hosts map users to roles. */
  readonly roles: ReadonlyArray<Role>;
  readonly emits: ReadonlyArray<string>;
  readonly does: string;
  readonly refusals: ReadonlyArray<Refusal>;
}

export interface AggregateEntry {
  readonly name: string;
  /** The folder of src/ that holds its decider, where its refusals are named. */
  readonly folder: string;
  readonly about: string;
  readonly stream: string;
  readonly streamExample: string;
  /** The event family's codec, as far as the catalogue needs it. */
  readonly family: Family;
  readonly events: ReadonlyArray<SchemaEntry>;
  readonly meanings: Readonly<Record<string, string>>;
  readonly commands: ReadonlyArray<CommandEntry>;
}

/** What the catalogue reads of an event codec: its types and the current version of each. */
export interface Family {
  readonly types: ReadonlyArray<string>;
  readonly versionOf: (type: string) => number | undefined;
}

const family = <T extends string>(codec: { readonly types: ReadonlyArray<T>; readonly versionOf: (type: T) => number }): Family => ({
  types: codec.types,
  versionOf: (type) => {
    const known = codec.types.find((x) => x === type);
    return known === undefined ? undefined : codec.versionOf(known);
  },
});

const r = (rule: string, kind: DomainError['kind'], when: string, source?: LegalSource): Refusal => ({
  rule,
  kind,
  when,
  ...(source ? { source } : {}),
});
const computed = (rule: string, kind: DomainError['kind'], when: string, source?: LegalSource): Refusal => ({
  ...r(rule, kind, when, source),
  computed: true,
});

const levels = qd26_2026.levels.source;
const levels148 = qd148_2023.levels.source;
const membersInference = inference(
  'Art. 7.3.b',
  'the act lists at least six departments; fewer than three members makes quorum and spread meaningless',
);

const subjectNotRegistered = r('SubjectNotRegistered', 'notFound', 'no subject has been registered in this stream');
const productNotRegistered = r('ProductNotRegistered', 'notFound', 'no product has been registered in this stream');
const councilNotEstablished = r('CouncilNotEstablished', 'notFound', 'no council has been established in this stream');
const notCompetentToChange = r(
  'NotCompetentToChangeCouncil',
  'forbidden',
  "the decision is not signed at the council's level",
  councilSource,
);
const roundNotOpened = r('RoundNotOpened', 'notFound', 'no round has been opened in this stream');
const roundClosed = r('RoundClosed', 'conflict', 'the round is closed');
const dossierNotInRound = r('DossierNotInRound', 'notFound', 'the dossier is not in the round, or has left it');
const scoringNotOpen = r('ScoringNotOpen', 'conflict', "the dossier's scoring is closed or its result adopted");
const notTheChair = r('NotTheChair', 'forbidden', "the person named as chair is not the council's chair", councilSource);
const quorumNotMet = r(
  'QuorumNotMet',
  'conflict',
  "fewer sheets than the quorum of the council's rules (e.g. 3/4 of the members not recused), or the chair's sheet missing when the rules require it",
  councilSource,
);
const defensive = [
  computed('NotAMember', 'invalid', 'a sheet of a non-member is among the sheets (cannot follow from the commands)'),
  computed('RecusedMemberScored', 'invalid', 'a recused member’s sheet is among the sheets (cannot follow from the commands)'),
  computed('DuplicateSheet', 'invalid', 'two sheets of one member in an attempt (cannot follow from the commands)'),
  r('SheetInvalid', 'invalid', 'a recorded sheet cannot be scored (cannot follow from the commands: sheets are scored when submitted)'),
  r('UnknownSheet', 'invalid', "the dossier's sheet is not in its rule set (every rule set has sheets 1–26)"),
  r('NoCouncilAtLevel', 'invalid', "the round's level has no council in the dossier's rule set (checked at assignment)"),
];
const dossierNotFiled = r('DossierNotFiled', 'notFound', 'no dossier has been filed in this stream');
const wrongStage = (what: string): Refusal => r('WrongStage', 'conflict', `the dossier is not at a stage where ${what}`);
const noHistory = r('NoCertificationHistory', 'notFound', 'no council result has been recorded for this product');
const certificateNotFound = r('CertificateNotFound', 'notFound', 'the certificate was not issued for this product');
const certificateNotValid = (what: string): Refusal => r('CertificateNotValid', 'conflict', `the certificate is ${what}`);

export const aggregates: ReadonlyArray<AggregateEntry> = [
  {
    name: 'Subject',
    folder: 'subject',
    about:
      'A subject (chủ thể OCOP) that may apply: a cooperative, cooperative group, small or medium enterprise, farm or registered household; associations and operating centres for community tourism only (QĐ 26/2026 Art. 2.3).',
    stream: 'Subject-{subjectId}',
    streamExample: subjectStream('htx-duc-lan'),
    family: family(subjectEvents),
    events: [SubjectRegistered, SubjectRepresentativeChanged, SubjectRegistrationUpdated, SubjectLegalFormChanged],
    meanings: {
      SubjectRegistered:
        'A subject was registered with its name, legal form, area, business registration and legal representative. The representative is personal data; the facts criterion 3.2 of every sheet asks about (a woman, an ethnic minority, a disability) are special-category data.',
      SubjectRepresentativeChanged: 'The subject has a new legal representative.',
      SubjectRegistrationUpdated: 'The business registration was renewed or corrected.',
      SubjectLegalFormChanged: 'The subject changed its legal form (e.g. a household became a cooperative).',
    },
    commands: [
      {
        codec: RegisterSubject,
        roles: ['subject', 'communeOfficer'],
        emits: ['SubjectRegistered'],
        does: 'Registers a subject.',
        refusals: [r('SubjectAlreadyRegistered', 'conflict', 'the stream already holds a subject')],
      },
      {
        codec: ChangeRepresentative,
        roles: ['subject'],
        emits: ['SubjectRepresentativeChanged'],
        does: 'Records a new legal representative.',
        refusals: [subjectNotRegistered],
      },
      {
        codec: UpdateRegistration,
        roles: ['subject'],
        emits: ['SubjectRegistrationUpdated'],
        does: 'Records a renewed or corrected registration.',
        refusals: [subjectNotRegistered],
      },
      {
        codec: ChangeLegalForm,
        roles: ['subject'],
        emits: ['SubjectLegalFormChanged'],
        does: 'Records a change of legal form.',
        refusals: [subjectNotRegistered, r('LegalFormUnchanged', 'conflict', 'the subject already has that form', subjectLegalFormSource)],
      },
    ],
  },
  {
    name: 'Product',
    folder: 'product',
    about:
      'A product of a subject: the sheet it is scored on (1 to 26, QĐ 26/2026 Annex I), its product code, the sales channels it is listed on and its traceability code.',
    stream: 'Product-{productId}',
    streamExample: productStream('gao-st25'),
    family: family(productEvents),
    events: [ProductRegistered, ProductCodeAssigned, ProductListed, ProductDelisted, TraceabilityCodeSet],
    meanings: {
      ProductRegistered: 'A product of a subject was registered with the sheet it is scored on.',
      ProductCodeAssigned:
        'The product received its code (mã số sản phẩm): province-commune-serial-year with the codes of QĐ 19/2025 (QĐ 26/2026 Annex II, sheet headers), or, for products coded before July 2025, province-district-commune-serial-year.',
      ProductListed: 'The product is sold on a channel (an e-commerce platform or a retail chain) from a day.',
      ProductDelisted: 'The product left a channel on a day.',
      TraceabilityCodeSet: 'The product has a traceability code (rewarded by criteria 2.3 and 5.1 of the sheets).',
    },
    commands: [
      {
        codec: RegisterProduct,
        roles: ['subject'],
        emits: ['ProductRegistered'],
        does: 'Registers a product of a subject.',
        refusals: [r('ProductAlreadyRegistered', 'conflict', 'the stream already holds a product')],
      },
      {
        codec: AssignProductCode,
        roles: ['communeOfficer', 'provincialOffice'],
        emits: ['ProductCodeAssigned'],
        does: 'Assigns a product code; the code the product already bears gives no event. Malformed codes are refused by the codec, naming the part at fault.',
        refusals: [productNotRegistered],
      },
      {
        codec: ListOnChannel,
        roles: ['subject'],
        emits: ['ProductListed'],
        does: 'Records a listing on a channel.',
        refusals: [productNotRegistered, r('AlreadyListed', 'conflict', 'the product is listed on a channel of that name')],
      },
      {
        codec: DelistFromChannel,
        roles: ['subject'],
        emits: ['ProductDelisted'],
        does: 'Records that the product left a channel.',
        refusals: [productNotRegistered, r('NotListed', 'conflict', 'the product is not listed on that channel')],
      },
      {
        codec: SetTraceabilityCode,
        roles: ['subject'],
        emits: ['TraceabilityCodeSet'],
        does: 'Records the traceability code.',
        refusals: [productNotRegistered],
      },
    ],
  },
  {
    name: 'ProgrammePlan',
    folder: 'plan',
    about:
      "A programme plan's targets for an area and a year, as the plan states them (e.g. Tánh Linh 2024: 15 to 19 new products of 3 stars or more). A revised plan sets them again.",
    stream: 'ProgrammePlan-{province}[.{district}][.{commune}].{year}',
    streamExample: planStream({ province: '60', district: '599' }, 2024),
    family: family(planEvents),
    events: [ProgrammeTargetsSet],
    meanings: {
      ProgrammeTargetsSet: 'A plan set (or revised) the targets of its area for its year; the plan is cited with them.',
    },
    commands: [
      {
        codec: SetProgrammeTargets,
        roles: ['provincialOffice', 'districtOffice', 'communeOfficer'],
        emits: ['ProgrammeTargetsSet'],
        does: 'Sets the targets of a plan.',
        refusals: [
          r('InvalidYear', 'invalid', 'the year is not a whole number of four digits (it names the stream)'),
          r('InvalidShare', 'invalid', 'a share is outside 0 to 1'),
          r('InvalidRange', 'invalid', 'a range is not of whole numbers from 0 with min ≤ max'),
          r('InvalidCount', 'invalid', 'a count of organisations or listed products is not a whole number from 0'),
        ],
      },
    ],
  },
  {
    name: 'Council',
    folder: 'council',
    about:
      'A scoring council (Hội đồng đánh giá, phân hạng) of a level, set up by the authority of that level, with its members, its chair and its operating rules (quy chế hoạt động): quorum, spread limit, the basis on which minimum criteria count, and written opinions for re-evaluations (QĐ 26/2026 Art. 7.3.b, 7.4.b, 7.6.d).',
    stream: 'Council-{councilId}',
    streamExample: councilStream('hd-lam-dong-2026'),
    family: family(councilEvents),
    events: [CouncilEstablished, CouncilMemberAdded, CouncilMemberRemoved, CouncilChairChanged, CouncilRulesChanged],
    meanings: {
      CouncilEstablished:
        'A council was set up by a decision of its level, under the rule set in force on the decision day, with its members, chair and operating rules (the common ones when the decision gives none). Version 1 carried the quorum and spread limit as loose fields; it is read as version 2 with the chair required, minimums on a majority of sheets and written opinions for re-evaluations.',
      CouncilMemberAdded: 'A member joined the council by a decision of its level.',
      CouncilMemberRemoved: 'A member left the council by a decision of its level, with the reason.',
      CouncilChairChanged: 'Another member chairs the council.',
      CouncilRulesChanged: "The council's operating rules were changed by a decision of its level.",
    },
    commands: [
      {
        codec: EstablishCouncil,
        roles: ['recognisingAuthority', 'provincialOffice', 'ministryOffice'],
        emits: ['CouncilEstablished'],
        does: 'Sets up a council.',
        refusals: [
          r('CouncilAlreadyEstablished', 'conflict', 'the stream already holds a council'),
          r('NoRuleSetInForce', 'invalid', 'no OCOP rule set was in force on the decision day'),
          r(
            'NoCouncilAtLevel',
            'invalid',
            `the rule set in force has no council at that level (the district until QĐ 1489/2025: ${cite(levels148)}; now the province and the centre)`,
            levels,
          ),
          r('NotCompetentToEstablish', 'forbidden', "the decision is not signed at the council's level", councilSource),
          r('AreaRequired', 'invalid', 'a provincial council without its province, or a district council without its district'),
          r('DuplicateMember', 'invalid', 'a person is listed twice'),
          r('TooFewMembers', 'invalid', 'fewer than 3 members', membersInference),
          r('ChairNotAMember', 'invalid', 'the chair is not among the members'),
          r('InvalidQuorum', 'invalid', 'the quorum is not a fraction of whole numbers in (0, 1]'),
          r('InvalidSpreadLimit', 'invalid', 'the spread limit is negative'),
        ],
      },
      {
        codec: AddCouncilMember,
        roles: ['recognisingAuthority', 'provincialOffice', 'ministryOffice'],
        emits: ['CouncilMemberAdded'],
        does: 'Adds a member.',
        refusals: [councilNotEstablished, notCompetentToChange, r('DuplicateMember', 'invalid', 'the person already sits on the council')],
      },
      {
        codec: RemoveCouncilMember,
        roles: ['recognisingAuthority', 'provincialOffice', 'ministryOffice'],
        emits: ['CouncilMemberRemoved'],
        does: 'Removes a member.',
        refusals: [
          councilNotEstablished,
          notCompetentToChange,
          r('NotAMember', 'notFound', 'the person does not sit on the council'),
          r('CannotRemoveChair', 'conflict', 'the person is the chair: another chair is named first'),
          r('TooFewMembers', 'invalid', 'the council would keep fewer than 3 members', membersInference),
        ],
      },
      {
        codec: ChangeCouncilChair,
        roles: ['recognisingAuthority', 'provincialOffice', 'ministryOffice'],
        emits: ['CouncilChairChanged'],
        does: 'Names another member chair.',
        refusals: [councilNotEstablished, notCompetentToChange, r('ChairNotAMember', 'invalid', 'the new chair is not a member')],
      },
      {
        codec: ChangeCouncilRules,
        roles: ['recognisingAuthority', 'provincialOffice', 'ministryOffice'],
        emits: ['CouncilRulesChanged'],
        does: 'Replaces the operating rules.',
        refusals: [
          councilNotEstablished,
          notCompetentToChange,
          r('InvalidQuorum', 'invalid', 'the quorum is not a fraction of whole numbers in (0, 1]'),
          r('InvalidSpreadLimit', 'invalid', 'the spread limit is negative'),
        ],
      },
    ],
  },
  {
    name: 'Round',
    folder: 'round',
    about:
      "An evaluation round (đợt) of one council: the dossiers assigned to it, members' conflicts, sealed sheets by attempt, re-scoring beyond the spread limit, and each adopted result with everything needed to recompute it. Rounds 1 and 2 end on the days of QĐ 26/2026 Art. 5; re-evaluations are scored by written opinions (Art. 7.6.d).",
    stream: 'Round-{roundId}',
    streamExample: roundStream('r-lam-dong-2026-2'),
    family: family(roundEvents),
    events: [
      RoundOpened,
      DossierAssigned,
      MemberRecused,
      SheetSubmitted,
      RescoringRequested,
      ScoringClosed,
      ResultAdopted,
      DossierRemovedFromRound,
      RoundClosed,
    ],
    meanings: {
      RoundOpened:
        "A round of a council was opened, with the council as it then stood (chair, members, rules). For rounds 1 and 2 under QĐ 26/2026 the last day is the act's (Art. 5: province before 30/6 and 30/12, centre before 30/9 and 30/3 of the round's year); for other rounds, the one given.",
      DossierAssigned:
        'A dossier is to be scored in the round, on its sheet under its rule set; by written opinions for a re-evaluation under QĐ 26/2026 when the council’s rules say so (Art. 7.6.d), at a meeting otherwise.',
      MemberRecused: 'A member declared a conflict on a dossier: they neither score it nor count for its quorum.',
      SheetSubmitted:
        "A member's sheet for a dossier, with its total, parts, minimum level and stars; sealed until the chair closes the scoring. A later sheet of the same member and attempt replaces it.",
      RescoringRequested:
        'The totals differed by more than the spread limit: a new attempt begins, the earlier sheets no longer count, and after written opinions the council meets in person.',
      ScoringClosed: "The chair closed the dossier's scoring with the quorum met and the totals within the spread limit.",
      ResultAdopted:
        "The council's result on a dossier, with the council's rules, the eligible and recused members, every member's answers and scores, the sum, count and mean, the spread, the quorum, the band, the minimum level, the stars, the criteria that block the next star, and the outcome (recognise, forward, fall back, not certified).",
      DossierRemovedFromRound: 'A dossier left the round (withdrawn, disqualified, lapsed) before its result was adopted.',
      RoundClosed: 'The chair closed the round with no dossier pending, and the number of results adopted.',
    },
    commands: [
      {
        codec: OpenRound,
        roles: ['provincialOffice', 'ministryOffice', 'districtOffice'],
        emits: ['RoundOpened'],
        does: 'Opens a round.',
        refusals: [
          r('RoundAlreadyOpened', 'conflict', 'the stream already holds a round'),
          r('ChairNotAMember', 'invalid', 'the chair of the snapshot is not among its members'),
          r('InvalidRoundNumber', 'invalid', 'the round number is not a whole number from 1'),
          r('InvalidRoundYear', 'invalid', 'the year is not a whole number of four digits'),
          r('NoRuleSetInForce', 'invalid', 'no rule set was in force on the day the round opens'),
          r('NoCouncilAtLevel', 'invalid', 'the rule set in force has no council at that level', levels),
        ],
      },
      {
        codec: AssignDossier,
        roles: ['provincialOffice', 'ministryOffice', 'districtOffice'],
        emits: ['DossierAssigned'],
        does: 'Puts a dossier in the round.',
        refusals: [
          roundNotOpened,
          roundClosed,
          r('DossierAlreadyInRound', 'conflict', 'the dossier is in the round and has not left it'),
          r('NoCouncilAtLevel', 'invalid', "the round's level is not a council level of the dossier's rule set", levels),
          r('UnknownSheet', 'invalid', "the sheet is not in the dossier's rule set (every rule set has sheets 1–26)"),
        ],
      },
      {
        codec: DeclareConflict,
        roles: ['councilMember', 'councilChair'],
        emits: ['MemberRecused'],
        does: 'Records a conflict of interest of a member on a dossier [inference: no act names the rule].',
        refusals: [
          roundNotOpened,
          roundClosed,
          r('NotAMember', 'forbidden', 'the person does not sit on the council'),
          dossierNotInRound,
          scoringNotOpen,
          r('AlreadyRecused', 'conflict', 'the member is already recused from the dossier'),
          r('AlreadyScored', 'conflict', 'the member has a sheet in the current attempt'),
        ],
      },
      {
        codec: SubmitSheet,
        roles: ['councilMember', 'councilChair'],
        emits: ['SheetSubmitted'],
        does: "Records a member's sheet, scored on the dossier's sheet under its rule set.",
        refusals: [
          roundNotOpened,
          roundClosed,
          r('NotAMember', 'forbidden', 'the person does not sit on the council'),
          dossierNotInRound,
          scoringNotOpen,
          r('Recused', 'forbidden', 'the member declared a conflict on the dossier'),
          r('UnknownSheet', 'invalid', "the dossier's sheet is not in its rule set (every rule set has sheets 1–26)"),
          r('SheetCannotBeScored', 'invalid', 'an answer is missing, impossible or for a criterion not on the sheet; every one is named'),
        ],
      },
      {
        codec: CloseScoring,
        roles: ['councilChair'],
        emits: ['ScoringClosed', 'RescoringRequested'],
        does: 'Closes the scoring of a dossier, or, beyond the spread limit, asks for re-scoring.',
        refusals: [roundNotOpened, roundClosed, notTheChair, dossierNotInRound, scoringNotOpen, quorumNotMet, ...defensive],
      },
      {
        codec: AdoptResult,
        roles: ['councilChair'],
        emits: ['ResultAdopted'],
        does: "Adopts the council's result on a dossier, computed by councilResult of @ocop/rules.",
        refusals: [
          roundNotOpened,
          roundClosed,
          notTheChair,
          dossierNotInRound,
          r('ScoringNotClosed', 'conflict', "the dossier's scoring is not closed"),
          r('ResultAlreadyAdopted', 'conflict', "the dossier's result is already adopted"),
          quorumNotMet,
          r(
            'SpreadExceeded',
            'conflict',
            'the totals differ by more than the limit (cannot follow: scoring closed within it)',
            councilSource,
          ),
          ...defensive,
        ],
      },
      {
        codec: RemoveDossierFromRound,
        roles: ['system', 'provincialOffice', 'ministryOffice'],
        emits: ['DossierRemovedFromRound'],
        does: 'Takes a dossier out of the round.',
        refusals: [
          roundNotOpened,
          roundClosed,
          dossierNotInRound,
          r('ResultAlreadyAdopted', 'conflict', "the dossier's result is adopted"),
        ],
      },
      {
        codec: CloseRound,
        roles: ['councilChair'],
        emits: ['RoundClosed'],
        does: 'Closes the round.',
        refusals: [
          roundNotOpened,
          roundClosed,
          notTheChair,
          r('DossiersPending', 'conflict', 'a dossier of the round has neither an adopted result nor left it'),
        ],
      },
    ],
  },
  {
    name: 'Dossier',
    folder: 'dossier',
    about:
      "A dossier (hồ sơ) from filing to its close: the rule set pinned on the filing day (QĐ 26/2026 Art. 11–12), the commune's check within 15 working days (Art. 7.2), forwarding, intake and supplements at each level (Art. 7.3.a), the advisory team's review (Art. 7.3.c), disqualification by the sheet's conditions, withdrawal, council results and the decision.",
    stream: 'Dossier-{dossierId}',
    streamExample: dossierStream('d-2026-001'),
    family: family(dossierEvents),
    events: [
      DossierFiled,
      EvidenceAdded,
      CommuneCheckCompleted,
      DossierForwarded,
      IntakeChecked,
      SupplementProvided,
      AdvisoryReviewRecorded,
      DossierDisqualified,
      DossierWithdrawn,
      CouncilResultReceived,
      DossierDecided,
      DossierLapsed,
    ],
    meanings: {
      DossierFiled:
        'A subject filed a dossier at its commune (Art. 7.1): its kind (first, upgrade, re-evaluation), the rule set that governs it on its filing day and why, the self-assessment and its score, the evidence, and for upgrades and re-evaluations the certificate it builds on.',
      EvidenceAdded: 'Documents were added to the dossier (referenced by hash, never copied).',
      CommuneCheckCompleted:
        "The commune checked the dossier's completeness and the four contents of Art. 7.2.a, with its report number and the 15-working-day deadline; an incomplete dossier goes back to the subject with what is missing.",
      DossierForwarded:
        'The dossier went up a level: from the commune to the first council level, or from a council level with the approval decision of its authority (Art. 7.3.e).',
      IntakeChecked: "The receiving level's office checked the file; an incomplete one is asked for supplements (Art. 7.3.a).",
      SupplementProvided: 'The subject provided what was missing.',
      AdvisoryReviewRecorded: "The advisory team's report, with any site survey and extra tests (Art. 7.3.c).",
      DossierDisqualified: 'The dossier was disqualified on one of its sheet\'s conditions ("Hồ sơ bị loại khi"), whose text is recorded.',
      DossierWithdrawn: 'The subject withdrew the dossier before the decision.',
      CouncilResultReceived: "A council's adopted result reached the dossier; below 3 stars it closes the dossier (Art. 4.1.a).",
      DossierDecided: 'The recognition decision closed the dossier: recognised (with stars and certificate) or refused.',
      DossierLapsed: 'A dossier under the transitional rules was not decided by its day (Art. 12.2) and lapsed.',
    },
    commands: [
      {
        codec: FileDossier,
        roles: ['subject'],
        emits: ['DossierFiled'],
        does: 'Files a dossier.',
        refusals: [
          r('DossierAlreadyFiled', 'conflict', 'the stream already holds a dossier'),
          r('NoRuleSetInForce', 'invalid', 'no rule set accepted dossiers on the filing day'),
          r('DecidedBeforeFiled', 'invalid', 'the governing rules see a decision before the filing (cannot follow from filing)'),
          r(
            'TransitionalDeadlinePassed',
            'conflict',
            'the transitional deadline has passed (cannot follow from filing)',
            transitionalSource,
          ),
          r(
            'SubjectNotEligible',
            'invalid',
            'an association or operating centre files for a sheet other than tourism (26)',
            subjectLegalFormSource,
          ),
          r('UnknownSheet', 'invalid', 'the sheet is not in the rule set (every rule set has sheets 1–26)'),
          r('SelfAssessmentInvalid', 'invalid', 'the self-assessment cannot be scored; every problem is named'),
          r(
            'ProductAlreadyCertified',
            'conflict',
            'a first evaluation of a product holding a current certificate',
            inference('Art. 6.1', 'a first evaluation is for a product without a current certificate'),
          ),
          r('NoCurrentCertificate', 'conflict', 'an upgrade without a certificate valid on the filing day', upgradeSource),
          r('TargetStarsRequired', 'invalid', 'an upgrade without the stars it aims at', upgradeSource),
          r('UpgradeNotAbove', 'invalid', 'an upgrade aiming at no more than the current stars', upgradeSource),
          r('NoCertificateToReEvaluate', 'conflict', 'a re-evaluation without the certificate it renews', reEvaluationSource),
          r(
            'CertificateExpired',
            'conflict',
            'under the older acts, a re-evaluation filed after the certificate expired',
            inference('Art. 7.6', 'under the older acts a re-evaluation is filed before the certificate expires'),
          ),
          r(
            'ReEvaluationOutsideWindow',
            'conflict',
            'a re-evaluation filed outside 180 to 120 days before expiry (or, under Art. 12.3, after 180 days past it)',
            qd26_2026.reEvaluation?.source,
          ),
        ],
      },
      {
        codec: AddEvidence,
        roles: ['subject'],
        emits: ['EvidenceAdded'],
        does: 'Adds documents.',
        refusals: [dossierNotFiled, wrongStage('it takes evidence (before scoring)')],
      },
      {
        codec: CompleteCommuneCheck,
        roles: ['communeOfficer'],
        emits: ['CommuneCheckCompleted'],
        does: "Records the commune's check and report.",
        refusals: [
          dossierNotFiled,
          r('NoCommuneCheck', 'invalid', "the dossier's rule set has no commune check (QĐ 1048/2019)", levels),
          r('MissingItemsRequired', 'invalid', 'an incomplete dossier without the list of what is missing', communeCheckSource),
          wrongStage('the commune checks it (just filed)'),
        ],
      },
      {
        codec: ForwardDossier,
        roles: ['communeOfficer', 'districtOffice', 'provincialOffice'],
        emits: ['DossierForwarded'],
        does: 'Sends the dossier up a level.',
        refusals: [
          dossierNotFiled,
          r('WrongLevel', 'invalid', 'not to the first council level of the rule set, or not to the level the result goes to', levels),
          r('ApprovalRequired', 'invalid', "a result forwarded without its authority's approval decision", recognitionSource),
          r('NotCompetentAuthority', 'forbidden', "the approval is not signed at the dossier's level", recognitionSource),
          wrongStage('it is sent up (checked by the commune, or with a result that goes on)'),
        ],
      },
      {
        codec: CheckIntake,
        roles: ['districtOffice', 'provincialOffice', 'ministryOffice'],
        emits: ['IntakeChecked'],
        does: "Records the receiving level's check of the file.",
        refusals: [
          dossierNotFiled,
          r('MissingItemsRequired', 'invalid', 'a request for supplements without the list of what is missing', provincialIntakeSource),
          wrongStage('a level receives it'),
        ],
      },
      {
        codec: ProvideSupplement,
        roles: ['subject'],
        emits: ['SupplementProvided'],
        does: 'Records the supplement.',
        refusals: [dossierNotFiled, wrongStage('a supplement is awaited')],
      },
      {
        codec: RecordAdvisoryReview,
        roles: ['advisoryTeam'],
        emits: ['AdvisoryReviewRecorded'],
        does: "Records the advisory team's review.",
        refusals: [dossierNotFiled, wrongStage('intake is complete')],
      },
      {
        codec: DisqualifyDossier,
        roles: ['provincialOffice', 'districtOffice', 'ministryOffice', 'communeOfficer'],
        emits: ['DossierDisqualified'],
        does: "Disqualifies the dossier on one of its sheet's conditions.",
        refusals: [
          dossierNotFiled,
          wrongStage('it may be disqualified (before scoring)'),
          r('UnknownDisqualification', 'invalid', 'the sheet has no such condition; those it has are listed', disqualificationSource),
        ],
      },
      {
        codec: WithdrawDossier,
        roles: ['subject'],
        emits: ['DossierWithdrawn'],
        does: 'Withdraws the dossier.',
        refusals: [dossierNotFiled, wrongStage('it may be withdrawn (before the decision)')],
      },
      {
        codec: ReceiveCouncilResult,
        roles: ['system'],
        emits: ['CouncilResultReceived'],
        does: "Records a council's result on the dossier (asked for by the process on ResultAdopted).",
        refusals: [
          dossierNotFiled,
          wrongStage('it awaits a result (intake complete)'),
          r('WrongLevel', 'invalid', 'the result is from another level than the dossier is at'),
        ],
      },
      {
        codec: RecordDossierDecision,
        roles: ['system'],
        emits: ['DossierDecided'],
        does: 'Records the decision (asked for by the process on CertificateIssued or RecognitionRefused).',
        refusals: [dossierNotFiled, wrongStage('it has a result')],
      },
      {
        codec: LapseDossier,
        roles: ['system'],
        emits: ['DossierLapsed'],
        does: 'Records that a transitional dossier was not decided in time.',
        refusals: [
          dossierNotFiled,
          r('WrongStage', 'conflict', 'the dossier is closed'),
          r('NotLapsed', 'conflict', 'the dossier is not under the transitional rules, or its day has not passed', transitionalSource),
        ],
      },
    ],
  },
  {
    name: 'Certification',
    folder: 'certification',
    about:
      'The certification of one product: the council results it received, recognition by the competent authority (QĐ 26/2026 Art. 4.1, 7.3.e, 7.4.e), certificates valid 36 months (Art. 4.3), upgrades and re-evaluations that supersede them, refusal, expiry (extended under Art. 12.3), revocation on the grounds of Art. 8 and annulment (Art. 10.1.b).',
    stream: 'Certification-{productId}',
    streamExample: certificationStream('gao-st25'),
    family: family(certificationEvents),
    events: [
      CouncilResultRecorded,
      ReEvaluationFiled,
      RecognitionDecided,
      CertificateIssued,
      CertificateSuperseded,
      ReEvaluationConcluded,
      RecognitionRefused,
      CertificateExpired,
      CertificateRevoked,
      RecognitionAnnulled,
      ExpiryReminderSent,
    ],
    meanings: {
      CouncilResultRecorded: "A council's adopted result, copied from the round so that a decision can rest on it.",
      ReEvaluationFiled: 'A re-evaluation was filed for a certificate, which Art. 12.3 may keep valid meanwhile.',
      RecognitionDecided:
        'The competent authority recognised the product at the stars of the result it rests on (the round, level, mean and outcome are its basis).',
      CertificateIssued:
        'A certificate was issued on the decision day, valid 36 months (to the corresponding day, Civil Code Art. 147–148).',
      CertificateSuperseded: 'A newer certificate (upgrade or re-evaluation) replaced this one.',
      ReEvaluationConcluded:
        'A re-evaluation ended: renewed, upgraded, downgraded, or not renewed (below 3 stars; the certificate runs to its end).',
      RecognitionRefused: 'The authority refused recognition on a result, with the reason.',
      CertificateExpired: 'The certificate passed its last valid day (recorded by an explicit command, never inferred).',
      CertificateRevoked:
        'The certificate was revoked on grounds of Art. 8.1, after a competent finding; whether the decision came within the time limit (15 days, Art. 8.4) is recorded.',
      RecognitionAnnulled: 'The recognition decision itself was annulled (Art. 10.1.b).',
      ExpiryReminderSent:
        "The holder was reminded of the certificate's end: the expiry notice of its rule set (QĐ 148/2023: at least 30 days before) or the opening of the re-evaluation window (Art. 7.6.a); once for each.",
    },
    commands: [
      {
        codec: RecordCouncilResult,
        roles: ['system'],
        emits: ['CouncilResultRecorded', 'ReEvaluationConcluded'],
        does: 'Records a result (asked for by the process on ResultAdopted); a re-evaluation below 3 stars concludes as not renewed.',
        refusals: [
          r('WrongProduct', 'invalid', 'the result is of another product than this history'),
          r('NoCouncilAtLevel', 'invalid', "the result's rule set has no council at its level"),
          r(
            'OutcomeDoesNotFollow',
            'invalid',
            'the outcome is not what the rule set gives for those stars at that level',
            recognitionSource,
          ),
          r('StarsAboveBand', 'invalid', 'the mean does not reach the stars recorded'),
          r('ResultAlreadyRecorded', 'conflict', 'the result of that round on that dossier is recorded'),
        ],
      },
      {
        codec: NoteReEvaluationFiled,
        roles: ['system'],
        emits: ['ReEvaluationFiled'],
        does: 'Notes a re-evaluation filed (asked for by the process on DossierFiled).',
        refusals: [certificateNotFound, certificateNotValid('not valid')],
      },
      {
        codec: DecideRecognition,
        roles: ['recognisingAuthority', 'provincialOffice', 'ministryOffice'],
        emits: ['RecognitionDecided', 'CertificateIssued', 'CertificateSuperseded', 'ReEvaluationConcluded'],
        does: 'Recognises the product and issues its certificate, superseding the current one.',
        refusals: [
          r('NoAdoptedResult', 'conflict', 'no result has been recorded on the dossier', recognitionSource),
          r('AlreadyDecided', 'conflict', 'the dossier has been decided'),
          r('ResultDoesNotLeadToRecognition', 'conflict', 'the result goes on to a higher level, or is below 3 stars', recognitionSource),
          r('StarsDifferFromResult', 'invalid', "the stars differ from the result's", recognitionSource),
          r(
            'NotCompetentAuthority',
            'forbidden',
            'the signer is not of the level competent for the stars under the rules governing the dossier on the day of the decision (for a fallback, Art. 7.4.g)',
            fallbackSource,
          ),
          r(
            'TransitionalDeadlinePassed',
            'conflict',
            'a dossier under the old rules decided after its day (Art. 12.2)',
            transitionalSource,
          ),
          r('DecidedBeforeFiled', 'invalid', 'the decision precedes the filing'),
          r('NoRuleSetInForce', 'invalid', 'no rule set accepted dossiers on the filing day'),
          r('CertificateIdTaken', 'conflict', 'the certificate id is already used'),
          r('UpgradeNotAchieved', 'conflict', 'an upgrade whose result is not above the current certificate', upgradeSource),
        ],
      },
      {
        codec: RefuseRecognition,
        roles: ['recognisingAuthority', 'provincialOffice', 'ministryOffice'],
        emits: ['RecognitionRefused'],
        does: 'Refuses recognition on a result.',
        refusals: [
          noHistory,
          r('NoAdoptedResult', 'conflict', 'no result has been recorded on the dossier'),
          r('AlreadyDecided', 'conflict', 'the dossier has been decided'),
          r('ResultDoesNotLeadToRecognition', 'conflict', 'the result goes on to a higher level, or is below 3 stars', recognitionSource),
          r('NotCompetentAuthority', 'forbidden', 'the signer is not of the level competent for the result'),
          r(
            'TransitionalDeadlinePassed',
            'conflict',
            'a dossier under the old rules refused after its day (Art. 12.2)',
            transitionalSource,
          ),
          r('DecidedBeforeFiled', 'invalid', 'the decision precedes the filing'),
          r('NoRuleSetInForce', 'invalid', 'no rule set accepted dossiers on the filing day'),
        ],
      },
      {
        codec: ExpireCertificate,
        roles: ['system'],
        emits: ['CertificateExpired'],
        does: 'Records an expiry (asked for by dueExpiries).',
        refusals: [
          noHistory,
          certificateNotFound,
          certificateNotValid('not valid'),
          r('NotYetExpired', 'conflict', 'the certificate is valid on that day (with any Art. 12.3 extension)', reEvaluationSource),
        ],
      },
      {
        codec: RemindOfExpiry,
        roles: ['system'],
        emits: ['ExpiryReminderSent'],
        does: 'Reminds the holder of each reminder due that day and not yet sent (asked for by dueReminders).',
        refusals: [
          noHistory,
          certificateNotFound,
          certificateNotValid('not valid'),
          r('AlreadyReminded', 'conflict', 'every reminder the certificate calls for has been sent', qd148_2023.expiryNoticeDays?.source),
          r(
            'NoticeNotDue',
            'conflict',
            'no reminder is due that day: the notice day has not come, or its period (to the last valid day, or to the window closing) has passed',
            qd26_2026.reEvaluation?.source,
          ),
        ],
      },
      {
        codec: RevokeCertificate,
        roles: ['recognisingAuthority', 'provincialOffice', 'ministryOffice'],
        emits: ['CertificateRevoked'],
        does: 'Revokes a certificate.',
        refusals: [
          noHistory,
          certificateNotFound,
          certificateNotValid('not valid'),
          r('NoRuleSetInForce', 'invalid', 'no rule set was in force on the decision day'),
          r(
            'NotCompetentToRevoke',
            'forbidden',
            'the signer is not of the level that now recognises such a certificate (Art. 8.2)',
            revocationSource,
          ),
          r('GroundsRequired', 'invalid', 'no ground is given', revocationSource),
          r('UnknownGround', 'invalid', 'a ground is not one of the rule set', revocationSource),
          r('DecidedBeforeFinding', 'invalid', 'the decision precedes the finding it rests on'),
        ],
      },
      {
        codec: AnnulRecognition,
        roles: ['recognisingAuthority', 'provincialOffice', 'ministryOffice'],
        emits: ['RecognitionAnnulled'],
        does: 'Annuls the recognition of a certificate.',
        refusals: [
          noHistory,
          certificateNotFound,
          certificateNotValid('revoked or annulled'),
          r('NotCompetentToAnnul', 'forbidden', 'the signer is not of the level that now recognises such a certificate', annulmentSource),
        ],
      },
    ],
  },
];

/** The reactions of src/process: which event asks for which command, under which id. */
export const reactions: ReadonlyArray<{ readonly name: string; readonly on: string; readonly asks: string; readonly id: string }> = [
  {
    name: 'onResultAdopted',
    on: 'ResultAdopted (Round)',
    asks: 'RecordCouncilResult on Certification-{productId}; ReceiveCouncilResult on Dossier-{dossierId}',
    id: '{eventId}:record-result, {eventId}:receive-result',
  },
  {
    name: 'onDecision',
    on: 'CertificateIssued, RecognitionRefused (Certification)',
    asks: 'RecordDossierDecision (recognised with stars and certificate, or refused) on Dossier-{dossierId}',
    id: '{eventId}:decided',
  },
  {
    name: 'onReEvaluationFiled',
    on: 'DossierFiled of a re-evaluation with its certificate (Dossier)',
    asks: 'NoteReEvaluationFiled on Certification-{productId}',
    id: '{eventId}:note-re-evaluation',
  },
  {
    name: 'onDossierLeft',
    on: 'DossierWithdrawn, DossierDisqualified, DossierLapsed (Dossier), when the dossier is in a round',
    asks: 'RemoveDossierFromRound (reason withdrawn, disqualified or lapsed) on Round-{roundId}',
    id: '{eventId}:leave-round',
  },
  {
    name: 'dueExpiries',
    on: "a day, and the products' certification states",
    asks: 'ExpireCertificate on Certification-{productId} for each valid certificate whose last valid day is before that day',
    id: 'expire:{certificateId}:{day}',
  },
  {
    name: 'dueReminders',
    on: "a day, and the products' certification states",
    asks: 'RemindOfExpiry on Certification-{productId} for each valid certificate with an expiry notice or a re-evaluation window due and not yet sent',
    id: 'remind:{certificateId}:{day}',
  },
];
