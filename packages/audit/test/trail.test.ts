import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { either as E } from 'fp-ts';
import { randomBytes } from 'node:crypto';
import { date, instant, type Json } from '@ocop/kernel';
import { ExpectedRevision, memoryStore, type EventStore } from '@ocop/eventstore';
import { loadTanhLinh } from '@ocop/example-tanh-linh-2024';
import { createVault, memoryKeyStore, sealingStore, sightOf } from '@ocop/privacy';
import { renderTrail, trail, verify, type Opener } from '../src/index.js';
import { right, tanhLinh } from './history.js';

const store = tanhLinh();

test('the ST25 rice, in Vietnamese: council, sheets criterion by criterion as printed, mean, band, outcome, signer, certificate, revocation', async () => {
  const t = right(await trail(await store, 'gao-st25'));
  const text = renderTrail(t, 'text');
  assert.match(text, /Hồ sơ hs-2024-st25: đánh giá, phân hạng lần đầu — nộp ngày 02\/04\/2024/);
  assert.match(text, /Hội đồng cấp huyện, đợt 1\/2024 \(dot-tanh-linh-2024-1\)/);
  assert.match(text, /Số thành viên chấm điểm: 7\/7; quy chế yêu cầu ít nhất 6 \(3\/4, có chủ tịch hội đồng\)/);
  assert.match(
    text,
    /Phiếu đánh giá của Nguyễn Văn Hùng, Phó Chủ tịch, Chủ tịch Hội đồng, UBND huyện Tánh Linh: 63 điểm \(A 21, B 15, C 27\) → 3 sao/,
  );
  assert.match(text, /1\.1 +Nguồn gốc sản phẩm +2\. Sản phẩm được trồng trên địa bàn cấp xã từ 50% đến dưới 75% +2\/3/);
  assert.match(text, /Điểm trung bình: 446 \/ 7 = 63\.71/);
  assert.match(text, /Hướng xử lý: đề nghị Chủ tịch UBND cấp huyện công nhận 3 sao/);
  assert.match(text, /Công nhận 3 sao theo quyết định số 1650\/QĐ-UBND ngày 05\/07\/2024; người ký: Trần Văn Bình/);
  assert.match(text, /Giấy chứng nhận gcn-tl-2024-031: 3 sao — bị thu hồi/);
  assert.match(text, /Art\. 8\.1\.d — Sử dụng nhãn hiệu OCOP không đúng quy định, gây nhầm lẫn/);
  assert.match(text, /thời hạn thu hồi \(15 ngày\) đến hết ngày 13\/10\/2026: đúng hạn/);
  assert.match(text, /chuỗi băm của từng luồng nguyên vẹn/);
  assert.is(t.dossiers[0]?.evaluations[0]?.recomputed.matches, true);
});

test('in English the framing is translated and the criteria stay as printed', async () => {
  const text = renderTrail(right(await trail(await store, 'gao-st25', { lang: 'en' })), 'text');
  assert.match(text, /Council at the district level, round 1\/2024/);
  assert.match(text, /1\.1 +Nguồn gốc sản phẩm +2\. Sản phẩm được trồng trên địa bàn cấp xã/);
  assert.match(text, /Recognised at 3★ by decision 1650\/QĐ-UBND of 2024-07-05/);
});

test('the turmeric upgrade, filed on 8 May 2026, is explained by QĐ 26/2026 Art. 12.2.a and its deadline', async () => {
  const t = right(await trail(await store, 'hs-2026-nghe-nang-hang', { lang: 'en' }));
  assert.equal(
    t.dossiers.map((d) => d.id),
    ['hs-2026-nghe-nang-hang'],
  );
  assert.equal(t.dossiers[0]?.governing.case, 'transitional');
  const text = renderTrail(t, 'text');
  assert.match(
    text,
    /filed before 22\/05\/2026, so it continues under the 2021–2025 rules, to be decided by the end of 2026-07-21 \[source: QĐ 26\/2026\/QĐ-TTg \(2026-05-22\), Art\. 12\.2\.a\]/,
  );
  assert.match(text, /Certificate gcn-ld-2026-107: 4★ — valid/);
});

test('as of a date, the trail stops there: the upgrade filed but not yet scored, the 3-star certificate still valid', async () => {
  const t = right(await trail(await store, 'tinh-bot-nghe', { asOf: date('2026-06-01') }));
  assert.equal(
    t.dossiers.map((d) => [d.id, d.evaluations.length, d.decision?.kind ?? '-']),
    [
      ['hs-2023-nghe', 1, 'recognised'],
      ['hs-2026-nghe-nang-hang', 0, '-'],
    ],
  );
  assert.equal(
    t.certificates.map((c) => [c.id, c.status]),
    [['gcn-tl-2023-084', 'valid']],
  );
});

test('markdown, CSV and JSON carry the same trail', async () => {
  const t = right(await trail(await store, 'gao-st25'));
  assert.match(renderTrail(t, 'md'), /\| Tiêu chí \| Nội dung \| Phương án được chọn \| điểm \|/);
  const csv = renderTrail(t, 'csv').trim().split('\n');
  assert.is(csv[0], 'date,dossier,step,level,member,criterion,title,option,points,max,detail');
  assert.is(csv.filter((l) => l.includes(',sheet,')).length, 7 * 32);
  const json = JSON.parse(renderTrail(t, 'json')) as { dossiers: unknown[]; explanation: string[] };
  assert.is(json.dossiers.length, 1);
  assert.ok(json.explanation.length > 100);
});

