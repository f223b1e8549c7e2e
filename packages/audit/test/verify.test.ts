import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { either as E } from 'fp-ts';
import { instant, type Json } from '@ocop/kernel';
import { cite } from '@ocop/rules';
import { eventHash, verifyStream, type RecordedEvent } from '@ocop/eventstore';
import { accessStream, recordAccesses } from '@ocop/privacy';
import { createAuditor, renderSummary, reportToJson, verify, type Finding } from '../src/index.js';
import { hashingThread } from '../src/verify/hashing.js';
import { actor, decisionBy, resultRecorded, right, tanhLinh, writeByHand } from './history.js';

const findingsOf = async (store: Parameters<typeof verify>[0]): Promise<ReadonlyArray<Finding>> => right(await verify(store)).findings;

test('the untouched Tánh Linh history verifies clean, and the summary says what was checked', async () => {
  const report = right(await verify(await tanhLinh()));
  assert.equal(report.findings, []);
  assert.ok(report.clean);
  assert.is(report.summary.events, 248);
  assert.is(report.summary.streams, 43);
  assert.is(report.summary.resultsRecomputed, 11);
  assert.is(report.summary.sheetsRecomputed, 83);
  assert.equal(report.summary.decisions, {
    filings: 9,
    recognitions: 8,
    refusals: 0,
    certificates: 8,
    expiries: 2,
    revocations: 1,
    annulments: 0,
  });
  assert.match(renderSummary(report), /Findings: none\. The history verifies\./);
  assert.equal(reportToJson(report), JSON.parse(JSON.stringify(reportToJson(report))));
});

test('the hash chain is checked event by event as verifyStream checks a whole stream: the same event is named', async () => {
  const store = await tanhLinh();
  const stream = right(await store.readStream('Round-dot-tanh-linh-2024-1'));
  const edited = stream.map((e, i): RecordedEvent => (i === 5 ? { ...e, data: { ...(e.data as object), total: 99 } } : e));
  const whole = verifyStream(edited);
  const auditor = createAuditor();
  for (const e of edited) auditor.observe(e);
  const broken = auditor.report(0).findings.filter((f) => f.rule === 'HashChainBroken');
  assert.ok(E.isLeft(whole));
  assert.is(broken.length, 1);
  assert.is(broken[0]?.eventId, E.isLeft(whole) ? whole.left.eventId : '');
  assert.is(broken[0]?.revision, 5);
  assert.equal(broken[0]?.details, {
    reason: 'HashMismatch',
    detail: `stored hash ${stream[5]?.hash ?? ''}, the event hashes to ${eventHash(edited[5] ?? stream[0]!)}`,
  });
});

test('the hashing thread confirms each hash of a page, and not the hash of an edited event', async () => {
  const page = right(await (await tanhLinh()).readStream('Round-dot-tanh-linh-2024-1'));
  const edited = page.map((e, i): RecordedEvent => (i === 3 ? { ...e, type: 'SheetWithdrawn' } : e));
  const thread = hashingThread();
  try {
    const matches = [...(await thread.matches(edited))];
    assert.equal(
      matches,
      edited.map((_, i) => (i === 3 ? 0 : 1)),
    );
  } finally {
    await thread.close();
  }
});

