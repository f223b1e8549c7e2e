import { mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import Database from 'better-sqlite3';
import { auditCommand } from '../src/commands/audit.js';
import { exampleCommand } from '../src/commands/example.js';
import type { CommandHost } from '../src/commands/host.js';
import { fakeIO } from './fake-io.js';

const dir = mkdtempSync(join(tmpdir(), 'ocop-cli-audit-'));
const written = new Map<string, string>();
const host = (env: Record<string, string> = {}): CommandHost => ({
  env,
  cwd: dir,
  writeText: (path, text) => Promise.resolve(void written.set(path, text)),
});
const url = 'sqlite:./tanh-linh.sqlite';

const run = async (args: ReadonlyArray<string>, env: Record<string, string> = {}) => {
  const { io, out, err } = fakeIO();
  const [name, ...rest] = args;
  const command = name === 'example' ? exampleCommand(host(env)) : auditCommand(host(env));
  const code = await command.run(name === 'example' ? rest : args, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
};

test('ocop example tanh-linh writes the example into an empty store, and refuses a store that is not empty', async () => {
  const loaded = await run(['example', 'tanh-linh', '--store', url]);
  assert.is(loaded.code, 0, loaded.err);
  const again = await run(['example', 'tanh-linh', '--store', url]);
  assert.is(again.code, 2);
  assert.match(again.err, /is not empty/);
});

test('ocop audit verify prints the summary and exits 0 on a clean history; the JSON report goes to --report', async () => {
  const r = await run(['verify', '--report', 'report.json'], { OCOP_STORE: url });
  assert.is(r.code, 0, r.err);
  assert.match(r.out, /Read 248 events in 43 streams/);
  assert.match(r.out, /Findings: none\. The history verifies\./);
  const report = JSON.parse(written.get('report.json') ?? '{}') as { clean: boolean; summary: { events: number } };
  assert.equal([report.clean, report.summary.events], [true, 248]);
});

test('ocop audit verify --lang vi prints the summary in Vietnamese', async () => {
  const r = await run(['verify', '--store', url, '--lang', 'vi', '--report', 'report-vi.json']);
  assert.is(r.code, 0, r.err);
  assert.match(r.out, /^Kiểm tra sqlite:/);
  assert.match(r.out, /Đã đọc 248 sự kiện trong 43 luồng/);
  assert.match(r.out, /Phát hiện: không có\. Lịch sử dữ liệu được xác minh là hợp lệ\./);
  assert.match(r.out, /Báo cáo đầy đủ ở report-vi\.json\./);
});

test('ocop audit trail explains a product in Vietnamese by default, in English and other formats on request', async () => {
  const vi = await run(['trail', 'gao-st25', '--store', url]);
  assert.is(vi.code, 0, vi.err);
  assert.match(vi.out, /Công nhận 3 sao theo quyết định số 1650\/QĐ-UBND ngày 05\/07\/2024/);
  const en = await run(['trail', 'gao-st25', '--store', url, '--lang', 'en', '--format', 'md', '--as-of', '2025-01-01']);
  assert.is(en.code, 0, en.err);
  assert.match(en.out, /## Dossier hs-2024-st25: first evaluation/);
  assert.not.match(en.out, /revoked by decision/);
  const csv = await run(['trail', 'hs-2024-st25', '--store', url, '--format', 'csv']);
  assert.match(csv.out, /^date,dossier,step/);
});

test('ocop audit replay gives the state on a date, as text or JSON', async () => {
  const r = await run(['replay', '--as-of', '2025-06-16', '--store', url, '--format', 'json']);
  assert.is(r.code, 0, r.err);
  const state = JSON.parse(r.out) as { products: Array<{ id: string; certificates: Array<{ status: string }> }> };
  assert.equal(
    state.products.find((p) => p.id === 'gao-duc-lan')?.certificates.map((c) => c.status),
    ['expired'],
  );
  const text = await run(['replay', '--as-of', '2025-06-16', '--store', url]);
  assert.match(text.out, /Trạng thái ngày 16\/06\/2025/);
});

test('names are stored sealed; --names opens them with the keys the example was sealed with, and the read is recorded', async () => {
  const sealed = await run(['trail', 'gao-st25', '--store', url]);
  assert.match(sealed.out, /người ký: signer-tanhlinh \(tên được mã hóa\)/);
  assert.not.match(sealed.out, /Trần Văn Bình/);
  const db = new Database(join(dir, 'tanh-linh.sqlite'), { readonly: true });
  const inClear = db.prepare(`SELECT count(*) AS n FROM events WHERE data LIKE '%Trần Văn Bình%'`).get() as { n: number };
  assert.is(inClear.n, 0);

  const named = await run(['trail', 'gao-st25', '--store', url, '--names']);
  assert.is(named.code, 0, named.err);
  assert.match(named.out, /người ký: Trần Văn Bình \(Chủ tịch UBND huyện Tánh Linh/);
  const reads = db.prepare(`SELECT stream, data FROM events WHERE type = 'PersonalDataRead'`).all() as Array<{
    stream: string;
    data: string;
  }>;
  db.close();
  const signer = reads.find((r) => r.stream === 'PersonalDataAccess-signer-tanhlinh');
  assert.ok(signer, reads.map((r) => r.stream).join());
  assert.match(signer.data, /"purpose":"audit trail"/);
  assert.is((await run(['verify', '--store', url])).code, 0);

  const key = join(dir, 'data', 'master.key');
  renameSync(key, `${key}.away`);
  const keyless = await run(['trail', 'gao-st25', '--store', url, '--names']);
  renameSync(`${key}.away`, key);
  assert.is(keyless.code, 2);
  assert.match(keyless.err, /OCOP_MASTER_KEY is not set and .*master\.key does not exist/);
});

test('a tampered store makes ocop audit verify exit 1, naming the event', async () => {
  const db = new Database(join(dir, 'tanh-linh.sqlite'));
  const row = db
    .prepare(`SELECT event_id AS id FROM events WHERE stream = 'Certification-gao-st25' AND type = 'CertificateIssued'`)
    .get() as { id: string };
  db.prepare(`UPDATE events SET data = replace(data, '"2027-07-05"', '"2027-12-31"') WHERE event_id = ?`).run(row.id);
  db.close();
  const r = await run(['verify', '--store', url]);
  assert.is(r.code, 1);
  assert.match(r.out, new RegExp(`HashChainBroken — Certification-gao-st25, event ${row.id}`));
  assert.match(r.out, /WrongExpiry/);
});

test('bad usage and unreachable stores exit 2 with a message', async () => {
  assert.is((await run(['verify', '--nonsense'])).code, 2);
  const lang = await run(['verify', '--store', url, '--lang', 'fr']);
  assert.is(lang.code, 2);
  assert.match(lang.err, /--lang is vi or en/);
  assert.is((await run(['trail'])).code, 2);
  assert.is((await run(['trail', 'x', '--format', 'pdf', '--store', url])).code, 2);
  assert.is((await run(['replay', '--store', url])).code, 2);
  assert.is((await run(['replay', '--as-of', '2025-02-30', '--store', url])).code, 2);
  const missing = await run(['verify', '--store', 'sqlite:./nowhere.sqlite']);
  assert.is(missing.code, 2);
  assert.match(missing.err, /there is no store at/);
  const other = await run(['verify', '--store', 'mongodb://x']);
  assert.is(other.code, 2);
  const notFound = await run(['trail', 'no-such-product', '--store', url]);
  assert.is(notFound.code, 2);
  assert.match(notFound.err, /has no product or dossier no-such-product/);
});

test('ocop audit verify --against a previous report finds the last events of a stream deleted since', async () => {
  const before = await run(['verify', '--store', url, '--report', 'before.json']);
  assert.is(before.code, 1, 'the store was tampered with by the test above');
  const { io, out, err } = fakeIO({ 'before.json': written.get('before.json') ?? '' });
  const db = new Database(join(dir, 'tanh-linh.sqlite'));
  db.prepare(`DELETE FROM events WHERE stream = 'Certification-gao-duc-lan' AND revision = 4`).run();
  db.close();
  const code = await auditCommand(host()).run(['verify', '--store', url, '--against', 'before.json'], io);
  assert.is(code, 1, err.join('\n'));
  assert.match(out.join('\n'), /Heads: \d+ streams compared with a previous report, 1 no longer as recorded\./);
  assert.match(
    out.join('\n'),
    /StreamHeadMismatch — Certification-gao-duc-lan\n.*the last event read is revision 3: the events after it were deleted/,
  );

  const bad = fakeIO({ 'before.json': '{"clean":true}' });
  assert.is(await auditCommand(host()).run(['verify', '--store', url, '--against', 'before.json'], bad.io), 2);
  assert.match(bad.err.join('\n'), /before\.json: the report has no heads/);
  assert.is(await auditCommand(host()).run(['verify', '--store', url, '--against', 'missing.json'], bad.io), 2);
});

test.after(() => rmSync(dir, { recursive: true, force: true }));

test.run();
