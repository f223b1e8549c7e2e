// The checks a command meets after its role (src/access/command-policy.ts): the area of the resource, the
// subject's own resources, a seat on the round's council, the chair, the level a decision is signed at. For
// every command that has one, on the Tánh Linh example: sent by an account of the right role that fails the
// check, it is 403 with the check's rule and writes nothing; sent by the rightful account, it passes the
// policy and reaches the decider (2xx, or the decider's own refusal, named in the table). Rows run in order on
// one host, as a story: the product registered in one row is filed in the next, scored, recognised, revoked.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createHash } from 'node:crypto';
import { answersFor } from '@ocop/example-tanh-linh-2024';
import { aggregates } from '@ocop/ledger';
import { defaultCouncilRules, findSheet, qd26_2026 } from '@ocop/rules';
import type { Claims } from '../src/index.js';
import { commandRoles } from '../src/access/command-policy.js';
import { families } from '../src/commands/families.js';
import { accounts, lamDong, memberAccount } from './support/accounts.js';
import { testClock } from './support/cycle.js';
import { allEventIds, streamHeads } from './support/events.js';
import { at, client, startTestHost, type Answer, type TestHost } from './support/host.js';

type Body = Readonly<Record<string, unknown>>;

/** A sender the policy refuses, with the rule it names; `body` replaces the row's when the sender names itself in it. */
interface Refused {
  readonly who: Claims;
  readonly rule: string;
  readonly body?: Body;
}

interface Row {
  readonly command: string;
  /** The resource: `/api/{segment}/{id}`. */
  readonly resource: string;
  readonly body: Body;
  readonly refused: ReadonlyArray<Refused>;
  readonly rightful: Claims;
  /** What the rightful account gets: 200 or 201, or the decider's refusal (409, 422) with its rule. */
  readonly passes: 200 | 201 | { readonly status: 409 | 422; readonly rule: string };
  /** What must hold before the row (other commands of the story, by their rightful senders). */
  readonly given?: ReadonlyArray<{ readonly who: Claims; readonly resource: string; readonly command: string; readonly body: Body }>;
}

const sheet8 = findSheet(qd26_2026.sheets, 8);
if (!sheet8) throw new Error('sheet 8');
const answers = (total: number) => ({ answers: answersFor(sheet8, 3, total) });
const evidence = (title: string) => ({ title, sha256: createHash('sha256').update(title).digest('hex') });

const signer = (person: string, fullName: string, title: string, level: string, province?: string) => ({
  person,
  name: { $personal: person, value: { fullName } },
  title,
  level,
  ...(province === undefined ? {} : { province }),
});
/** Lâm Đồng's chairman, the province's signer (the authority account's own person). */
const lamDongSigner = signer('signer-lamdong', 'Phạm Quốc Minh', 'Chủ tịch UBND tỉnh Lâm Đồng', 'province', '68');
/** A commune's chairman: not the level of a provincial authority. */
const communeSigner = signer('signer-xa-tanh-linh', 'Nguyễn Văn Xã', 'Chủ tịch UBND xã Tánh Linh', 'commune');
/** Hà Nội's chairman: the right level, another province. */
const hanoiSigner = signer('signer-hanoi', 'Trần Văn Hà', 'Chủ tịch UBND TP Hà Nội', 'province', '01');
const decision = (number: string, s: object = lamDongSigner) => ({ number, date: '2026-12-01', signer: s });

const seat = (person: string) => ({ person, organisation: lamDong.find((m) => m.person === person)?.organisation ?? 'Lâm Đồng' });
/** The council that scores in this file's round: five of Lâm Đồng's members, ld-chair in the chair. */
const roundCouncil = {
  chair: 'ld-chair',
  members: ['ld-chair', 'ld-nmt', 'ld-ct', 'ld-yt', 'ld-kh'].map(seat),
  rules: {
    quorum: { numerator: 3, denominator: 4, chairRequired: true },
    spreadLimit: 10,
    minimumsBasis: 'majority',
    writtenOpinionsForReEvaluation: true,
  },
};

