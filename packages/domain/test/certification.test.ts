import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { deciderSpecification, nonEmpty } from '@ocop/kernel';
import type { DossierKind, Level, RevocationGround, RuleSetId } from '@ocop/rules';
import { certificationDecider, DossierId, type CertificationCommand, type CertificationEvent, type StoredOutcome } from '../src/index.js';
import { certificateId, ctx, day, decision, dossierId, productId, roundId, system } from './fixtures.js';

const spec = deciderSpecification(certificationDecider);

const provinceChairman = {
  level: 'province' as const,
  title: 'Chủ tịch UBND cấp tỉnh',
  titleEn: "Chairman of the provincial People's Committee",
};
const districtChairman = {
  level: 'district' as const,
  title: 'Chủ tịch UBND cấp huyện',
  titleEn: "Chairman of the district People's Committee",
};
const minister = {
  level: 'central' as const,
  title: 'Bộ trưởng Bộ Nông nghiệp và Môi trường',
  titleEn: 'Minister of Agriculture and Environment',
};

type ResultData = Extract<CertificationEvent, { type: 'CouncilResultRecorded' }>['data'];

const resultData = (o: {
  readonly outcome: StoredOutcome;
  readonly stars: 1 | 2 | 3 | 4 | 5;
  readonly mean: number;
  readonly ruleSet?: RuleSetId;
  readonly kind?: DossierKind;
  readonly level?: Level;
  readonly filedOn?: string;
  readonly on?: string;
  readonly dossier?: typeof dossierId;
}): ResultData => ({
  productId,
  dossierId: o.dossier ?? dossierId,
  roundId,
  ruleSet: o.ruleSet ?? 'qd26-2026',
  kind: o.kind ?? 'first',
  filedOn: day(o.filedOn ?? '2026-06-01'),
  level: o.level ?? 'province',
  sheet: 3,
  mean: o.mean,
  stars: o.stars,
  outcome: o.outcome,
  ...ctx(o.on ?? '2026-12-10', system),
});

const result = (o: Parameters<typeof resultData>[0]): CertificationEvent => ({ type: 'CouncilResultRecorded', data: resultData(o) });

const recognise3 = result({
  outcome: { kind: 'recognise', level: 'province', stars: 3, authority: provinceChairman },
  stars: 3,
  mean: 64.5,
});

const otherDossier = (() => {
  const id = 'd-2025-009';
  if (!DossierId.is(id)) throw new Error('bad id');
  return id;
})();

const decide = (level: Level, on: string, stars: 3 | 4 | 5 = 3, id = 'gcn-2026-001', dossier = dossierId): CertificationCommand => ({
  type: 'DecideRecognition',
  data: { dossierId: dossier, certificateId: certificateId(id), stars, decision: decision(level, on), ...ctx(on) },
});

const decided = (
  on: string,
  stars: 3 | 4 | 5,
  id: string,
  ruleSet: RuleSetId,
  expiresOn: string,
  authority: { readonly level: Level; readonly title: string } = provinceChairman,
  level: Level = 'province',
  outcome: 'recognise' | 'fallback' = 'recognise',
  mean = 64.5,
) =>
  [
    {
      type: 'RecognitionDecided',
      data: {
        productId,
        dossierId,
        kind: 'first',
        ruleSet,
        stars,
        decision: decision(authority.level, on),
        basis: { roundId, level, mean, outcome },
        ...ctx(on),
      },
    },
    {
      type: 'CertificateIssued',
      data: {
        productId,
        certificateId: certificateId(id),
        dossierId,
        ruleSet,
        stars,
        issuedOn: day(on),
        expiresOn: day(expiresOn),
        authority: { level: authority.level, title: authority.title },
        ...ctx(on),
      },
    },
  ] satisfies ReadonlyArray<CertificationEvent>;

// QĐ 26/2026 Art. 4.1.a, 4.3, 7.3.e: the provincial chairman recognises 3★ and issues a certificate valid 36 months.
test('the competent authority recognises the adopted result and issues a certificate valid 36 months', () => {
  spec
    .given([recognise3])
    .when(decide('province', '2026-12-20'))
    .then(decided('2026-12-20', 3, 'gcn-2026-001', 'qd26-2026', '2029-12-20'));
});

