import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { date } from '@ocop/kernel';
import { renderReplay, replay } from '../src/index.js';
import { right, tanhLinh } from './history.js';

const store = tanhLinh();

const certificatesOn = async (day: string, product: string) =>
  right(await replay(await store, { asOf: date(day) }))
    .products.find((p) => p.id === product)
    ?.certificates.map((c) => [c.id, c.status]);

test("Gạo Đức Lan's certificate holds to the end of 15 June 2025 and is expired the day after", async () => {
  assert.equal(await certificatesOn('2025-06-15', 'gao-duc-lan'), [['gcn-bt-2022-015', 'valid']]);
  assert.equal(await certificatesOn('2025-06-16', 'gao-duc-lan'), [['gcn-bt-2022-015', 'expired']]);
});

test('on 25 June 2026 the turmeric holds its 4-star certificate, the 3-star one superseded', async () => {
  assert.equal(await certificatesOn('2026-06-25', 'tinh-bot-nghe'), [
    ['gcn-tl-2023-084', 'superseded'],
    ['gcn-ld-2026-107', 'valid'],
  ]);
});

test('a certificate past its last valid day counts as expired on that day, even before the expiry is recorded', async () => {
  const state = right(await replay(await store, { asOf: date('2026-09-20') }));
  const rabbit = state.products.find((p) => p.id === 'thit-tho-say')?.certificates[0];
  assert.equal([rabbit?.recorded, rabbit?.status], ['valid', 'valid']);
  const dayAfter = right(await replay(await store, { asOf: date('2026-09-21') })).products.find((p) => p.id === 'thit-tho-say')
    ?.certificates[0];
  assert.equal([dayAfter?.recorded, dayAfter?.status], ['expired', 'expired']);
});

test('each dossier has its stage and level on the date', async () => {
  const state = right(await replay(await store, { asOf: date('2026-05-20') }));
  const upgrade = state.dossiers.find((d) => d.id === 'hs-2026-nghe-nang-hang');
  assert.equal([upgrade?.stage, upgrade?.level], ['received', 'province']);
  assert.not.ok(state.dossiers.some((d) => d.id === 'hs-2026-cha-ca-danh-gia-lai'));
  assert.match(
    renderReplay(state, 'vi'),
    /hs-2026-nghe-nang-hang +tinh-bot-nghe +nâng hạng +qd148-2023-qd1489-2025 +08\/05\/2026 +cấp trên đã tiếp nhận \(cấp tỉnh\)/,
  );
});

test.run();
