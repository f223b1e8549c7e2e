import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { date, instant, nonEmpty } from '@ocop/kernel';
import { memoryStore } from '@ocop/eventstore';
import { createLedger } from '@ocop/ledger';
import { offices } from '@ocop/example-tanh-linh-2024';
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

test('plans within the units a caller reads are narrowed before paging: full pages, and the total of those alone', async () => {
  const store = memoryStore();
  const ledger = createLedger(store);
  const plan = async (id: string, area: { readonly province: string; readonly commune?: string }, year: number) =>
    right(
      await ledger.execute({
        aggregate: 'plan',
        id,
        commandId: `plan-${id}`,
        command: {
          type: 'SetProgrammeTargets',
          data: {
            area: { province: nonEmpty(area.province), ...(area.commune === undefined ? {} : { commune: nonEmpty(area.commune) }) },
            year,
            targets: { cooperativeShare: 0.2 },
            plan: { title: nonEmpty(`Kế hoạch ${id}`), issuedBy: nonEmpty('UBND'), issuedOn: date(`${year}-01-10`) },
            at: instant(`${year}-01-10T03:00:00.000Z`),
            by: offices.lamDongProvince,
          },
        },
      }),
    );
  // Given plans of Hà Nội (01) in every year between those of Lâm Đồng (68), one of a commune of Lâm Đồng,
  for (const year of [2020, 2021, 2022, 2023]) {
    await plan(`01.${year}`, { province: '01' }, year);
    await plan(`68.${year}`, { province: '68' }, year);
  }
  await plan('68.23149.2023', { province: '68', commune: '23149' }, 2023);
  const q = indicatorQueries(await built(store));
  // when Lâm Đồng's plans are asked two at a time, then each page is full and the total counts Lâm Đồng's alone;
  const lamDong = { within: { provinces: ['68', '60'] }, limit: 2 };
  const first = right(await q.plans(lamDong));
  const second = right(await q.plans({ ...lamDong, offset: 2 }));
  const third = right(await q.plans({ ...lamDong, offset: 4 }));
  assert.equal(
    [...first.rows, ...second.rows, ...third.rows].map((p) => [p.area, p.year]),
    [
      [{ province: '68' }, 2020],
      [{ province: '68' }, 2021],
      [{ province: '68' }, 2022],
      [{ province: '68' }, 2023],
      [{ province: '68', commune: '23149' }, 2023],
    ],
  );
  assert.equal([first.total, first.rows.length, second.rows.length], [5, 2, 2]);
  // and a commune reads its own plans only, not its province's.
  const commune = right(await q.plans({ within: { communes: ['23149'] } }));
  assert.equal([commune.rows.map((p) => p.year), commune.total], [[2023], 1]);
});

test.run();
