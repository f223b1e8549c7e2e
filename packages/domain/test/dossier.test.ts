import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { deciderSpecification, nonEmpty } from '@ocop/kernel';
import { dossierDecider, type DossierCommand, type DossierEvent } from '../src/index.js';
import {
  area,
  certificateId,
  communeOfficer,
  ctx,
  day,
  decision,
  dossierId,
  evidence,
  productId,
  riceAnswers,
  roundId,
  subjectActor,
  subjectId,
  system,
} from './fixtures.js';

const spec = deciderSpecification(dossierDecider);

const file = (on: string, extra: Partial<Extract<DossierCommand, { type: 'FileDossier' }>['data']> = {}): DossierCommand => ({
  type: 'FileDossier',
  data: {
    dossierId,
    productId,
    subjectId,
    subjectLegalForm: 'cooperative',
    sheet: 3,
    kind: 'first',
    area,
    selfAssessment: { answers: riceAnswers() },
    evidence: [evidence('Phiếu đăng ký (Mẫu 01)'), evidence('Báo cáo tự đánh giá (Mẫu 02)')],
    ...ctx(on, subjectActor),
    ...extra,
  },
});

const filed = (on: string, extra: Parameters<typeof file>[1] = {}): DossierEvent => {
  const r = spec.given([]).when(file(on, extra)).result;
  if (r._tag === 'Left' || !r.right[0]) throw new Error(`could not file: ${JSON.stringify(r)}`);
  return r.right[0];
};

const certificate = (expiresOn: string, stars: 3 | 4 | 5 = 3) => ({
  certificateId: certificateId('gcn-2023-17'),
  stars,
  ruleSet: 'qd148-2023' as const,
  issuedOn: day('2023-06-15'),
  expiresOn: day(expiresOn),
});

// QĐ 26/2026 Art. 11.1: a dossier filed from 22/05/2026 is under QĐ 26/2026.
test('a dossier pins the rule set in force on the day it is filed, and records the self-assessment score', () => {
  const e = filed('2026-09-01');
  assert.is(e.type, 'DossierFiled');
  if (e.type !== 'DossierFiled') return;
  assert.is(e.data.ruleSet, 'qd26-2026');
  assert.is(e.data.filedOn, '2026-09-01');
  assert.equal([e.data.selfAssessment.total, e.data.selfAssessment.stars], [100, 5]);
  const older = filed('2024-05-10');
  assert.ok(older.type === 'DossierFiled' && older.data.ruleSet === 'qd148-2023');
});

// A filing is judged under the acts in force on its day: QĐ 26/2026 and its Art. 12.2 deadline come later.
test('a dossier filed before QĐ 26/2026 is pinned to the act then in force, with no deadline from an act not yet in force', () => {
  const e = filed('2026-05-15');
  assert.ok(e.type === 'DossierFiled' && e.data.ruleSet === 'qd148-2023-qd1489-2025');
  assert.is(e.data.governing.decideBy, undefined);
  assert.not.match(e.data.governing.reason, /22\/05\/2026/);
});

test('an invalid self-assessment is refused, naming each problem; nothing is written', () => {
  spec
    .given([])
    .when(file('2026-09-01', { selfAssessment: { answers: riceAnswers({ '1.1': 9 }) } }))
    .thenError((e) => e.rule === 'SelfAssessmentInvalid' && e.message === 'criterion 1.1: 9 is not an option; answer 1 to 3');
});

// Art. 2.3: associations and operating centres apply only for the tourism group.
test('an association may file only on the tourism sheet', () => {
  spec
    .given([])
    .when(file('2026-09-01', { subjectLegalForm: 'association' }))
    .thenError((e) => e.rule === 'SubjectNotEligible' && e.source?.article === 'Art. 2.3');
});

// Art. 7.6.a: a re-evaluation is filed 180 to 120 days before expiry.
test('a re-evaluation inside its window is accepted; a day early or a day late is refused with the window', () => {
  const current = certificate('2027-06-15');
  for (const on of ['2026-12-17', '2027-02-15'])
    assert.is(filed(on, { kind: 'reEvaluation', currentCertificate: current }).type, 'DossierFiled');
  for (const on of ['2026-12-16', '2027-02-16'])
    spec
      .given([])
      .when(file(on, { kind: 'reEvaluation', currentCertificate: current }))
      .thenError(
        (e) =>
          e.rule === 'ReEvaluationOutsideWindow' &&
          e.source?.article === 'Art. 7.6.a, d, g' &&
          JSON.stringify(e.details) === JSON.stringify({ opens: '2026-12-17', closes: '2027-02-15', filedOn: on }),
      );
});