// `otherSubject` is Hộ kinh doanh Hải Yến, whose fish cake is the example's; `subject` is a cooperative the example does not hold.
const {
  subject,
  otherSubject,
  commune,
  otherCommune,
  office,
  otherOffice,
  authority,
  otherAuthority,
  chair,
  otherChair,
  member,
  stranger,
} = accounts;
const yt = memberAccount('ld-yt');
const nmt = memberAccount('ld-nmt');
const round = '/api/rounds/dot-ld-2026-9';
const dossier = '/api/dossiers/hs-2026-banh-moi';
const council = '/api/councils/hd-lam-dong-2026';

const rows: ReadonlyArray<Row> = [
  // Subjects: a subject acts for itself; a commune registers subjects of its commune.
  {
    command: 'RegisterSubject',
    resource: '/api/subjects/htx-moi',
    body: {
      subjectId: 'htx-moi',
      name: 'HTX Mới Tánh Linh',
      legalForm: 'cooperative',
      area: { province: '68', commune: '23149' },
      registration: { number: '4800000777', issuedOn: '2026-10-01', issuer: 'Sở Tài chính tỉnh Lâm Đồng' },
      representative: { $personal: 'rep-moi', value: { fullName: 'Trần Thị Mới' } },
      representativeFacts: { $personal: 'rep-moi', sensitive: true, value: { woman: true, ethnicMinority: false, disability: false } },
    },
    refused: [
      { who: subject, rule: 'NotYourSubject' },
      { who: otherCommune, rule: 'OutsideArea' },
    ],
    rightful: commune,
    passes: 201,
  },
  {
    command: 'ChangeRepresentative',
    resource: '/api/subjects/hkd-hai-yen',
    body: {
      representative: { $personal: 'rep-cha-ca', value: { fullName: 'Phan Thị Hải Yến', phone: '0900000055' } },
      representativeFacts: { $personal: 'rep-cha-ca', sensitive: true, value: { woman: true, ethnicMinority: false, disability: false } },
    },
    refused: [{ who: subject, rule: 'NotYourSubject' }],
    rightful: otherSubject,
    passes: 200,
  },
  {
    command: 'UpdateRegistration',
    resource: '/api/subjects/hkd-hai-yen',
    body: { registration: { number: '4823149001', issuedOn: '2026-10-01', issuer: 'Sở Tài chính tỉnh Lâm Đồng' } },
    refused: [{ who: subject, rule: 'NotYourSubject' }],
    rightful: otherSubject,
    passes: 200,
  },
  {
    command: 'ChangeLegalForm',
    resource: '/api/subjects/hkd-hai-yen',
    body: { legalForm: 'sme' },
    refused: [{ who: subject, rule: 'NotYourSubject' }],
    rightful: otherSubject,
    passes: 200,
  },

  // Products: the subject's own; a commune or office of the subject's area.
  {
    command: 'RegisterProduct',
    resource: '/api/products/banh-moi',
    body: { productId: 'banh-moi', subjectId: 'hkd-hai-yen', name: 'Bánh mới', sheet: 8 },
    refused: [
      { who: subject, rule: 'NotYourSubject' },
      { who: otherCommune, rule: 'OutsideArea' },
    ],
    rightful: otherSubject,
    passes: 201,
  },
  {
    command: 'AssignProductCode',
    resource: '/api/products/banh-moi',
    body: { code: '68-23149-21-2026' },
    refused: [
      { who: otherCommune, rule: 'OutsideArea' },
      { who: otherOffice, rule: 'OutsideArea' },
    ],
    rightful: commune,
    passes: 200,
  },
  {
    command: 'ListOnChannel',
    resource: '/api/products/cha-ca-that-lat',
    body: { channel: { name: 'Tiki', kind: 'ecommerce' }, since: '2026-11-01' },
    refused: [{ who: subject, rule: 'NotYourSubject' }],
    rightful: otherSubject,
    passes: 200,
  },
  {
    command: 'DelistFromChannel',
    resource: '/api/products/cha-ca-that-lat',
    body: { channel: 'Tiki', until: '2026-11-30' },
    refused: [{ who: subject, rule: 'NotYourSubject' }],
    rightful: otherSubject,
    passes: 200,
  },
  {
    command: 'SetTraceabilityCode',
    resource: '/api/products/cha-ca-that-lat',
    body: { code: 'TL-CHA-CA-0001' },
    refused: [{ who: subject, rule: 'NotYourSubject' }],
    rightful: otherSubject,
    passes: 200,
  },

  // Plans: the office or commune of the plan's area (a plan of Tánh Linh district, recorded under Bình Thuận 60).
  {
    command: 'SetProgrammeTargets',
    resource: '/api/plans/60.599.2024',
    body: {
      area: { province: '60', district: '599' },
      year: 2024,
      targets: { newProducts3Plus: { min: 15, max: 19 }, eligibleFor4Stars: { min: 2, max: 6 }, cooperativeShare: 0.15 },
      plan: { title: 'Kế hoạch OCOP huyện Tánh Linh 2024 (điều chỉnh)', issuedBy: 'UBND huyện Tánh Linh', issuedOn: '2024-09-02' },
    },
    refused: [
      { who: otherOffice, rule: 'OutsideArea' },
      { who: commune, rule: 'OutsideArea' },
    ],
    rightful: office,
    passes: 200,
  },
  {
    command: 'SetProgrammeTargets',
    resource: '/api/plans/68.23149.2026',
    body: {
      area: { province: '68', commune: '23149' },
      year: 2026,
      targets: { newProducts3Plus: { min: 1, max: 2 } },
      plan: { title: 'Kế hoạch OCOP xã Tánh Linh 2026', issuedBy: 'UBND xã Tánh Linh', issuedOn: '2026-11-02' },
    },
    refused: [{ who: otherCommune, rule: 'OutsideArea' }],
    rightful: commune,
    passes: 201,
  },

  // Councils: the office or authority of the council's province; an authority signs at its own level, in its own province.
  {
    command: 'EstablishCouncil',
    resource: '/api/councils/hd-lam-dong-2027',
    body: {
      councilId: 'hd-lam-dong-2027',
      level: 'province',
      province: '68',
      decision: decision('1501/QĐ-UBND'),
      chair: 'ld-chair',
      members: lamDong,
    },
    refused: [
      { who: otherOffice, rule: 'OutsideArea' },
      { who: otherAuthority, rule: 'OutsideArea' },
      { who: authority, rule: 'NotYourLevel', body: { decision: decision('1501/QĐ-UBND', communeSigner) } },
      { who: authority, rule: 'OutsideArea', body: { decision: decision('1501/QĐ-UBND', hanoiSigner) } },
    ],
    rightful: authority,
    passes: 201,
  },
  {
    command: 'AddCouncilMember',
    resource: council,
    body: {
      member: {
        person: 'ld-tc',
        name: { $personal: 'ld-tc', value: { fullName: 'Nguyễn Văn Tài' } },
        organisation: 'Sở Tài chính',
        position: 'Phó Giám đốc',
      },
      decision: decision('1502/QĐ-UBND'),
    },
    refused: [
      { who: otherOffice, rule: 'OutsideArea' },
      { who: otherAuthority, rule: 'OutsideArea' },
      { who: authority, rule: 'NotYourLevel', body: { decision: decision('1502/QĐ-UBND', communeSigner) } },
      { who: authority, rule: 'OutsideArea', body: { decision: decision('1502/QĐ-UBND', hanoiSigner) } },
    ],
    rightful: office,
    passes: 200,
  },
  {
    command: 'RemoveCouncilMember',
    resource: council,
    body: { person: 'ld-tc', reason: 'Chuyển công tác', decision: decision('1503/QĐ-UBND') },
    refused: [
      { who: otherOffice, rule: 'OutsideArea' },
      { who: otherAuthority, rule: 'OutsideArea' },
      { who: authority, rule: 'OutsideArea', body: { decision: decision('1503/QĐ-UBND', hanoiSigner) } },
    ],
    rightful: authority,
    passes: 200,
  },
  {
    command: 'ChangeCouncilChair',
    resource: council,
    body: { chair: 'ld-chair', decision: decision('1504/QĐ-UBND') },
    refused: [
      { who: otherOffice, rule: 'OutsideArea' },
      { who: otherAuthority, rule: 'OutsideArea' },
      { who: authority, rule: 'NotYourLevel', body: { decision: decision('1504/QĐ-UBND', communeSigner) } },
    ],
    rightful: authority,
    passes: 200,
  },
  {
    command: 'ChangeCouncilRules',
    resource: council,
    body: { rules: defaultCouncilRules, decision: decision('1505/QĐ-UBND') },
    refused: [
      { who: otherOffice, rule: 'OutsideArea' },
      { who: otherAuthority, rule: 'OutsideArea' },
      { who: authority, rule: 'OutsideArea', body: { decision: decision('1505/QĐ-UBND', hanoiSigner) } },
    ],
    rightful: office,
    passes: 200,
  },

  // Dossiers: the subject files and supplements its own; the commune and the office of the dossier's area check and forward.
  {
    command: 'FileDossier',
    resource: dossier,
    body: {
      dossierId: 'hs-2026-banh-moi',
      productId: 'banh-moi',
      subjectId: 'hkd-hai-yen',
      subjectLegalForm: 'sme',
      sheet: 8,
      kind: 'first',
      area: { province: '68', commune: '23149' },
      selfAssessment: answers(66),
      evidence: [evidence('Phiếu đăng ký')],
    },
    refused: [
      { who: subject, rule: 'NotYourSubject' },
      { who: subject, rule: 'NotYourProduct', body: { subjectId: 'htx-thu', subjectLegalForm: 'cooperative' } },
    ],
    rightful: otherSubject,
    passes: 201,
  },
  {
    command: 'AddEvidence',
    resource: dossier,
    body: { evidence: [evidence('Phiếu kiểm nghiệm')] },
    refused: [{ who: subject, rule: 'NotYourSubject' }],
    rightful: otherSubject,
    passes: 200,
  },
  {
    command: 'CompleteCommuneCheck',
    resource: dossier,
    body: {
      complete: true,
      findings: { localOrigin: { met: true }, localLabour: { met: true }, ideaOrigin: { met: true }, localIdentity: { met: true } },
      reportNumber: '40/BC-UBND',
    },
    refused: [{ who: otherCommune, rule: 'OutsideArea' }],
    rightful: commune,
    passes: 200,
  },
  {
    command: 'ForwardDossier',
    resource: dossier,
    body: { to: 'province' },
    refused: [
      { who: otherCommune, rule: 'OutsideArea' },
      { who: otherOffice, rule: 'OutsideArea' },
    ],
    rightful: commune,
    passes: 200,
  },
  {
    command: 'CheckIntake',
    resource: dossier,
    body: { complete: false, missing: ['Phiếu kiểm nghiệm vi sinh'] },
    refused: [{ who: otherOffice, rule: 'OutsideArea' }],
    rightful: office,
    passes: 200,
  },
  {
    command: 'ProvideSupplement',
    resource: dossier,
    body: { evidence: [evidence('Phiếu kiểm nghiệm vi sinh')], note: 'Bổ sung theo yêu cầu' },
    refused: [{ who: subject, rule: 'NotYourSubject' }],
    rightful: otherSubject,
    passes: 200,
  },
  {
    command: 'RecordAdvisoryReview',
    resource: dossier,
    body: { report: evidence('Báo cáo tổ tư vấn') },
    refused: [{ who: otherOffice, rule: 'OutsideArea' }],
    rightful: office,
    passes: 200,
    given: [{ who: office, resource: dossier, command: 'CheckIntake', body: { complete: true } }],
  },

  // Rounds: the office of the round's province; members in their own name on their own council; the chair of that council.
  {
    command: 'OpenRound',
    resource: round,
    body: {
      roundId: 'dot-ld-2026-9',
      councilId: 'hd-lam-dong-2026',
      level: 'province',
      year: 2026,
      number: 9,
      extra: true,
      council: roundCouncil,
      province: '68',
      lastDay: '2026-12-30',
    },
    refused: [{ who: otherOffice, rule: 'OutsideArea' }],
    rightful: office,
    passes: 201,
  },
  {
    command: 'AssignDossier',
    resource: round,
    body: { dossierId: 'hs-2026-banh-moi', productId: 'banh-moi', sheet: 8, ruleSet: 'qd26-2026', kind: 'first', filedOn: '2026-12-01' },
    refused: [{ who: otherOffice, rule: 'OutsideArea' }],
    rightful: office,
    passes: 200,
  },
  {
    command: 'DeclareConflict',
    resource: round,
    body: { dossierId: 'hs-2026-banh-moi', person: 'ld-yt', reason: 'Người thân làm việc cho hộ kinh doanh' },
    refused: [
      { who: member, rule: 'NotYourself' },
      { who: stranger, rule: 'NotOnCouncil', body: { person: 'tl-nn' } },
    ],
    rightful: yt,
    passes: 200,
  },
  {
    command: 'SubmitSheet',
    resource: round,
    body: { dossierId: 'hs-2026-banh-moi', person: 'ld-ct', input: answers(66) },
    refused: [
      { who: nmt, rule: 'NotYourself' },
      { who: stranger, rule: 'NotOnCouncil', body: { person: 'tl-nn' } },
    ],
    rightful: member,
    passes: 200,
  },
  {
    command: 'CloseScoring',
    resource: round,
    body: { dossierId: 'hs-2026-banh-moi', chair: 'ld-chair' },
    refused: [
      { who: chair, rule: 'NotYourself', body: { chair: 'ld-nmt' } },
      { who: otherChair, rule: 'NotTheChair', body: { chair: 'tl-chair' } },
    ],
    rightful: chair,
    passes: 200,
    given: ['ld-chair', 'ld-nmt', 'ld-kh'].map((person) => ({
      who: memberAccount(person),
      resource: round,
      command: 'SubmitSheet',
      body: { dossierId: 'hs-2026-banh-moi', person, input: answers(person === 'ld-kh' ? 67 : 65) },
    })),
  },
  {
    command: 'AdoptResult',
    resource: round,
    body: { dossierId: 'hs-2026-banh-moi', chair: 'ld-chair' },
    refused: [
      { who: chair, rule: 'NotYourself', body: { chair: 'ld-ct' } },
      { who: otherChair, rule: 'NotTheChair', body: { chair: 'tl-chair' } },
    ],
    rightful: chair,
    passes: 200,
  },
  {
    command: 'RemoveDossierFromRound',
    resource: round,
    body: { dossierId: 'hs-2026-nghe-nang-hang', reason: 'Hồ sơ đã được quyết định' },
    refused: [{ who: otherOffice, rule: 'OutsideArea' }],
    rightful: office,
    passes: 200,
    given: [
      {
        who: office,
        resource: round,
        command: 'AssignDossier',
        body: {
          dossierId: 'hs-2026-nghe-nang-hang',
          productId: 'tinh-bot-nghe',
          sheet: 20,
          ruleSet: 'qd148-2023-qd1489-2025',
          kind: 'upgrade',
          filedOn: '2026-05-08',
        },
      },
    ],
  },
  {
    command: 'CloseRound',
    resource: round,
    body: { chair: 'ld-chair' },
    refused: [
      { who: chair, rule: 'NotYourself', body: { chair: 'ld-ct' } },
      { who: otherChair, rule: 'NotTheChair', body: { chair: 'tl-chair' } },
    ],
    rightful: chair,
    passes: 200,
  },

  // Certifications: the authority of the product's area, signing at its own level, in its own province.
  {
    command: 'DecideRecognition',
    resource: '/api/certifications/banh-moi',
    body: { dossierId: 'hs-2026-banh-moi', certificateId: 'gcn-ld-2026-301', stars: 3, decision: decision('2501/QĐ-UBND') },
    refused: [
      { who: otherAuthority, rule: 'OutsideArea' },
      { who: authority, rule: 'NotYourLevel', body: { decision: decision('2501/QĐ-UBND', communeSigner) } },
      { who: authority, rule: 'OutsideArea', body: { decision: decision('2501/QĐ-UBND', hanoiSigner) } },
    ],
    rightful: authority,
    passes: 200,
  },
  {
    command: 'RefuseRecognition',
    resource: '/api/certifications/cha-ca-that-lat',
    body: { dossierId: 'hs-2026-cha-ca-danh-gia-lai', decision: decision('2502/QĐ-UBND'), reason: 'Không đạt' },
    refused: [
      { who: otherAuthority, rule: 'OutsideArea' },
      { who: authority, rule: 'NotYourLevel', body: { decision: decision('2502/QĐ-UBND', communeSigner) } },
    ],
    rightful: authority,
    passes: { status: 409, rule: 'AlreadyDecided' },
  },
  {
    command: 'RevokeCertificate',
    resource: '/api/certifications/banh-moi',
    body: {
      certificateId: 'gcn-ld-2026-301',
      grounds: ['markMisuse'],
      finding: { on: '2026-11-25', body: 'Chi cục Quản lý thị trường tỉnh Lâm Đồng', reference: '77/BB-QLTT' },
      decision: decision('2503/QĐ-UBND'),
    },
    refused: [
      { who: otherAuthority, rule: 'OutsideArea' },
      { who: authority, rule: 'NotYourLevel', body: { decision: decision('2503/QĐ-UBND', communeSigner) } },
      { who: authority, rule: 'OutsideArea', body: { decision: decision('2503/QĐ-UBND', hanoiSigner) } },
    ],
    rightful: authority,
    passes: 200,
  },
  {
    command: 'AnnulRecognition',
    resource: '/api/certifications/cha-ca-that-lat',
    body: { certificateId: 'gcn-ld-2026-131', decision: decision('2504/QĐ-UBND'), reason: 'Hồ sơ kê khai không trung thực' },
    refused: [
      { who: otherAuthority, rule: 'OutsideArea' },
      { who: authority, rule: 'NotYourLevel', body: { decision: decision('2504/QĐ-UBND', communeSigner) } },
      { who: authority, rule: 'OutsideArea', body: { decision: decision('2504/QĐ-UBND', hanoiSigner) } },
    ],
    rightful: authority,
    passes: 200,
  },

  // The dossier, decided: still its subject's and its area's, and closed.
  {
    command: 'DisqualifyDossier',
    resource: dossier,
    body: { condition: 'legalForm', reason: 'Không còn hoạt động' },
    refused: [
      { who: otherCommune, rule: 'OutsideArea' },
      { who: otherOffice, rule: 'OutsideArea' },
    ],
    rightful: commune,
    passes: { status: 409, rule: 'WrongStage' },
  },
  {
    command: 'WithdrawDossier',
    resource: dossier,
    body: { reason: 'Rút hồ sơ' },
    refused: [{ who: subject, rule: 'NotYourSubject' }],
    rightful: otherSubject,
    passes: { status: 409, rule: 'WrongStage' },
  },
];