test('a decision needs an adopted result on that dossier', () => {
  spec
    .given([])
    .when(decide('province', '2026-12-20'))
    .thenError((e) => e.rule === 'NoAdoptedResult' && e.kind === 'conflict');
});

test('the stars decided are those of the result', () => {
  spec
    .given([recognise3])
    .when(decide('province', '2026-12-20', 4))
    .thenError((e) => e.rule === 'StarsDifferFromResult');
});

// Art. 4.1: not a district, not the ministry, for a 3★ product under QĐ 26/2026.
test('a decision by another level than the competent one is forbidden, citing the rule set', () => {
  spec
    .given([recognise3])
    .when(decide('central', '2026-12-20'))
    .thenError((e) => e.rule === 'NotCompetentAuthority' && e.kind === 'forbidden' && e.source?.act === 'QĐ 26/2026/QĐ-TTg');
  spec
    .given([recognise3])
    .when(decide('district', '2026-12-20'))
    .thenError((e) => e.rule === 'NotCompetentAuthority');
});

// QĐ 148/2023: the district recognised 3★.
test('under QĐ 148/2023 the district chairman recognises a 3★ product', () => {
  const r = result({
    outcome: { kind: 'recognise', level: 'district', stars: 3, authority: districtChairman },
    stars: 3,
    mean: 62,
    ruleSet: 'qd148-2023',
    level: 'district',
    filedOn: '2024-05-02',
    on: '2024-06-20',
  });
  spec
    .given([r])
    .when(decide('district', '2024-06-25'))
    .then(
      decided('2024-06-25', 3, 'gcn-2026-001', 'qd148-2023', '2027-06-25', districtChairman, 'district', 'recognise', 64.5).map((e) =>
        e.type === 'RecognitionDecided' ? { ...e, data: { ...e.data, basis: { ...e.data.basis, mean: 62 } } } : e,
      ),
    );
  spec
    .given([r])
    .when(decide('province', '2024-06-25'))
    .thenError((e) => e.rule === 'NotCompetentAuthority');
});

// QĐ 1489/2025: from 06/07/2025 the province recognises 3★; a district's result decided afterwards is the province's.
test('a 2025 district result decided after QĐ 1489 is recognised by the province, not the vanished district', () => {
  const r = result({
    outcome: { kind: 'recognise', level: 'district', stars: 3, authority: districtChairman },
    stars: 3,
    mean: 61,
    ruleSet: 'qd148-2023',
    level: 'district',
    filedOn: '2025-03-01',
    on: '2025-06-20',
  });
  spec
    .given([r])
    .when(decide('district', '2025-08-01'))
    .thenError((e) => e.rule === 'NotCompetentAuthority' && e.message.includes('qd148-2023-qd1489-2025'));
  const ok = spec.given([r]).when(decide('province', '2025-08-01')).result;
  assert.ok(ok._tag === 'Right' && ok.right[0]?.type === 'RecognitionDecided' && ok.right[0].data.ruleSet === 'qd148-2023-qd1489-2025');
  // Decided before 06/07/2025, the district still decides.
  assert.ok(spec.given([r]).when(decide('district', '2025-06-30')).result._tag === 'Right');
});

// A result that contradicts itself is refused when recorded (QĐ 26/2026 Art. 3.3, 4.1).
test('a result whose outcome does not follow from its stars, or whose mean does not reach them, is not recorded', () => {
  const record = (o: Parameters<typeof resultData>[0]): CertificationCommand => ({ type: 'RecordCouncilResult', data: resultData(o) });
  spec
    .given([])
    .when(record({ outcome: { kind: 'recognise', level: 'province', stars: 3, authority: provinceChairman }, stars: 1, mean: 20 }))
    .thenError((e) => e.rule === 'OutcomeDoesNotFollow');
  spec
    .given([])
    .when(record({ outcome: { kind: 'recognise', level: 'province', stars: 3, authority: provinceChairman }, stars: 3, mean: 48 }))
    .thenError((e) => e.rule === 'StarsAboveBand');
  spec
    .given([])
    .when(
      record({
        outcome: { kind: 'recognise', level: 'district', stars: 3, authority: districtChairman },
        stars: 3,
        mean: 60,
        level: 'district',
      }),
    )
    .thenError((e) => e.rule === 'NoCouncilAtLevel');
});

