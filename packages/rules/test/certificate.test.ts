import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { date } from '@ocop/kernel';
import {
  certificateExpiry,
  expiryNoticeDue,
  qd148_2023,
  qd26_2026,
  reEvaluationDecisionDeadline,
  reEvaluationWindow,
  revocationDeadline,
  roundFor,
  transitionalExtension,
} from '../src/index.js';

// QĐ 26/2026 Art. 4.3 (36 months from issue) with the Civil Code's counting of months, Art. 147–148.
test('a certificate is valid 36 months: to the corresponding day, or the end of a shorter month', () => {
  assert.is(certificateExpiry(qd26_2026, date('2023-06-15')), date('2026-06-15'));
  assert.is(certificateExpiry(qd26_2026, date('2024-02-29')), date('2027-02-28'));
  assert.is(certificateExpiry(qd26_2026, date('2023-08-31')), date('2026-08-31'));
  assert.is(certificateExpiry(qd148_2023, date('2023-12-31')), date('2026-12-31'));
});

// Art. 7.6.a: not earlier than 180 days and not later than 120 days before expiry.
test('the re-evaluation window opens 180 days and closes 120 days before expiry', () => {
  const w = reEvaluationWindow(qd26_2026, date('2027-06-15'));
  assert.equal([w?.opens, w?.closes], [date('2026-12-17'), date('2027-02-15')]);
  assert.is(reEvaluationWindow(qd148_2023, date('2027-06-15')), undefined);
});

test('a re-evaluation is decided within 45 days of the complete file (Art. 7.6.g)', () => {
  assert.is(reEvaluationDecisionDeadline(qd26_2026, date('2026-09-01')), date('2026-10-16'));
});

test('QĐ 148 asked for an expiry notice 30 days ahead; QĐ 26 does not', () => {
  assert.is(expiryNoticeDue(qd148_2023, date('2025-03-31')), date('2025-03-01'));
  assert.is(expiryNoticeDue(qd26_2026, date('2027-03-31')), undefined);
});

// Art. 12.3: if the filing window could not be met, the certificate lasts until the decision, 180 days at most.
test('transitional extension: windows closed before 22/05/2026 get up to 180 days after expiry', () => {
  assert.equal(transitionalExtension(date('2026-08-01'))?.validUntil, date('2027-01-28'));
  assert.is(transitionalExtension(date('2026-09-18'))?.validUntil, date('2027-03-17')); // window closed 21/05
  assert.is(transitionalExtension(date('2026-09-19')), undefined); // window closes 22/05: still reachable
});

test('revocation within 15 days of the finding under QĐ 26 (Art. 8.4); no limit recorded for QĐ 148', () => {
  assert.is(revocationDeadline(qd26_2026, date('2026-09-01')), date('2026-09-16'));
  assert.is(revocationDeadline(qd148_2023, date('2024-09-01')), undefined);
});

// Art. 5: province rounds before 30/6 (proposed before 30/4) and 30/12 (before 30/10); ministry 30/9 and 30/3.
test('round calendar of QĐ 26/2026 Art. 5', () => {
  const rounds = qd26_2026.rounds?.value ?? {};
  const slot = (level: 'province' | 'central', d: string) => {
    const r = roundFor(rounds, level, date(d));
    return r ? `${r.year} round ${r.round}, propose by ${r.lastProposalDay}, finish by ${r.lastDay}` : 'none';
  };
  assert.is(slot('province', '2026-04-29'), '2026 round 1, propose by 2026-04-29, finish by 2026-06-29');
  assert.is(slot('province', '2026-04-30'), '2026 round 2, propose by 2026-10-29, finish by 2026-12-29');
  assert.is(slot('province', '2026-10-30'), '2027 round 1, propose by 2027-04-29, finish by 2027-06-29');
  assert.is(slot('central', '2026-01-15'), '2026 round 2, propose by 2026-01-29, finish by 2026-03-29');
  assert.is(slot('central', '2026-07-29'), '2026 round 1, propose by 2026-07-29, finish by 2026-09-29');
  assert.is(slot('central', '2026-08-01'), '2027 round 2, propose by 2027-01-29, finish by 2027-03-29');
  assert.is(roundFor(rounds, 'district', date('2026-01-01')), undefined);
});

test.run();
