import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { either as E } from 'fp-ts';
import { verifyStream, memoryStore, type RecordedEvent } from '@ocop/eventstore';
import { explain, loadTanhLinh } from '../src/index.js';

const store = memoryStore();
const loaded = loadTanhLinh(store);

const certificationOf = async (product: string) => {
  const ledger = await loaded;
  const state = await ledger.load.certification(product);
  if (E.isLeft(state)) throw new Error(JSON.stringify(state.left));
  return state.right;
};

test('2024: ST25 rice recognised 3★ by the district under QĐ 148; its certificate revoked in 2026 for misuse of the mark', async () => {
  const c = await certificationOf('gao-st25');
  assert.equal(
    c.certificates.map((x) => [x.certificateId, x.stars, x.ruleSet, x.authorityLevel, x.status]),
    [['gcn-tl-2024-031', 3, 'qd148-2023', 'district', 'revoked']],
  );
});

test("2024: the refined bird's nest, over 70 at the district, goes to the province and is recognised 4★ there", async () => {
  const c = await certificationOf('yen-sao-tinh-che');
  assert.equal(
    c.results.map((r) => [r.level, r.stars, r.outcome.kind]),
    [
      ['district', 4, 'forward'],
      ['province', 4, 'recognise'],
    ],
  );
  assert.equal(
    c.certificates.map((x) => [x.stars, x.authorityLevel, x.status]),
    [[4, 'province', 'valid']],
  );
});

test("2024: the cooperative group's durian, below 50, is not certified", async () => {
  const c = await certificationOf('sau-rieng-bac-ruong');
  assert.equal(
    c.results.map((r) => [r.stars, r.outcome.kind]),
    [[2, 'notCertified']],
  );
  assert.equal(c.certificates, []);
});

test('2026: the fish cake re-evaluated under QĐ 26 by Lâm Đồng by written opinions, renewed at 3★', async () => {
  const c = await certificationOf('cha-ca-that-lat');
  assert.equal(
    c.certificates.map((x) => [x.certificateId, x.ruleSet, x.authorityLevel, x.status]),
    [
      ['gcn-tl-2023-118', 'qd148-2023', 'district', 'superseded'],
      ['gcn-ld-2026-131', 'qd26-2026', 'province', 'valid'],
    ],
  );
});

test('2026: the turmeric upgrade filed before 22/05/2026 stays under QĐ 148 + 1489 (Art. 12.2.a) and is decided in time', async () => {
  const c = await certificationOf('tinh-bot-nghe');
  assert.equal(
    c.certificates.map((x) => [x.stars, x.ruleSet, x.status]),
    [
      [3, 'qd148-2023', 'superseded'],
      [4, 'qd148-2023-qd1489-2025', 'valid'],
    ],
  );
  const lines = (await explain(store)).join('\n');
  assert.match(lines, /to be decided by 2026-07-21 \(QĐ 26\/2026\/QĐ-TTg Art\. 12\.2\)/);
});

test('certificates that ran out were expired by command: Gạo Đức Lan (2025) and the rabbit meat (2026)', async () => {
  assert.equal(
    (await certificationOf('gao-duc-lan')).certificates.map((x) => x.status),
    ['expired'],
  );
  assert.equal(
    (await certificationOf('thit-tho-say')).certificates.map((x) => x.status),
    ['expired'],
  );
});

test('the council of 2022, stored in version 1, reads as version 2 through the upcaster', async () => {
  const ledger = await loaded;
  const council = await ledger.load.council('hd-tanh-linh-2022');
  assert.ok(
    E.isRight(council) &&
      council.right.status === 'active' &&
      council.right.rules.minimumsBasis === 'majority' &&
      council.right.rules.quorum.chairRequired,
  );
});

test('every stream of the example verifies: its hash chain is unbroken', async () => {
  await loaded;
  const streams = new Map<string, RecordedEvent[]>();
  for await (const batch of store.readAll())
    if (E.isRight(batch)) for (const e of batch.right) streams.set(e.stream, [...(streams.get(e.stream) ?? []), e]);
  assert.ok(streams.size > 30);
  for (const [stream, events] of streams) assert.ok(E.isRight(verifyStream(events)), stream);
});

test('the explanation names every decision with its council, rule set and source', async () => {
  await loaded;
  const text = (await explain(store)).join('\n');
  for (const expected of [
    'recognised 3★ by Chủ tịch UBND huyện Tánh Linh',
    'forward 4★ from the district to the province level',
    'not certified (2★)',
    're-evaluation: renewed',
    'Art. 8.1.d',
    'QĐ 26/2026/QĐ-TTg (2026-05-22), Art. 4.3',
  ])
    assert.ok(text.includes(expected), expected);
});

test.run();