test('a history imported from its certificate onwards knows its product: the certificate can expire', () => {
  const imported = decided('2023-06-15', 3, 'gcn-2023-17', 'qd148-2023', '2026-06-15', districtChairman, 'district').filter(
    (e) => e.type === 'CertificateIssued',
  );
  spec
    .given(imported)
    .when({
      type: 'ExpireCertificate',
      data: { certificateId: certificateId('gcn-2023-17'), today: day('2026-06-16'), ...ctx('2026-06-16', system) },
    })
    .then([
      {
        type: 'CertificateExpired',
        data: { productId, certificateId: certificateId('gcn-2023-17'), lastValidDay: day('2026-06-15'), ...ctx('2026-06-16', system) },
      },
    ]);
});

// Art. 7.3.e: 90 or more goes to the ministry; the province does not certify it.
test('a result that goes on to the next level cannot be decided here', () => {
  const fwd = result({ outcome: { kind: 'forward', from: 'province', to: 'central', stars: 5 }, stars: 5, mean: 92 });
  spec
    .given([fwd])
    .when(decide('province', '2026-12-20', 5))
    .thenError((e) => e.rule === 'ResultDoesNotLeadToRecognition');
});

test('a result below 3 stars is not certified (Art. 4.1.a)', () => {
  const low = result({ outcome: { kind: 'notCertified', stars: 2 }, stars: 2, mean: 46 });
  spec
    .given([low])
    .when(decide('province', '2026-12-20', 3))
    .thenError((e) => e.rule === 'ResultDoesNotLeadToRecognition');
});

// Art. 7.4.e and 7.4.g: the minister recognises 5★; below 90 at the ministry, the province may recognise 3★ or 4★.
test('the ministry recognises 5★; a central result below 90 falls back to the provincial chairman', () => {
  const five = result({
    outcome: { kind: 'recognise', level: 'central', stars: 5, authority: minister },
    stars: 5,
    mean: 91,
    level: 'central',
  });
  const r = spec.given([five]).when(decide('central', '2027-03-20', 5)).result;
  assert.ok(r._tag === 'Right' && r.right[1]?.type === 'CertificateIssued' && r.right[1].data.authority.level === 'central');
  const fallback = result({
    outcome: { kind: 'fallback', from: 'central', to: 'province', stars: 4, authority: provinceChairman },
    stars: 4,
    mean: 86,
    level: 'central',
  });
  spec
    .given([fallback])
    .when(decide('central', '2027-03-20', 4))
    .thenError((e) => e.rule === 'NotCompetentAuthority' && e.source?.article === 'Art. 7.4.g');
  const ok = spec.given([fallback]).when(decide('province', '2027-03-25', 4)).result;
  assert.ok(ok._tag === 'Right' && ok.right[0]?.type === 'RecognitionDecided' && ok.right[0].data.basis.outcome === 'fallback');
});

// Art. 12.2.a: an old-rules dossier is decided by 21/07/2026 or not at all.
test('transitional: a dossier filed under the old rules cannot be decided after its deadline', () => {
  const r = result({
    outcome: { kind: 'recognise', level: 'province', stars: 3, authority: provinceChairman },
    stars: 3,
    mean: 60,
    ruleSet: 'qd148-2023-qd1489-2025',
    filedOn: '2026-05-10',
    on: '2026-07-15',
  });
  const ok = spec.given([r]).when(decide('province', '2026-07-21')).result;
  assert.ok(ok._tag === 'Right');
  spec
    .given([r])
    .when(decide('province', '2026-07-22'))
    .thenError((e) => e.rule === 'TransitionalDeadlinePassed' && e.source?.article === 'Art. 12.2.a');
});

test('a dossier is decided once', () => {
  spec
    .given([recognise3, ...decided('2026-12-20', 3, 'gcn-2026-001', 'qd26-2026', '2029-12-20')])
    .when(decide('province', '2026-12-21', 3, 'gcn-2026-002'))
    .thenError((e) => e.rule === 'AlreadyDecided');
});

