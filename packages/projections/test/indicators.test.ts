import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { indicatorQueries } from '../src/index.js';
import { built, right, tanhLinhStore } from './support.js';

test('Tánh Linh 2024 against its plan: 15–19 new products wanted, 2 made; cooperatives 2 of 7 subjects; value chains not recorded', async () => {
  const q = indicatorQueries(await built(await tanhLinhStore()));
  const i = right(await q.indicators({ province: '60', district: '599' }, 2024));
  assert.is(i.plan?.plan.title, 'Kế hoạch triển khai thực hiện Chương trình OCOP huyện Tánh Linh năm 2024');
  assert.equal(i.newProducts3Plus, { target: { min: 15, max: 19 }, actual: 2, met: false }, "ST25 rice and the bird's nest");
  assert.equal(i.eligibleFor4Stars, { target: { min: 2, max: 6 }, actual: 1, met: false }, "the bird's nest, 4★ at the district");
  assert.equal(i.subjects, { total: 7, byLegalForm: { cooperative: 2, household: 2, farm: 1, sme: 1, cooperativeGroup: 1 } });
  assert.equal(i.cooperativeShare, { target: 0.15, actual: 2 / 7, met: true });
  assert.equal(i.valueChainOrganisations, { target: 1, actual: 'notRecorded', met: null });
  assert.equal(i.listed, { ecommerce: 2, retail: 1, any: 2 });
});

test('Lâm Đồng 2026 includes what was recorded under Bình Thuận: the fish cake re-evaluated, the turmeric at 4★', async () => {
  const q = indicatorQueries(await built(await tanhLinhStore()));
  const i = right(await q.indicators({ province: '68' }, 2026));
  assert.equal(
    [i.plan, i.newProducts3Plus.actual, i.eligibleFor4Stars.actual, i.expiredReEvaluated.actual, i.subjects.total],
    [null, 0, 1, 1, 7],
  );
  const first = right(await q.indicators({ province: '60' }, 2022));
  assert.equal([first.newProducts3Plus.actual, first.subjects.total], [1, 1], 'Gạo Đức Lan');
  assert.equal(
    right(await q.plans({})).rows.map((p) => [p.area, p.year]),
    [[{ province: '60', district: '599' }, 2024]],
  );
});

test.run();
