// What the query routes answer, as codecs: the OpenAPI document describes them, and a test checks every
// answer of the worked example against them. Read-model documents reuse the projections' codecs; personal
// values are described as the disclosure step leaves them (opened, erased or withheld), never sealed.
import * as t from 'io-ts';
import { Instant, LocalDate, NonEmptyString, strict } from '@ocop/kernel';
import {
  AreaCodec,
  ContactCodec,
  LegalFormCodec,
  OutcomeCodec,
  RegistrationCodec,
  ReminderReasonCodec,
  RepresentativeFactsCodec,
  SubjectId,
  TargetsCodec,
} from '@ocop/domain';
import { EventMetadata } from '@ocop/eventstore';
import {
  CertificateDoc,
  CouncilDecisionDoc,
  CouncilDoc,
  CouncilMemberDoc,
  DeadlineDoc,
  DossierDoc,
  PlanDoc,
  ProductDoc,
  RoundDoc,
  RoundDossierDoc,
  SubjectDoc,
  TrailEntry,
} from '@ocop/projections';
import { CertifiedStarsCodec, DossierKindCodec, LevelCodec, RuleSetIdCodec, SheetInputCodec, StarsCodec } from '@ocop/rules';
import { ProductStatusCodec } from './codecs.js';

const nullable = <C extends t.Mixed>(c: C) => t.union([c, t.null]);

/** A page of a list: its rows, how many there are in all, and where the page starts and how long it may be. */
const pageOf = <C extends t.Mixed>(row: C, name: string) =>
  t.type({ rows: t.readonlyArray(row), total: t.number, offset: t.number, limit: t.number }, name);

/** A personal value as disclosed: opened for this reader, or marked erased. */
const shown = <C extends t.Mixed>(value: C, name: string) =>
  t.union([
    strict(`Opened${name}`, { $personal: t.string, value }, {}),
    strict(`Erased${name}`, { $personal: t.string, erased: t.literal(true) }, {}),
  ]);

/** A sensitive personal value as disclosed: opened for roles that need it, withheld from the others, or erased. */
const shownSensitive = <C extends t.Mixed>(value: C, name: string) =>
  t.union([
    strict(`Opened${name}`, { $personal: t.string, sensitive: t.literal(true), value }, {}),
    strict(`Withheld${name}`, { $personal: t.string, sensitive: t.literal(true), withheld: t.literal(true) }, {}),
    strict(`Erased${name}`, { $personal: t.string, sensitive: t.literal(true), erased: t.literal(true) }, {}),
  ]);

const ShownContact = shown(ContactCodec, 'Contact');

/** A product of the registry, with its status on the day asked for and its current certificate. */
export const ProductAnswer = t.type(
  {
    productId: t.string,
    name: t.string,
    code: nullable(t.string),
    sheet: t.number,
    group: nullable(t.string),
    subgroup: nullable(t.string),
    subjectId: t.string,
    subject: ProductDoc.props.subject,
    areas: ProductDoc.props.areas,
    channels: ProductDoc.props.channels,
    status: ProductStatusCodec,
    certificate: nullable(CertificateDoc),
    certificates: t.readonlyArray(CertificateDoc),
  },
  'ProductRow',
);
export const ProductPage = pageOf(ProductAnswer, 'ProductPage');
/** Decisions across products, as the decision trail holds them (signers' names disclosed). */
export const DecisionPage = pageOf(TrailEntry, 'DecisionPage');
/** A subject as the registry holds it (no personal data: the representative is read from its stream). */
export const SubjectPage = pageOf(SubjectDoc, 'SubjectPage');

/** A dossier of the pipeline, its deadlines judged on the day asked for. */
export const DossierAnswer = t.type(
  {
    ...DossierDoc.props,
    deadlines: t.readonlyArray(t.type({ ...DeadlineDoc.props, overdue: t.boolean }, 'DeadlineRow')),
    overdue: t.boolean,
  },
  'DossierRow',
);
export const DossierPage = pageOf(DossierAnswer, 'DossierPage');

const RoundRow = t.type(RoundDoc.props, 'RoundRow');
export const RoundPage = pageOf(RoundRow, 'RoundPage');
/** A round with its dossiers (a member's without those they are recused from). */
export const RoundAnswer = t.type({ ...RoundDoc.props, dossiers: t.readonlyArray(t.type(RoundDossierDoc.props, 'RoundDossier')) }, 'Round');

/** A member's sheet in the current attempt, and whether it is still sealed to everyone else. */
export const SheetAnswer = strict(
  'Sheet',
  {
    roundId: t.string,
    dossierId: t.string,
    attempt: t.number,
    sealed: t.boolean,
    person: t.string,
    input: SheetInputCodec,
    total: t.number,
    stars: StarsCodec,
  },
  {},
);

/** A council, its signer's and members' names disclosed. */
export const CouncilAnswer = t.type(
  {
    ...CouncilDoc.props,
    decision: t.type({ ...CouncilDecisionDoc.props, signerName: ShownContact }, 'CouncilDecision'),
    members: t.readonlyArray(t.type({ ...CouncilMemberDoc.props, name: ShownContact }, 'CouncilMember')),
  },
  'Council',
);
export const CouncilPage = pageOf(CouncilAnswer, 'CouncilPage');