test('a recognition signed at a level without competence is found, with its rule and source (QĐ 26/2026 Art. 4.1)', async () => {
  const store = await tanhLinh();
  const p = 'Certification-gao-duc-lan';
  const base = { productId: 'gao-duc-lan', dossierId: 'hs-x', by: actor };
  await writeByHand(
    store,
    p,
    'CouncilResultRecorded',
    resultRecorded({
      productId: base.productId,
      dossierId: base.dossierId,
      roundId: 'dot-x',
      ruleSet: 'qd26-2026',
      filedOn: '2026-06-01',
      sheet: 3,
      mean: 61,
      at: '2026-07-01T05:00:00.000Z',
    }),
  );
  const recognition = await writeByHand(store, p, 'RecognitionDecided', {
    ...base,
    kind: 'first',
    ruleSet: 'qd26-2026',
    stars: 3,
    decision: decisionBy('district', '77/QĐ-UBND', '2026-07-10'),
    basis: { roundId: 'dot-x', level: 'province', mean: 61, outcome: 'recognise' },
    at: '2026-07-10T05:00:00.000Z',
  });
  const findings = await findingsOf(store);
  const f = findings.find((x) => x.rule === 'NotCompetentAuthority');
  assert.ok(f, JSON.stringify(findings.map((x) => x.rule)));
  assert.is(f.eventId, recognition.eventId);
  assert.is(f.stream, p);
  assert.is(f.revision, Number(recognition.revision));
  assert.equal(f.sources.map(cite), ['QĐ 26/2026/QĐ-TTg (2026-05-22), Art. 4.1.a–b, 7.3.e, 7.4.e']);
  assert.match(f.message, /3★ under qd26-2026 is recognised by Chủ tịch UBND cấp tỉnh \(province level\)/);
  // The result it rests on was never adopted by any round: that is found too.
  assert.ok(findings.some((x) => x.rule === 'RecordedResultMismatch'));
});

test('a certificate whose expiry is not 36 months from its issue is found (Art. 4.3, counted by the Civil Code)', async () => {
  const store = await tanhLinh();
  const p = 'Certification-gao-duc-lan';
  await writeByHand(store, p, 'RecognitionDecided', {
    productId: 'gao-duc-lan',
    dossierId: 'hs-2022-duc-lan',
    kind: 'first',
    ruleSet: 'qd1048-2019',
    stars: 3,
    decision: decisionBy('province', '1420/QĐ-UBND', '2022-06-15'),
    basis: { roundId: 'dot-binh-thuan-2022-1', level: 'province', mean: 62.5, outcome: 'recognise' },
    by: actor,
    at: '2022-06-15T05:00:00.000Z',
  });
  const issued = await writeByHand(store, p, 'CertificateIssued', {
    productId: 'gao-duc-lan',
    certificateId: 'gcn-x',
    dossierId: 'hs-2022-duc-lan',
    ruleSet: 'qd1048-2019',
    stars: 3,
    issuedOn: '2022-06-15',
    expiresOn: '2025-06-30',
    authority: { level: 'province', title: 'Chủ tịch UBND cấp tỉnh' },
    by: actor,
    at: '2022-06-15T05:00:00.000Z',
  });
  const f = (await findingsOf(store)).find((x) => x.rule === 'WrongExpiry');
  assert.ok(f);
  assert.is(f.eventId, issued.eventId);
  assert.match(f.message, /recorded to expire on 2025-06-30; 36 months from its issue end on 2025-06-15/);
  assert.equal(f.sources.map(cite), [
    'QĐ 1048/QĐ-TTg (2019-08-21), process [secondary]',
    'Bộ luật Dân sự 91/2015/QH13 (2015-11-24), Art. 147–148 [secondary]',
  ]);
});

test('a revocation decided more than 15 days after the finding is found (Art. 8.4)', async () => {
  const store = await tanhLinh();
  const revoked = await writeByHand(store, 'Certification-yen-sao-tinh-che', 'CertificateRevoked', {
    productId: 'yen-sao-tinh-che',
    certificateId: 'gcn-bt-2024-044',
    ruleSet: 'qd26-2026',
    grounds: ['productionStopped'],
    finding: { on: '2026-10-01', body: 'UBND xã Lạc Tánh', reference: '12/XN-UBND' },
    decision: decisionBy('province', '2400/QĐ-UBND', '2026-10-30'),
    withinDeadline: false,
    deadline: '2026-10-16',
    by: actor,
    at: '2026-10-30T05:00:00.000Z',
  });
  const findings = await findingsOf(store);
  assert.equal(
    findings.map((f) => [f.rule, f.eventId]),
    [['RevocationLate', revoked.eventId]],
  );
  assert.equal(findings[0]?.sources.map(cite), ['QĐ 26/2026/QĐ-TTg (2026-05-22), Art. 8.4']);
  assert.match(findings[0]?.message ?? '', /29 days after the finding 12\/XN-UBND of 2026-10-01 .*due by 2026-10-16/);
});

