import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { date } from '@ocop/kernel';
import { buildAsOf, registryQueries, productRegistry, allReadModels, type RegistryQuery } from '../src/index.js';
import { built, right, tanhLinhStore, today } from './support.js';

const registry = async () => registryQueries(await built(await tanhLinhStore()));
const names = async (q: Partial<RegistryQuery>, day = today) =>
  right(await (await registry()).search({ today: day, ...q })).rows.map((r) => [r.name, r.status]);

test('Tánh Linh on 29/11/2026: ST25 revoked, the fish cake re-certified by Lâm Đồng, Gạo Đức Lan expired', async () => {
  const r = await registry();
  const rows = right(await r.search({ today })).rows;
  const of = (id: string) => rows.find((x) => x.productId === id);
  assert.is(of('gao-st25')?.status, 'revoked');
  assert.is(of('gao-duc-lan')?.status, 'expired');
  assert.is(of('thit-tho-say')?.status, 'expired');
  assert.is(of('sau-rieng-bac-ruong')?.status, 'neverCertified');
  const fishCake = of('cha-ca-that-lat');
  assert.is(fishCake?.status, 'certified');
  assert.equal(
    [
      fishCake?.certificate?.certificateId,
      fishCake?.certificate?.stars,
      fishCake?.certificate?.ruleSet,
      fishCake?.certificate?.authority.level,
    ],
    ['gcn-ld-2026-131', 3, 'qd26-2026', 'province'],
  );
  assert.equal(
    [
      fishCake?.certificate?.decision?.number,
      fishCake?.certificate?.decision?.date,
      fishCake?.certificate?.issuedOn,
      fishCake?.certificate?.expiresOn,
    ],
    ['1230/QĐ-UBND', '2026-07-03', '2026-07-03', '2029-07-03'],
  );
  assert.equal(
    fishCake?.certificates.map((c) => [c.certificateId, c.recorded, c.endedOn]),
    [
      ['gcn-tl-2023-118', 'superseded', '2026-07-03'],
      ['gcn-ld-2026-131', 'valid', null],
    ],
  );
});

test('a search ignores diacritics and case: "cha ca" finds Chả cá thát lát, "GAO duc LAN" finds Gạo Đức Lan, "HTX" finds by subject', async () => {
  assert.equal(await names({ text: 'cha ca' }), [['Chả cá thát lát', 'certified']]);
  assert.equal(await names({ text: 'GAO duc LAN' }), [['Gạo Đức Lan', 'expired']]);
  assert.equal(await names({ text: 'htx nong nghiep gia an' }), [['Gạo ST25 Gia An', 'revoked']]);
});

test("a query by today's province or commune finds what was recorded under the units merged into them", async () => {
  assert.is((await names({ province: '68' })).length, 7, 'Lâm Đồng 68 holds Bình Thuận 60');
  assert.is((await names({ province: '60' })).length, 7, 'the old code still finds its products');
  assert.is((await names({ district: '599' })).length, 7, 'Tánh Linh district, as recorded before July 2025');
  // Today's Xã Tánh Linh (23149) took in Lạc Tánh (old 23149) and Gia An (23176), among others (NQ 1671/2025 Art. 1.71).
  assert.equal(
    (await names({ commune: '23149' })).map(([n]) => n),
    ['Chả cá thát lát', 'Gạo ST25 Gia An', 'Yến sào tinh chế'],
  );
});

test('filters: group and sub-group of the sheet, sheet, stars, status, legal form; sorting and paging', async () => {
  assert.equal(
    (await names({ subgroup: 'I.3' })).map(([n]) => n),
    ['Chả cá thát lát', 'Thịt thỏ sấy gác bếp', 'Yến sào tinh chế'],
  );
  assert.is((await names({ group: 'I' })).length, 6);
  assert.equal(await names({ sheet: 20 }), [['Tinh bột nghệ Đông Đan', 'certified']]);
  assert.equal(
    (await names({ stars: 4 })).map(([n]) => n),
    ['Tinh bột nghệ Đông Đan', 'Yến sào tinh chế'],
  );
  assert.equal(
    (await names({ status: ['expired', 'revoked'] })).map(([n]) => n),
    ['Gạo Đức Lan', 'Gạo ST25 Gia An', 'Thịt thỏ sấy gác bếp'],
  );
  assert.equal(
    (await names({ legalForm: 'cooperative' })).map(([n]) => n),
    ['Gạo Đức Lan', 'Gạo ST25 Gia An'],
  );
  const page = right(await (await registry()).search({ today, sort: { by: 'name', direction: 'desc' }, offset: 2, limit: 2 }));
  assert.equal([page.total, page.rows.map((r) => r.name)], [7, ['Thịt thỏ sấy gác bếp', 'Sầu riêng Bắc Ruộng']]);
  const byExpiry = right(await (await registry()).search({ today, status: 'certified', sort: { by: 'expiresOn', direction: 'asc' } }));
  assert.equal(
    byExpiry.rows.map((r) => r.certificate?.expiresOn),
    ['2027-11-15', '2029-06-22', '2029-07-03'],
  );
});

