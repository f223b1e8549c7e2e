import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { date } from '@ocop/kernel';
import {
  describeFinding,
  findingRuleNames,
  findingRules,
  findingRulesVi,
  renderSummary,
  type Finding,
  type VerifyReport,
} from '../src/index.js';

const source = { act: 'QĐ 26/2026/QĐ-TTg', date: date('2026-05-22'), article: 'Art. 8.4', verification: 'primary' as const };
const breach: Finding = {
  rule: 'RevocationLate',
  stream: 'Certification-p-1',
  eventId: 'e-7',
  revision: 3,
  eventType: 'CertificateRevoked',
  message: 'revoked on 2026-08-20, 20 days after the finding of 2026-07-31',
  sources: [source],
};
const notice: Finding = { ...breach, rule: 'ExpiryNotRecorded', eventId: 'e-8', revision: 4, message: 'no expiry recorded' };

const reportOf = (findings: ReadonlyArray<Finding>): VerifyReport => ({
  clean: findings.every((f) => findingRules[f.rule].severity === 'notice'),
  findings,
  heads: [],
  summary: {
    events: 12_345,
    streams: 43,
    streamsByCategory: { Certification: 7, Dossier: 9 },
    brokenStreams: 0,
    sheetsRecomputed: 83,
    resultsRecomputed: 11,
    decisionsChecked: 28,
    decisions: { filings: 9, recognitions: 8, refusals: 0, certificates: 8, expiries: 2, revocations: 1, annulments: 0 },
    findings: findings.length,
    notices: findings.filter((f) => findingRules[f.rule].severity === 'notice').length,
    findingsByRule: Object.fromEntries(findings.map((f) => [f.rule, 1])),
    headsCompared: 0,
    seconds: 1.04,
  },
});

test('every rule has its meaning in Vietnamese, distinct from the others', () => {
  const sentences = findingRuleNames.map((rule) => findingRulesVi[rule]);
  assert.ok(sentences.every((s) => s.length > 20));
  assert.is(new Set(sentences).size, findingRuleNames.length);
});

test('a clean history reads in Vietnamese, with Vietnamese numbers', () => {
  const text = renderSummary(reportOf([]), 20, 'vi');
  assert.is(
    text,
    [
      'Đã đọc 12.345 sự kiện trong 43 luồng (Certification 7, Dossier 9) trong 1,0 giây.',
      'Chuỗi băm: đã kiểm tra 43 luồng, không luồng nào bị phá vỡ.',
      'Đã tính lại 11 kết quả hội đồng và 83 phiếu đánh giá của thành viên theo bộ quy định đã gắn với từng hồ sơ.',
      'Đã kiểm tra 28 quyết định và hồ sơ (nộp hồ sơ 9, công nhận 8, không công nhận 0, giấy chứng nhận 8, hết hiệu lực 2, thu hồi 1, hủy công nhận 0).',
      'Phát hiện: không có. Lịch sử dữ liệu được xác minh là hợp lệ.',
    ].join('\n'),
  );
});

test("a finding in Vietnamese gives the meaning of its rule, then the check's own message as detail, then the source", () => {
  assert.equal(describeFinding(breach, 'vi'), [
    'RevocationLate — Certification-p-1, sự kiện e-7 (thứ tự 3 trong luồng, CertificateRevoked)',
    '   quyết định thu hồi ban hành quá 15 ngày sau kết luận (khoản 4 Điều 8)',
    '   chi tiết: revoked on 2026-08-20, 20 days after the finding of 2026-07-31',
    '   căn cứ: QĐ 26/2026/QĐ-TTg (2026-05-22), Art. 8.4',
  ]);
  const text = renderSummary(reportOf([breach, notice]), 1, 'vi');
  assert.match(text, /\nPhát hiện: 2 \(trong đó 1 lưu ý\)\n/);
  assert.match(text, /lifecycle\/ExpiryNotRecorded +1 {2}giấy chứng nhận đã quá ngày cuối cùng có giá trị .* \(lưu ý\)\n/);
  assert.match(text, /\n… và 1 phát hiện khác trong báo cáo JSON\.$/);
  assert.not.match(text, /Findings|Read |Hash chains|source:/);
});

test('notices alone leave the history verified, in both languages', () => {
  assert.match(
    renderSummary(reportOf([notice]), 20, 'vi'),
    /\nPhát hiện: 1 lưu ý, không có vi phạm quy định\. Lịch sử dữ liệu được xác minh là hợp lệ\.\n/,
  );
  assert.match(renderSummary(reportOf([notice])), /\nFindings: 1 notice, none that breaks a rule\. The history verifies\.\n/);
});

test('the English summary is the default, and a finding in it is the rule, where, the message and the source', () => {
  assert.equal(describeFinding(breach), [
    'RevocationLate — Certification-p-1, event e-7 (revision 3, CertificateRevoked)',
    '   revoked on 2026-08-20, 20 days after the finding of 2026-07-31',
    '   source: QĐ 26/2026/QĐ-TTg (2026-05-22), Art. 8.4',
  ]);
  assert.match(renderSummary(reportOf([])), /^Read 12,345 events in 43 streams \(Certification 7, Dossier 9\) in 1\.0 s\.\n/);
});

test.run();