const issued = decided('2023-06-15', 3, 'gcn-2023-17', 'qd148-2023', '2026-06-15', districtChairman, 'district');
const history = [
  result({
    outcome: { kind: 'recognise', level: 'district', stars: 3, authority: districtChairman },
    stars: 3,
    mean: 61,
    ruleSet: 'qd148-2023',
    level: 'district',
    filedOn: '2023-04-01',
    on: '2023-06-01',
  }),
  ...issued,
];

// Art. 7.5: an upgrade supersedes the current certificate.
test('an upgrade to 4★ supersedes the 3★ certificate; an upgrade that does not rise is refused', () => {
  const up = (stars: 3 | 4) =>
    result({
      outcome: { kind: 'recognise', level: 'province', stars, authority: provinceChairman },
      stars,
      mean: stars === 4 ? 76 : 66,
      ruleSet: 'qd148-2023-qd1489-2025',
      kind: 'upgrade',
      filedOn: '2025-09-01',
      on: '2025-12-10',
      dossier: otherDossier,
    });
  const r = spec.given([...history, up(4)]).when(decide('province', '2025-12-15', 4, 'gcn-2025-044', otherDossier)).result;
  assert.ok(r._tag === 'Right');
  if (r._tag === 'Right') {
    assert.equal(
      r.right.map((e) => e.type),
      ['RecognitionDecided', 'CertificateIssued', 'CertificateSuperseded'],
    );
    const superseded = r.right[2];
    assert.ok(
      superseded?.type === 'CertificateSuperseded' &&
        superseded.data.certificateId === 'gcn-2023-17' &&
        superseded.data.supersededBy === 'gcn-2025-044',
    );
  }
  spec
    .given([...history, up(3)])
    .when(decide('province', '2025-12-15', 3, 'gcn-2025-044', otherDossier))
    .thenError((e) => e.rule === 'UpgradeNotAchieved');
});

// Art. 7.6: the result of a re-evaluation may be the same, higher or lower; below 3★ it is not renewed.
test('a re-evaluation renews, downgrades or does not renew the certificate', () => {
  const reEvalData = (stars: 1 | 2 | 3 | 4 | 5, outcome: StoredOutcome) =>
    resultData({
      outcome,
      stars,
      mean: 60,
      kind: 'reEvaluation',
      filedOn: '2026-01-05',
      on: '2026-03-01',
      dossier: otherDossier,
      ruleSet: 'qd148-2023-qd1489-2025',
    });
  const reEval = (stars: 1 | 2 | 3 | 4 | 5, outcome: StoredOutcome): CertificationEvent => ({
    type: 'CouncilResultRecorded',
    data: reEvalData(stars, outcome),
  });
  const filedNote: CertificationEvent = {
    type: 'ReEvaluationFiled',
    data: {
      productId,
      dossierId: otherDossier,
      certificateId: certificateId('gcn-2023-17'),
      filedOn: day('2026-01-05'),
      ...ctx('2026-01-06', system),
    },
  };
  const renewed = spec
    .given([...history, filedNote, reEval(3, { kind: 'recognise', level: 'province', stars: 3, authority: provinceChairman })])
    .when(decide('province', '2026-03-10', 3, 'gcn-2026-010', otherDossier)).result;
  assert.ok(renewed._tag === 'Right' && renewed.right[3]?.type === 'ReEvaluationConcluded' && renewed.right[3].data.outcome === 'renewed');
  const notRenewed = spec
    .given([...history, filedNote])
    .when({ type: 'RecordCouncilResult', data: reEvalData(2, { kind: 'notCertified', stars: 2 }) }).result;
  assert.ok(
    notRenewed._tag === 'Right' &&
      notRenewed.right[1]?.type === 'ReEvaluationConcluded' &&
      notRenewed.right[1].data.outcome === 'notRenewed',
  );
});