test('statuses on other days, from the registry as it stood then (point in time)', async () => {
  const store = await tanhLinhStore();
  const on = async (day: string) => {
    const storage = right(await buildAsOf({ store, readModels: allReadModels, asOf: date(day) }));
    return right(await registryQueries(storage).search({ today: date(day) })).rows.map((r) => [r.productId, r.status]);
  };
  const status = (rows: ReadonlyArray<ReadonlyArray<string>>, id: string) => rows.find(([p]) => p === id)?.[1];
  const june2025 = await on('2025-06-10');
  assert.is(status(june2025, 'gao-duc-lan'), 'expiringSoon', 'its certificate ends on 15/06/2025');
  assert.is(status(june2025, 'gao-st25'), 'certified');
  assert.is(status(june2025, 'cha-ca-that-lat'), 'certified', 'no re-evaluation window before QĐ 26/2026');
  const june2026 = await on('2026-06-01');
  assert.is(status(june2026, 'cha-ca-that-lat'), 'inReEvaluationWindow', 'expiring 20/11/2026: window 24/05 to 23/07 (Art. 7.6.a)');
  assert.is(status(june2026, 'gao-duc-lan'), 'expired');
  assert.equal(
    june2026.map(([p]) => p),
    ['cha-ca-that-lat', 'gao-duc-lan', 'gao-st25', 'sau-rieng-bac-ruong', 'thit-tho-say', 'tinh-bot-nghe', 'yen-sao-tinh-che'],
  );
  const early = await on('2023-01-01');
  assert.equal(early, [['gao-duc-lan', 'certified']], 'only what had happened by then');
});

test('one product by id, with the status of the day asked', async () => {
  const r = await registry();
  const st25 = right(await r.product('gao-st25', { today }));
  assert.equal([st25?.status, st25?.code, st25?.channels.map((c) => c.name)], ['revoked', '60-599-23176-12-2024', ['Shopee', 'Postmart']]);
  assert.is(right(await r.product('nothing-here', { today })), undefined);
});

test("subjects (chủ thể) by name without diacritics, by area as today's codes know it, by legal form, paged", async () => {
  const r = await registry();
  const all = right(await r.subjects({ limit: 100 }));
  assert.ok(all.total >= 5 && all.rows.length === all.total, `${all.total} subjects`);
  const names = all.rows.map((s) => s.info?.name ?? '');
  assert.equal(
    names,
    [...names].sort((a, b) => a.localeCompare(b, 'vi')),
    'sorted by name',
  );
  const found = right(await r.subjects({ text: 'HTX nong NGHIEP gia an' }));
  assert.equal(
    found.rows.map((s) => [s.info?.name, s.productIds]),
    [['HTX Nông nghiệp Gia An', ['gao-st25']]],
  );
  // Registered in Bình Thuận (60) before July 2025: found under Lâm Đồng (68), which took it in.
  assert.is(right(await r.subjects({ province: '68' })).total, all.total);
  assert.is(right(await r.subjects({ province: '01' })).total, 0);
  const cooperatives = right(await r.subjects({ legalForm: 'cooperative' }));
  assert.ok(cooperatives.total > 0 && cooperatives.rows.every((s) => s.info?.legalForm === 'cooperative'));
  const page = right(await r.subjects({ offset: 1, limit: 2 }));
  assert.equal([page.total, page.rows.map((s) => s.subjectId)], [all.total, all.rows.slice(1, 3).map((s) => s.subjectId)]);
});

test('the registry is named and versioned: a new version is a rebuild', () => {
  assert.equal([productRegistry.name, productRegistry.version], ['product_registry', 2]);
});

test.run();