test('a revocation signed below the competent level, on no ground, is found (Art. 8.1, 8.2)', async () => {
  const store = await tanhLinh();
  await writeByHand(store, 'Certification-yen-sao-tinh-che', 'CertificateRevoked', {
    productId: 'yen-sao-tinh-che',
    certificateId: 'gcn-bt-2024-044',
    ruleSet: 'qd26-2026',
    grounds: [],
    finding: { on: '2026-10-01', body: 'Đoàn kiểm tra', reference: 'KL-1' },
    decision: decisionBy('commune', '5/QĐ-UBND', '2026-10-05'),
    withinDeadline: true,
    deadline: '2026-10-16',
    by: actor,
    at: '2026-10-05T05:00:00.000Z',
  });
  const findings = await findingsOf(store);
  assert.equal(findings.map((f) => f.rule).sort(), ['NotCompetentToRevoke', 'RevocationGroundsInvalid']);
  assert.equal(findings.find((f) => f.rule === 'NotCompetentToRevoke')?.sources.map(cite), ['QĐ 26/2026/QĐ-TTg (2026-05-22), Art. 8.2']);
});

test('an expiry recorded while the certificate is still valid is found', async () => {
  const store = await tanhLinh();
  await writeByHand(store, 'Certification-yen-sao-tinh-che', 'CertificateExpired', {
    productId: 'yen-sao-tinh-che',
    certificateId: 'gcn-bt-2024-044',
    lastValidDay: '2026-01-01',
    by: actor,
    at: '2026-01-02T05:00:00.000Z',
  });
  const findings = await findingsOf(store);
  assert.equal(
    findings.map((f) => f.rule),
    ['ExpiredTooEarly', 'LastValidDayMisstated'],
  );
  assert.match(findings[0]?.message ?? '', /valid to the end of 2027-11-15/);
});

test('an event of a stream that is no aggregate, and one its codec refuses, are reported and the rest still checked', async () => {
  const store = await tanhLinh();
  const odd = await writeByHand(store, 'Ledger-x', 'Whatever', { at: '2026-01-01T00:00:00.000Z' });
  const bad = await writeByHand(store, 'Product-gao-st25', 'ProductRenamed', { productId: 'gao-st25', at: '2026-01-01T00:00:00.000Z' });
  const findings = await findingsOf(store);
  assert.equal(
    findings.map((f) => [f.rule, f.eventId]),
    [
      ['UnknownStream', odd.eventId],
      ['UndecodableEvent', bad.eventId],
    ],
  );
});

test('a dossier filed before 22/05/2026 and decided after its Art. 12.2 deadline is found', async () => {
  const store = await tanhLinh();
  const p = 'Certification-sau-rieng-bac-ruong';
  const base = { productId: 'sau-rieng-bac-ruong', dossierId: 'hs-2026-sau-rieng', by: actor };
  await writeByHand(
    store,
    p,
    'CouncilResultRecorded',
    resultRecorded({
      productId: base.productId,
      dossierId: base.dossierId,
      roundId: 'dot-lam-dong-2026-1',
      ruleSet: 'qd148-2023-qd1489-2025',
      filedOn: '2026-05-04',
      sheet: 1,
      mean: 62,
      at: '2026-07-20T05:00:00.000Z',
    }),
  );
  const late = await writeByHand(store, p, 'RecognitionDecided', {
    ...base,
    kind: 'first',
    ruleSet: 'qd148-2023-qd1489-2025',
    stars: 3,
    decision: decisionBy('province', '1500/QĐ-UBND', '2026-08-03'),
    basis: { roundId: 'dot-lam-dong-2026-1', level: 'province', mean: 62, outcome: 'recognise' },
    at: '2026-08-03T05:00:00.000Z',
  });
  const f = (await findingsOf(store)).find((x) => x.rule === 'TransitionalDeadlinePassed');
  assert.ok(f);
  assert.is(f.eventId, late.eventId);
  assert.is(
    f.message,
    'dossier hs-2026-sau-rieng, filed on 2026-05-04 under the 2021–2025 rules, had to be decided by 2026-07-21; decision 1500/QĐ-UBND of 2026-08-03 is 13 days late',
  );
  assert.equal(f.sources.map(cite), ['QĐ 26/2026/QĐ-TTg (2026-05-22), Art. 12.2.a']);
});

