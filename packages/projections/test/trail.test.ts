import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { trailQueries, type TrailEntry } from '../src/index.js';
import { built, right, tanhLinhStore } from './support.js';

const summary = (e: TrailEntry) => [e.kind, e.on, e.ruleSet, e.actor.role];

test('per product, every rating decision in order: council results, recognitions, certificates, supersession, re-evaluation', async () => {
  const q = trailQueries(await built(await tanhLinhStore()));
  assert.equal(right(await q.product('cha-ca-that-lat')).map(summary), [
    ['councilResult', '2023-07-20', 'qd148-2023', 'councilChair'],
    ['recognition', '2023-11-20', 'qd148-2023', 'recognisingAuthority'],
    ['certificate', '2023-11-20', 'qd148-2023', 'recognisingAuthority'],
    ['councilResult', '2026-06-26', 'qd26-2026', 'councilChair'],
    ['recognition', '2026-07-03', 'qd26-2026', 'recognisingAuthority'],
    ['certificate', '2026-07-03', 'qd26-2026', 'recognisingAuthority'],
    ['superseded', '2026-07-03', 'qd148-2023', 'recognisingAuthority'],
    ['reEvaluationConcluded', '2026-07-03', 'qd26-2026', 'recognisingAuthority'],
  ]);
});

test("a council result names the council, quorum, spread, mean, band, minimum level, outcome and every member's total", async () => {
  const q = trailQueries(await built(await tanhLinhStore()));
  const [district, province] = right(await q.dossier('hs-2024-yen-sao')).filter((e) => e.kind === 'councilResult');
  assert.ok(district?.kind === 'councilResult' && province?.kind === 'councilResult');
  if (district?.kind !== 'councilResult' || province?.kind !== 'councilResult') return;
  assert.equal(
    [district.councilId, district.level, district.stars, district.outcome],
    ['hd-tanh-linh-2024', 'district', 4, { kind: 'forward', stars: 4, to: 'province' }],
  );
  assert.equal(
    [province.councilId, province.quorum.present, province.members.length, province.bandStars, province.minimumStars],
    ['hd-binh-thuan-2024', 8, 8, 4, 4],
  );
  assert.equal(
    province.members.map((m) => m.total),
    [74, 77, 74, 76, 78, 74, 76, 74],
  );
  assert.is(province.mean, 75.38);
});

test("a revocation with its grounds, finding and deadline, filed under the certificate's dossier too; the signer's name stays personal", async () => {
  const q = trailQueries(await built(await tanhLinhStore()));
  const revocation = right(await q.dossier('hs-2024-st25')).find((e) => e.kind === 'revocation');
  assert.ok(revocation?.kind === 'revocation');
  if (revocation?.kind !== 'revocation') return;
  assert.equal(
    [
      revocation.grounds,
      revocation.finding.reference,
      revocation.withinDeadline,
      revocation.deadline,
      revocation.decision.number,
      revocation.ruleSet,
    ],
    [['markMisuse'], '45/BB-QLTT', true, '2026-10-13', '2210/QĐ-UBND', 'qd26-2026'],
  );
  assert.equal(revocation.decision.signer.name, { $personal: 'signer-lamdong', value: { fullName: 'Phạm Quốc Minh' } });
  assert.equal([revocation.decision.signer.title, revocation.actor.organisation], ['Chủ tịch UBND tỉnh Lâm Đồng', 'UBND tỉnh Lâm Đồng']);
  const expiry = right(await q.product('gao-duc-lan')).at(-1);
  assert.equal(
    [expiry?.kind, expiry?.dossierId, expiry?.actor.role, expiry?.ruleSet],
    ['expiry', 'hs-2022-duc-lan', 'system', 'qd1048-2019'],
  );
  const refused = right(await q.product('sau-rieng-bac-ruong')).map((e) => e.kind);
  assert.equal(refused, ['councilResult']);
});

test.run();