// Art. 12.3: when the window closed before QĐ 26/2026 took effect, the product may still be re-evaluated.
test('a certificate whose window had closed before 22/05/2026 may be re-evaluated up to 180 days after expiry', () => {
  const current = certificate('2026-08-01');
  assert.is(filed('2026-09-10', { kind: 'reEvaluation', currentCertificate: current }).type, 'DossierFiled');
  spec
    .given([])
    .when(file('2027-01-29', { kind: 'reEvaluation', currentCertificate: current }))
    .thenError((e) => e.rule === 'ReEvaluationOutsideWindow');
});

test('a re-evaluation needs the certificate it renews', () => {
  spec
    .given([])
    .when(file('2026-12-20', { kind: 'reEvaluation' }))
    .thenError((e) => e.rule === 'NoCertificateToReEvaluate');
});

// Art. 6.1.b, 7.5: an upgrade over a current certificate, aiming higher.
test('an upgrade needs a current certificate below the target', () => {
  const current = certificate('2026-06-15', 3);
  assert.is(filed('2026-03-01', { kind: 'upgrade', currentCertificate: current, targetStars: 4 }).type, 'DossierFiled');
  spec
    .given([])
    .when(file('2026-03-01', { kind: 'upgrade', currentCertificate: current, targetStars: 3 }))
    .thenError((e) => e.rule === 'UpgradeNotAbove');
  spec
    .given([])
    .when(file('2026-03-01', { kind: 'upgrade', currentCertificate: current }))
    .thenError((e) => e.rule === 'TargetStarsRequired');
  spec
    .given([])
    .when(file('2026-07-01', { kind: 'upgrade', currentCertificate: current, targetStars: 4 }))
    .thenError((e) => e.rule === 'NoCurrentCertificate');
  spec
    .given([])
    .when(file('2026-03-01', { kind: 'upgrade', targetStars: 4 }))
    .thenError((e) => e.rule === 'NoCurrentCertificate');
});

test('a product with a current certificate is not evaluated for the first time again', () => {
  spec
    .given([])
    .when(file('2026-03-01', { currentCertificate: certificate('2026-06-15') }))
    .thenError((e) => e.rule === 'ProductAlreadyCertified');
  assert.is(filed('2026-07-01', { currentCertificate: certificate('2026-06-15') }).type, 'DossierFiled');
});

test('a dossier is filed once', () => {
  spec
    .given([filed('2026-09-01')])
    .when(file('2026-09-02'))
    .thenError((e) => e.rule === 'DossierAlreadyFiled' && e.kind === 'conflict');
});

const findings = {
  localOrigin: { met: true },
  localLabour: { met: true },
  ideaOrigin: { met: true },
  localIdentity: { met: false, note: nonEmpty('câu chuyện sản phẩm chưa gắn với địa phương') },
};

// Art. 7.2: the commune checks completeness and four contents within 15 working days of receipt.
test("the commune's check records its findings and the deadline of 15 working days", () => {
  const e = spec.given([filed('2026-09-01')]).when({
    type: 'CompleteCommuneCheck',
    data: { complete: true, findings, reportNumber: nonEmpty('03/BC-UBND'), ...ctx('2026-09-10', communeOfficer) },
  }).result;
  assert.ok(e._tag === 'Right');
  const checked = e._tag === 'Right' ? e.right[0] : undefined;
  // 1–2 September 2026 are the National Day holidays: day 1 is Thursday 3 September, day 15 Wednesday 23 September.
  assert.ok(checked?.type === 'CommuneCheckCompleted');
  if (checked?.type === 'CommuneCheckCompleted')
    assert.equal([checked.data.checkedOn, checked.data.deadline], ['2026-09-10', '2026-09-23']);
});