// Art. 4.3 with the Civil Code's counting: valid to the end of 15/06/2026.
test('a certificate expires by an explicit command, only after its last valid day', () => {
  const expire = (today: string): CertificationCommand => ({
    type: 'ExpireCertificate',
    data: { certificateId: certificateId('gcn-2023-17'), today: day(today), ...ctx(today, system) },
  });
  spec
    .given(history)
    .when(expire('2026-06-15'))
    .thenError((e) => e.rule === 'NotYetExpired');
  spec
    .given(history)
    .when(expire('2026-06-16'))
    .then([
      {
        type: 'CertificateExpired',
        data: { productId, certificateId: certificateId('gcn-2023-17'), lastValidDay: day('2026-06-15'), ...ctx('2026-06-16', system) },
      },
    ]);
});

// Art. 12.3: a re-evaluation filed late under the transition keeps the certificate up to 180 days after expiry.
test('a certificate with a pending transitional re-evaluation lasts up to 180 days past its expiry', () => {
  const pending: CertificationEvent = {
    type: 'ReEvaluationFiled',
    data: {
      productId,
      dossierId: otherDossier,
      certificateId: certificateId('gcn-2023-17'),
      filedOn: day('2026-06-01'),
      ...ctx('2026-06-01', system),
    },
  };
  const expire = (today: string): CertificationCommand => ({
    type: 'ExpireCertificate',
    data: { certificateId: certificateId('gcn-2023-17'), today: day(today), ...ctx(today, system) },
  });
  spec
    .given([...history, pending])
    .when(expire('2026-12-12'))
    .thenError((e) => e.rule === 'NotYetExpired' && e.message.endsWith('2026-12-12'));
  spec
    .given([...history, pending])
    .when(expire('2026-12-13'))
    .then([
      {
        type: 'CertificateExpired',
        data: { productId, certificateId: certificateId('gcn-2023-17'), lastValidDay: day('2026-12-12'), ...ctx('2026-12-13', system) },
      },
    ]);
});

const finding = { on: day('2026-05-25'), body: nonEmpty('Sở Y tế'), reference: nonEmpty('KL 12/KL-SYT') };
const revoke = (
  level: Level,
  on: string,
  grounds: ReadonlyArray<RevocationGround> = ['lawViolation'],
  found = finding,
): CertificationCommand => ({
  type: 'RevokeCertificate',
  data: { certificateId: certificateId('gcn-2023-17'), grounds, finding: found, decision: decision(level, on), ...ctx(on) },
});

// QĐ 26/2026 Art. 8.2, 8.4: a 3★ certificate is revoked by the provincial chairman, within 15 days of the finding.
test('revocation: by the authority that recognises such stars now, on a ground of Art. 8.1, late ones flagged', () => {
  const inTime = spec.given(history).when(revoke('province', '2026-06-05')).result;
  assert.ok(
    inTime._tag === 'Right' &&
      inTime.right[0]?.type === 'CertificateRevoked' &&
      inTime.right[0].data.withinDeadline &&
      inTime.right[0].data.deadline === '2026-06-09',
  );
  const late = spec.given(history).when(revoke('province', '2026-06-12')).result;
  assert.ok(late._tag === 'Right' && late.right[0]?.type === 'CertificateRevoked' && !late.right[0].data.withinDeadline);
  // The certificate was issued by a district; districts are gone, so the province revokes it.
  spec
    .given(history)
    .when(revoke('district', '2026-06-05'))
    .thenError((e) => e.rule === 'NotCompetentToRevoke' && e.kind === 'forbidden');
  spec
    .given(history)
    .when(revoke('province', '2026-06-05', []))
    .thenError((e) => e.rule === 'GroundsRequired');
  spec
    .given(history)
    .when(revoke('province', '2026-05-20'))
    .thenError((e) => e.rule === 'DecidedBeforeFinding');
  // Before QĐ 26/2026 no time limit was recorded (QĐ 148): nothing is late.
  const before = spec.given(history).when(revoke('province', '2026-02-10', ['lawViolation'], { ...finding, on: day('2026-01-02') })).result;
  assert.ok(
    before._tag === 'Right' &&
      before.right[0]?.type === 'CertificateRevoked' &&
      before.right[0].data.withinDeadline &&
      before.right[0].data.deadline === undefined,
  );
});