const filing = (dossierId: string, productId: string, kind: string, filedOn: string, extra: Readonly<Record<string, Json>>) => ({
  dossierId,
  productId,
  subjectId: 'cty-yen-sao-tanh-linh',
  subjectLegalForm: 'sme',
  sheet: 8,
  kind,
  ruleSet: 'qd26-2026',
  governing: { reason: 'filed while QĐ 26/2026 is in force' },
  filedOn,
  area: { province: '68', commune: '23149' },
  selfAssessment: { input: { answers: {} }, total: 70, stars: 4 },
  evidence: [],
  by: actor,
  at: `${filedOn}T05:00:00.000Z`,
  ...extra,
});

test('a re-evaluation filed outside 180 to 120 days before expiry is found (Art. 7.6.a); a misstated current certificate too', async () => {
  const store = await tanhLinh();
  const current = { certificateId: 'gcn-bt-2024-044', stars: 4, ruleSet: 'qd148-2023', issuedOn: '2024-11-15', expiresOn: '2027-11-15' };
  const early = await writeByHand(
    store,
    'Dossier-hs-2027-yen-sao',
    'DossierFiled',
    filing('hs-2027-yen-sao', 'yen-sao-tinh-che', 'reEvaluation', '2027-01-10', { currentCertificate: current }),
  );
  const misstated = await writeByHand(
    store,
    'Dossier-hs-2027-yen-sao-5',
    'DossierFiled',
    filing('hs-2027-yen-sao-5', 'yen-sao-tinh-che', 'upgrade', '2027-01-12', {
      targetStars: 5,
      currentCertificate: { ...current, stars: 3 },
    }),
  );
  const findings = await findingsOf(store);
  assert.equal(
    findings.map((f) => [f.rule, f.eventId]),
    [
      ['ReEvaluationOutsideWindow', early.eventId],
      ['CertificateSnapshotMismatch', misstated.eventId],
    ],
  );
  assert.match(
    findings[0]?.message ?? '',
    /filed from 2027-05-19 to 2027-07-18 \(180 to 120 days before\); dossier hs-2027-yen-sao was filed on 2027-01-10/,
  );
  assert.equal(findings[0]?.sources.map(cite), ['QĐ 26/2026/QĐ-TTg (2026-05-22), Art. 7.6.a']);
  assert.match(findings[1]?.message ?? '', /stars: recorded 3, the rules give 4/);
});

test('the records of who read personal data are part of the history: checked, not reported as unknown', async () => {
  const store = await tanhLinh();
  const reader = { id: 'acc-auditor', role: 'auditor', organisation: 'Kiểm toán' };
  right(
    await recordAccesses(store, [
      { person: 'rep-cha-ca', reader, purpose: 'audit', at: instant('2026-03-02T02:00:00.000Z'), events: ['e-1'], request: 'req-1' },
    ]),
  );
  const report = right(await verify(store));
  assert.equal(report.findings, []);
  assert.is(report.summary.streamsByCategory['PersonalDataAccess'], 1);
  // One written to another person's stream, one with a field the codec does not know.
  const reading = { person: 'rep-cha-ca', reader, purpose: 'audit', at: instant('2026-03-02T03:00:00.000Z'), events: [], request: 'req-2' };
  right(
    await recordAccesses(
      { ...store, append: (_stream, events, expected) => store.append(accessStream('someone-else'), events, expected) },
      [reading],
    ),
  );
  const misplaced = right(await store.readStream(accessStream('someone-else')))[0];
  const odd = await writeByHand(store, accessStream('rep-cha-ca'), 'PersonalDataRead', { ...reading, at: '2026-03-02T04:00:00.000Z' });
  assert.equal(
    (await findingsOf(store)).map((f) => [f.rule, f.eventId]),
    [
      ['EventInWrongStream', misplaced?.eventId],
      ['UndecodableEvent', odd.eventId],
    ],
  );
});

test.run();