const clock = testClock('2026-12-01T03:00:00.000Z');
let host: TestHost;
test.before(async () => {
  host = await startTestHost('sqlite', { clock: clock.clock });
});
test.after(async () => {
  await host.dispose();
});

/** The stream a resource path names, and its ETag now (none when the stream does not exist yet). */
const preconditionOf = async (resource: string): Promise<Record<string, string>> => {
  const [, , segment = '', id = ''] = resource.split('/');
  const family = families.find((f) => f.segment === segment);
  if (!family) throw new Error(`no family for ${resource}`);
  const stream = aggregates[family.aggregate].stream(id);
  const head = (await streamHeads(host.store, [stream]))[stream] ?? '-1';
  return head === '-1' ? {} : { 'if-match': `"${head}"` };
};

const send = async (who: Claims, resource: string, command: string, body: Body): Promise<Answer> =>
  client(host, await host.token(who)).post(`${resource}/commands/${command}`, body, await preconditionOf(resource));

for (const row of rows) {
  test(`${row.command} on ${row.resource}: ${row.refused.map((r) => r.rule).join(', ')} for the others; passes for ${row.rightful.sub}`, async () => {
    for (const g of row.given ?? []) {
      const a = await send(g.who, g.resource, g.command, g.body);
      assert.ok(a.status === 200 || a.status === 201, `given ${g.command}: ${a.status} ${a.text}`);
    }
    const before = await allEventIds(host.store);
    for (const r of row.refused) {
      const a = await send(r.who, row.resource, row.command, { ...row.body, ...r.body });
      assert.is(a.status, 403, `${r.who.sub}: ${a.text}`);
      assert.match(a.headers.get('content-type') ?? '', /application\/problem\+json/);
      assert.is(at(a.body, 'rule'), r.rule, `${r.who.sub}: ${a.text}`);
    }
    assert.equal(await allEventIds(host.store), before, 'the refused requests wrote nothing');

    const a = await send(row.rightful, row.resource, row.command, row.body);
    if (typeof row.passes === 'number') assert.is(a.status, row.passes, a.text);
    else {
      assert.is(a.status, row.passes.status, a.text);
      assert.is(at(a.body, 'rule'), row.passes.rule, a.text);
    }
  });
}

test('every command with a check beyond its role has a row: all but the process managers’ (the administrator’s only)', () => {
  const covered = new Set(rows.map((r) => r.command));
  const missing = Object.entries(commandRoles)
    .filter(([, roles]) => !(roles.length === 1 && roles[0] === 'administrator'))
    .map(([type]) => type)
    .filter((type) => !covered.has(type));
  assert.equal(missing, []);
});

test.run();