/** A subject as its events tell it (without `at` and `by`): its representative personal, criterion 3.2's facts sensitive. */
export const SubjectAnswer = strict(
  'Subject',
  {
    subjectId: SubjectId,
    name: NonEmptyString,
    legalForm: LegalFormCodec,
    area: AreaCodec,
    registration: RegistrationCodec,
    representative: ShownContact,
    representativeFacts: shownSensitive(RepresentativeFactsCodec, 'RepresentativeFacts'),
  },
  {},
);

/** A product's certification history as its decider folds it. */
export const CertificationAnswer = strict(
  'Certification',
  {
    results: t.readonlyArray(
      strict(
        'RecordedResult',
        {
          dossierId: t.string,
          roundId: t.string,
          ruleSet: RuleSetIdCodec,
          kind: DossierKindCodec,
          filedOn: LocalDate,
          level: LevelCodec,
          mean: t.number,
          stars: StarsCodec,
          outcome: OutcomeCodec,
        },
        {},
      ),
    ),
    decidedDossiers: t.readonlyArray(t.string),
    certificates: t.readonlyArray(
      strict(
        'Certificate',
        {
          certificateId: t.string,
          dossierId: t.string,
          ruleSet: RuleSetIdCodec,
          stars: CertifiedStarsCodec,
          issuedOn: LocalDate,
          expiresOn: LocalDate,
          authorityLevel: LevelCodec,
          status: t.keyof({ valid: null, superseded: null, expired: null, revoked: null, annulled: null }, 'CertificateStatus'),
          reEvaluationPending: t.boolean,
          /** The reminders sent for it: the expiry notice, the re-evaluation window opening. */
          reminded: t.readonlyArray(ReminderReasonCodec),
        },
        {},
      ),
    ),
  },
  { productId: t.string },
);

/** A programme plan: its id, and its targets once set. */
export const PlanAnswer = strict('Plan', { id: t.string }, { targets: TargetsCodec });
const PlanRow = t.type(PlanDoc.props, 'PlanRow');
export const PlanPage = pageOf(PlanRow, 'PlanPage');

const Range = t.type({ min: t.number, max: t.number }, 'TargetRange');
/** A target beside what was recorded, and whether it is met (`null` without a target or an actual). */
const indicator = <C extends t.Mixed>(target: C, name: string) =>
  t.type({ target: nullable(target), actual: t.union([t.number, t.literal('notRecorded')]), met: nullable(t.boolean) }, name);
const RangeIndicator = indicator(Range, 'RangeIndicator');
const CountIndicator = indicator(t.number, 'NumberIndicator');

/** Programme indicators of an area and year against its plan, and the day they were read on. */
export const IndicatorsAnswer = t.type(
  {
    area: PlanDoc.props.area,
    year: t.number,
    plan: nullable(PlanRow),
    newProducts3Plus: RangeIndicator,
    eligibleFor4Stars: RangeIndicator,
    expiredReEvaluated: RangeIndicator,
    subjects: t.type({ total: t.number, byLegalForm: t.record(t.string, t.number) }),
    cooperativeShare: CountIndicator,
    valueChainOrganisations: CountIndicator,
    listedOnChannels: CountIndicator,
    listed: t.type({ ecommerce: t.number, retail: t.number, any: t.number }),
    today: LocalDate,
  },
  'Indicators',
);

/** A stream's events as recorded, their data disclosed (and sealed sheets without their scores). */
export const StreamAnswer = strict(
  'StreamHistory',
  {
    stream: t.string,
    events: t.readonlyArray(
      strict(
        'RecordedEvent',
        {
          revision: t.string,
          position: t.string,
          eventId: t.string,
          type: t.string,
          schemaVersion: t.number,
          recordedTime: Instant,
          metadata: EventMetadata,
          data: t.unknown,
          previousHash: nullable(t.string),
          hash: t.string,
        },
        {},
      ),
    ),
  },
  {},
);

const verificationProps = { id: t.string, startedAt: t.string, startedBy: t.string };
/** A verification: running, done with its report, or failed. */
export const VerificationAnswer = t.union([
  strict('RunningVerification', { ...verificationProps, status: t.literal('running') }, {}),
  strict(
    'DoneVerification',
    {
      ...verificationProps,
      status: t.literal('done'),
      finishedAt: t.string,
      clean: t.boolean,
      summary: t.string,
      summaryVi: t.string,
      report: t.unknown,
    },
    {},
  ),
  strict('FailedVerification', { ...verificationProps, status: t.literal('failed'), finishedAt: t.string, error: t.string }, {}),
]);

/** The right of access: each event holding a person's data, with their values only, opened or marked erased. */
export const PersonExportAnswer = strict(
  'PersonExport',
  {
    person: t.string,
    status: t.keyof({ active: null, erased: null, unknown: null }),
    records: t.readonlyArray(
      strict(
        'PersonalRecord',
        {
          stream: t.string,
          eventId: t.string,
          type: t.string,
          at: Instant,
          values: t.readonlyArray(
            t.union([
              strict('OpenedValue', { $personal: t.string, value: t.unknown }, { sensitive: t.literal(true) }),
              strict('ErasedValue', { $personal: t.string, erased: t.literal(true) }, { sensitive: t.literal(true) }),
            ]),
          ),
        },
        {},
      ),
    ),
  },
  {},
);