const isList = (v: Json | undefined): v is ReadonlyArray<Json> => Array.isArray(v);

/** A copy of a history with each event's data passed through `f` (the copy's hash chains are its own). */
const rewrite = async (source: EventStore, f: (data: Json, type: string, stream: string) => Json): Promise<EventStore> => {
  const copy = memoryStore();
  for await (const page of source.readAll()) {
    if (E.isLeft(page)) throw new Error('unreadable');
    for (const e of page.right)
      right(
        await copy.append(
          e.stream,
          [{ eventId: e.eventId, type: e.type, schemaVersion: e.schemaVersion, data: f(e.data, e.type, e.stream), metadata: e.metadata }],
          ExpectedRevision.any,
        ),
      );
  }
  return copy;
};

/** The same history with one person's key destroyed: every personal value of that person is only the erased marker. */
const erase = (source: EventStore, person: string): Promise<EventStore> => {
  const scrub = (v: Json): Json => {
    if (v === null || typeof v !== 'object') return v;
    if (isList(v)) return v.map(scrub);
    if (v['$personal'] === person) return { $personal: person, erased: true };
    return Object.fromEntries(Object.entries(v).map(([k, x]): [string, Json] => [k, scrub(x)]));
  };
  return rewrite(source, scrub);
};

test('a person whose data was erased shows as "đã xóa" / "erased", never as an error; the history still verifies', async () => {
  const erased = await erase(await store, 'signer-tanhlinh');
  assert.equal(right(await verify(erased)).findings, []);
  assert.match(
    renderTrail(right(await trail(erased, 'gao-st25')), 'text'),
    /người ký: \(đã xóa\) \(Chủ tịch UBND huyện Tánh Linh, cấp huyện\)/,
  );
  assert.match(
    renderTrail(right(await trail(erased, 'gao-st25', { lang: 'en' })), 'text'),
    /signed by: \(erased\) \(Chủ tịch UBND huyện Tánh Linh/,
  );
});

test('a sheet stopped by a knock-out shows the criteria after it as not assessed, quoting the note as printed', async () => {
  const knocked = await rewrite(await store, (data, type) => {
    if (type !== 'ResultAdopted' || data === null || typeof data !== 'object' || isList(data) || data['dossierId'] !== 'hs-2024-st25')
      return data;
    const sheets = data['sheets'];
    if (!isList(sheets)) return data;
    const [first, ...rest] = sheets;
    if (first === null || typeof first !== 'object' || isList(first)) return data;
    const input = first['input'];
    if (input === null || typeof input !== 'object' || isList(input)) return data;
    return { ...data, sheets: [{ ...first, input: { ...input, knockOuts: ['unsafe-impurities'] } }, ...rest] };
  });
  const t = right(await trail(knocked, 'gao-st25'));
  const lines = t.dossiers[0]?.evaluations[0]?.sheets[0]?.criteria ?? [];
  assert.equal(
    lines.filter((c) => c.notAssessed?.reason === 'knockOut').map((c) => c.code),
    ['6.1', '6.2', '6.3', '6.4', '7', '8', '9', '10', '11', '12'],
  );
  const text = renderTrail(t, 'text');
  assert.match(text, /6\.1 +Tạp chất +không đánh giá: Chú ý: Nếu có các tạp chất không chấp nhận được/);
  // The recorded totals no longer follow from the sheet: the trail says so.
  assert.match(text, /KHÔNG trùng khớp/);
});

test('an id that is neither a product nor a dossier is NotFound', async () => {
  const t = await trail(await store, 'no-such-thing');
  assert.ok(E.isLeft(t) && t.left._tag === 'NotFound');
});

test('names are stored sealed: the trail shows them sealed, opens them with the keys, and shows an erased person as erased', async () => {
  const inner = memoryStore();
  const vault = createVault({ keys: memoryKeyStore(), masterKey: randomBytes(32) });
  await loadTanhLinh(sealingStore(inner, vault, () => instant('2026-11-29T05:00:00.000Z')));
  const open: Opener = async (e) =>
    E.bimap(
      (k: { readonly message: string }) => k.message,
      (u: { readonly data: Json }) => u.data,
    )(await vault.unseal(e.data, sightOf('auditor')));

  const sealed = renderTrail(right(await trail(inner, 'gao-st25')), 'text');
  assert.match(sealed, /Phiếu đánh giá của tl-chair \(tên được mã hóa\), Phó Chủ tịch/);
  assert.match(sealed, /người ký: signer-tanhlinh \(tên được mã hóa\) \(Chủ tịch UBND huyện Tánh Linh/);
  assert.not.match(sealed, /Trần Văn Bình|đã xóa/);

  const opened = renderTrail(right(await trail(inner, 'gao-st25', { open })), 'text');
  assert.match(opened, /Phiếu đánh giá của Nguyễn Văn Hùng, Phó Chủ tịch/);
  assert.match(opened, /người ký: Trần Văn Bình \(Chủ tịch UBND huyện Tánh Linh/);

  right(await vault.erase('signer-tanhlinh', instant('2026-11-29T06:00:00.000Z')));
  assert.equal(right(await verify(inner)).findings, []);
  const erased = renderTrail(right(await trail(inner, 'gao-st25', { open, lang: 'en' })), 'text');
  assert.match(erased, /signed by: \(erased\) \(Chủ tịch UBND huyện Tánh Linh/);
  assert.match(erased, /Nguyễn Văn Hùng/);
  assert.not.match(erased, /Trần Văn Bình/);
});

test.run();
