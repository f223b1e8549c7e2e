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

test('decisions across products: by kind, rule set and days, in the store order, paged', async () => {
  const q = trailQueries(await built(await tanhLinhStore()));
  const all = right(await q.decisions({ limit: 1000 }));
  assert.ok(all.total > 20 && all.rows.length === all.total, `${all.total} decisions`);
  assert.equal(
    all.rows.map((e) => e.checkpoint),
    [...all.rows.map((e) => e.checkpoint)].sort(),
    'in the store order',
  );
  const revocations = right(await q.decisions({ kind: 'revocation' }));
  assert.equal(
    revocations.rows.map((e) => [e.productId, e.on]),
    all.rows.filter((e) => e.kind === 'revocation').map((e) => [e.productId, e.on]),
  );
  assert.ok(revocations.total >= 1);
  const in2026 = right(
    await q.decisions({ kind: ['recognition', 'certificate'], ruleSet: 'qd26-2026', from: '2026-01-01', to: '2026-12-31', limit: 1000 }),
  );
  assert.equal(
    in2026.rows.map((e) => e.eventId),
    all.rows
      .filter(
        (e) =>
          (e.kind === 'recognition' || e.kind === 'certificate') &&
          e.ruleSet === 'qd26-2026' &&
          e.on >= '2026-01-01' &&
          e.on <= '2026-12-31',
      )
      .map((e) => e.eventId),
  );
  assert.ok(in2026.total >= 2);
  const page = right(await q.decisions({ offset: 3, limit: 4 }));
  assert.equal([page.total, page.rows.map((e) => e.checkpoint)], [all.total, all.rows.slice(3, 7).map((e) => e.checkpoint)]);
});

test.run();