// Art. 10.1.b: the provincial chairman annuls a recognition made improperly, at the ministry's request.
test('annulment by the competent authority; an annulled certificate cannot be revoked', () => {
  const annul: CertificationCommand = {
    type: 'AnnulRecognition',
    data: {
      certificateId: certificateId('gcn-2023-17'),
      decision: decision('province', '2026-03-01'),
      reason: nonEmpty('đánh giá không đúng quy định'),
      request: { by: nonEmpty('Bộ Nông nghiệp và Môi trường'), reference: nonEmpty('CV 100/BNNMT') },
      ...ctx('2026-03-01'),
    },
  };
  const r = spec.given(history).when(annul).result;
  assert.ok(r._tag === 'Right' && r.right[0]?.type === 'RecognitionAnnulled');
  if (r._tag === 'Right')
    spec
      .given([...history, ...r.right])
      .when(revoke('province', '2026-03-05'))
      .thenError((e) => e.rule === 'CertificateNotValid');
});

test.run();

// ─── Reminders of a certificate's end ───────────────────────────────────────────────────────────────────────

const remindOn = (today: string, id = 'gcn-2023-17'): CertificationCommand => ({
  type: 'RemindOfExpiry',
  data: { certificateId: certificateId(id), today: day(today), ...ctx(today, system) },
});

// QĐ 148/2023 Annex II: the issuing authority notifies the subject at least 30 days before the 36 months end.
test('a certificate issued under QĐ 148/2023 (to 15/06/2026) is noticed from 16/05/2026, once', () => {
  spec
    .given(history)
    .when(remindOn('2026-05-15'))
    .thenError((e) => e.rule === 'NoticeNotDue' && e.message.endsWith('from 2026-05-16') && e.source?.act.startsWith('QĐ 148') === true);
  const notice: CertificationEvent = {
    type: 'ExpiryReminderSent',
    data: {
      productId,
      certificateId: certificateId('gcn-2023-17'),
      expiresOn: day('2026-06-15'),
      noticeOn: day('2026-05-16'),
      reason: 'expiryNotice',
      ruleSet: 'qd148-2023',
      ...ctx('2026-05-16', system),
    },
  };
  spec.given(history).when(remindOn('2026-05-16')).then([notice]);
  spec
    .given([...history, notice])
    .when(remindOn('2026-05-20'))
    .thenError((e) => e.rule === 'AlreadyReminded' && e.source?.article === 'Annex II');
});

// QĐ 26/2026 Art. 7.6.a: a re-evaluation is filed from 180 to 120 days before the certificate expires.
test('a certificate under QĐ 26/2026 (to 20/12/2029) is reminded when its re-evaluation window opens on 23/06/2029, not before or after it closes', () => {
  const given = [recognise3, ...decided('2026-12-20', 3, 'gcn-2026-001', 'qd26-2026', '2029-12-20')];
  spec
    .given(given)
    .when(remindOn('2029-06-22', 'gcn-2026-001'))
    .thenError((e) => e.rule === 'NoticeNotDue' && e.message.endsWith('from 2029-06-23') && e.source?.article === 'Art. 7.6.a, d, g');
  spec
    .given(given)
    .when(remindOn('2029-06-23', 'gcn-2026-001'))
    .then([
      {
        type: 'ExpiryReminderSent',
        data: {
          productId,
          certificateId: certificateId('gcn-2026-001'),
          expiresOn: day('2029-12-20'),
          noticeOn: day('2029-06-23'),
          reason: 'reEvaluationWindow',
          ruleSet: 'qd26-2026',
          ...ctx('2029-06-23', system),
        },
      },
    ]);
  spec
    .given(given)
    .when(remindOn('2029-08-23', 'gcn-2026-001'))
    .thenError((e) => e.rule === 'NoticeNotDue');
});

test('only a valid certificate is reminded of its end', () => {
  const expired: CertificationEvent = {
    type: 'CertificateExpired',
    data: { productId, certificateId: certificateId('gcn-2023-17'), lastValidDay: day('2026-06-15'), ...ctx('2026-06-16', system) },
  };
  spec
    .given([...history, expired])
    .when(remindOn('2026-06-16'))
    .thenError((e) => e.rule === 'CertificateNotValid');
});