test('an incomplete dossier goes back to the subject with what is missing, and comes back with it', () => {
  const returned: DossierEvent = {
    type: 'CommuneCheckCompleted',
    data: {
      dossierId,
      complete: false,
      missing: [nonEmpty('Giấy chứng nhận ATTP')],
      findings,
      reportNumber: nonEmpty('03/BC-UBND'),
      checkedOn: day('2026-09-10'),
      deadline: day('2026-09-23'),
      ...ctx('2026-09-10', communeOfficer),
    },
  };
  spec
    .given([filed('2026-09-01')])
    .when({
      type: 'CompleteCommuneCheck',
      data: { complete: false, findings, reportNumber: nonEmpty('03/BC-UBND'), ...ctx('2026-09-10', communeOfficer) },
    })
    .thenError((e) => e.rule === 'MissingItemsRequired');
  spec
    .given([filed('2026-09-01'), returned])
    .when({ type: 'ForwardDossier', data: { to: 'province', ...ctx('2026-09-11', communeOfficer) } })
    .thenError((e) => e.rule === 'WrongStage');
  spec
    .given([filed('2026-09-01'), returned])
    .when({ type: 'ProvideSupplement', data: { evidence: [evidence('Giấy chứng nhận ATTP')], ...ctx('2026-09-15', subjectActor) } })
    .then([
      { type: 'SupplementProvided', data: { dossierId, evidence: [evidence('Giấy chứng nhận ATTP')], ...ctx('2026-09-15', subjectActor) } },
    ]);
});

const checked: DossierEvent = {
  type: 'CommuneCheckCompleted',
  data: {
    dossierId,
    complete: true,
    findings,
    reportNumber: nonEmpty('03/BC-UBND'),
    checkedOn: day('2026-09-10'),
    deadline: day('2026-09-23'),
    ...ctx('2026-09-10', communeOfficer),
  },
};

// QĐ 26/2026 Art. 7.2.b: the commune sends the dossier to the province; QĐ 148/2023: to the district.
test('the commune forwards to the first council level of the rule set: the province now, the district in 2024', () => {
  spec
    .given([filed('2026-09-01'), checked])
    .when({ type: 'ForwardDossier', data: { to: 'province', ...ctx('2026-09-11', communeOfficer) } })
    .then([{ type: 'DossierForwarded', data: { dossierId, from: 'commune', to: 'province', ...ctx('2026-09-11', communeOfficer) } }]);
  spec
    .given([filed('2026-09-01'), checked])
    .when({ type: 'ForwardDossier', data: { to: 'district', ...ctx('2026-09-11', communeOfficer) } })
    .thenError((e) => e.rule === 'WrongLevel');
  spec
    .given([filed('2024-05-02'), checked])
    .when({ type: 'ForwardDossier', data: { to: 'district', ...ctx('2024-05-20', communeOfficer) } })
    .then([{ type: 'DossierForwarded', data: { dossierId, from: 'commune', to: 'district', ...ctx('2024-05-20', communeOfficer) } }]);
});

const forwarded: DossierEvent = {
  type: 'DossierForwarded',
  data: { dossierId, from: 'commune', to: 'province', ...ctx('2026-09-11', communeOfficer) },
};
const intake: DossierEvent = { type: 'IntakeChecked', data: { dossierId, level: 'province', complete: true, ...ctx('2026-09-15') } };

// Art. 7.3.a: the provincial office checks the file and asks for what is missing.
test('intake at the province: complete, or a request for supplements that lists what is missing', () => {
  spec
    .given([filed('2026-09-01'), checked, forwarded])
    .when({ type: 'CheckIntake', data: { complete: true, ...ctx('2026-09-15') } })
    .then([intake]);
  spec
    .given([filed('2026-09-01'), checked, forwarded])
    .when({ type: 'CheckIntake', data: { complete: false, missing: [nonEmpty('Phiếu kiểm nghiệm')], ...ctx('2026-09-15') } })
    .then([
      {
        type: 'IntakeChecked',
        data: { dossierId, level: 'province', complete: false, missing: [nonEmpty('Phiếu kiểm nghiệm')], ...ctx('2026-09-15') },
      },
    ]);
});

// Annex II, sheet 3: "Hồ sơ bị loại khi: Giả mạo hồ sơ …".
test("disqualification names one of the sheet's conditions and records its text", () => {
  const r = spec.given([filed('2026-09-01'), checked, forwarded, intake]).when({
    type: 'DisqualifyDossier',
    data: { condition: nonEmpty('dossier'), reason: nonEmpty('giấy chứng nhận ATTP giả'), ...ctx('2026-09-20') },
  }).result;
  assert.ok(
    r._tag === 'Right' && r.right[0]?.type === 'DossierDisqualified' && r.right[0].data.conditionText.startsWith('Hồ sơ bị loại khi'),
  );
  spec
    .given([filed('2026-09-01'), checked, forwarded, intake])
    .when({ type: 'DisqualifyDossier', data: { condition: nonEmpty('late'), reason: nonEmpty('nộp muộn'), ...ctx('2026-09-20') } })
    .thenError((e) => e.rule === 'UnknownDisqualification' && JSON.stringify(e.details) === JSON.stringify({ conditions: ['dossier'] }));
});

const resultTo = (
  outcome: Extract<DossierEvent, { type: 'CouncilResultReceived' }>['data']['outcome'],
  stars: 1 | 2 | 3 | 4 | 5,
  mean: number,
): DossierEvent => ({
  type: 'CouncilResultReceived',
  data: { dossierId, roundId, level: 'province', mean, stars, outcome, ...ctx('2026-12-10', system) },
});

// Art. 7.3.e: a result of 90 or more goes to the ministry once the provincial chairman approves it.
test('a result for the ministry is forwarded only with the provincial approval decision', () => {
  const fwd = resultTo({ kind: 'forward', from: 'province', to: 'central', stars: 5 }, 5, 93.5);
  const before = [filed('2026-09-01'), checked, forwarded, intake, fwd];
  spec
    .given(before)
    .when({ type: 'ForwardDossier', data: { to: 'central', ...ctx('2026-12-15') } })
    .thenError((e) => e.rule === 'ApprovalRequired');
  spec
    .given(before)
    .when({ type: 'ForwardDossier', data: { to: 'central', decision: decision('district', '2026-12-15'), ...ctx('2026-12-15') } })
    .thenError((e) => e.rule === 'NotCompetentAuthority' && e.kind === 'forbidden');
  spec
    .given(before)
    .when({ type: 'ForwardDossier', data: { to: 'central', decision: decision('province', '2026-12-15'), ...ctx('2026-12-15') } })
    .then([
      {
        type: 'DossierForwarded',
        data: { dossierId, from: 'province', to: 'central', decision: decision('province', '2026-12-15'), ...ctx('2026-12-15') },
      },
    ]);
});

test('a result below 3 stars closes the dossier; a closed dossier takes nothing more', () => {
  const low = resultTo({ kind: 'notCertified', stars: 2 }, 2, 45);
  spec
    .given([filed('2026-09-01'), checked, forwarded, intake, low])
    .when({ type: 'WithdrawDossier', data: { ...ctx('2026-12-20', subjectActor) } })
    .thenError((e) => e.rule === 'WrongStage');
});

test('the subject may withdraw until the decision', () => {
  spec
    .given([filed('2026-09-01'), checked, forwarded])
    .when({ type: 'WithdrawDossier', data: { reason: nonEmpty('bổ sung kiểm nghiệm'), ...ctx('2026-09-20', subjectActor) } })
    .then([{ type: 'DossierWithdrawn', data: { dossierId, reason: nonEmpty('bổ sung kiểm nghiệm'), ...ctx('2026-09-20', subjectActor) } }]);
});

// Art. 12.2.a: an old-rules dossier not decided by 21/07/2026 lapses.
test('a dossier under the transitional rules lapses after the day it had to be decided by, not before', () => {
  const old = filed('2026-05-10');
  spec
    .given([old])
    .when({ type: 'LapseDossier', data: { today: day('2026-07-21'), ...ctx('2026-07-21', system) } })
    .thenError((e) => e.rule === 'NotLapsed');
  spec
    .given([old])
    .when({ type: 'LapseDossier', data: { today: day('2026-07-22'), ...ctx('2026-07-22', system) } })
    .then([{ type: 'DossierLapsed', data: { dossierId, decideBy: day('2026-07-21'), ...ctx('2026-07-22', system) } }]);
  spec
    .given([filed('2026-09-01')])
    .when({ type: 'LapseDossier', data: { today: day('2027-01-01'), ...ctx('2027-01-01', system) } })
    .thenError((e) => e.rule === 'NotLapsed');
});

test('commands on a dossier never filed are refused as not found', () => {
  spec
    .given([])
    .when({ type: 'WithdrawDossier', data: { ...ctx('2026-09-20', subjectActor) } })
    .thenError((e) => e.kind === 'notFound' && e.rule === 'DossierNotFiled');
});

test.run();
