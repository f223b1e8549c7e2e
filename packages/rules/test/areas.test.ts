import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { addDays, date } from '@ocop/kernel';
import {
  administrativeUnits,
  describeAreaError,
  describeProductCodeError,
  formatProductCode,
  parseProductCode,
  predecessorsOf,
  successions,
  successorsOf,
  unitOn,
} from '../src/index.js';
import { left, right } from './helpers.js';

const names = (units: ReadonlyArray<{ readonly name: string }>) => units.map((u) => u.name);

// Nghị quyết 202/2025/QH15: Bình Thuận, Đắk Nông and Lâm Đồng form the province of Lâm Đồng (code 68,
// QĐ 19/2025/QĐ-TTg) from 01/07/2025.
test('Bình Thuận (60) leads to Lâm Đồng (68) from 1 July 2025', () => {
  assert.equal(names(right(successorsOf('60', date('2025-06-30')))), ['Tỉnh Bình Thuận']);
  const after = right(successorsOf('60', date('2025-07-01')));
  assert.equal(
    after.map((u) => [u.code, u.name, u.validFrom]),
    [['68', 'Tỉnh Lâm Đồng', date('2025-07-01')]],
  );
  assert.equal(names(right(successorsOf('67', date('2026-03-01')))), ['Tỉnh Lâm Đồng']);
});

test('code 68 names the old Lâm Đồng until 30 June 2025 and the merged province from 1 July', () => {
  const before = right(unitOn('68', date('2025-06-30')));
  const after = right(unitOn('68', date('2025-07-01')));
  assert.is(before.validUntil, date('2025-06-30'));
  assert.is(after.validFrom, date('2025-07-01'));
  assert.is(after.validUntil, undefined);
});

// Nghị quyết 1671/NQ-UBTVQH15 Art. 1.71: thị trấn Lạc Tánh, xã Gia An and xã Đức Thuận form xã Tánh Linh.
test('a Tánh Linh commune leads to its new commune', () => {
  assert.equal(names(right(successorsOf('23176', date('2024-06-01')))), ['Xã Gia An']);
  const giaAn = right(successorsOf('23176', date('2026-01-15')));
  assert.equal(
    giaAn.map((u) => [u.code, u.name, u.parent]),
    [['23149', 'Xã Tánh Linh', '68']],
  );
  // Art. 1.70: four communes form xã Đồng Kho, which keeps Đồng Kho's code.
  assert.equal(names(right(successorsOf('23161', date('2025-07-01')))), ['Xã Đồng Kho']);
  // A code recorded in 2024 (thị trấn Lạc Tánh) read in 2026: the commune that took it over.
  assert.equal(names(right(successorsOf('23149', date('2026-01-15'), date('2024-05-10')))), ['Xã Tánh Linh']);
});

test('the district of Tánh Linh leads to the five communes that share its territory', () => {
  const communes = right(successorsOf('599', date('2025-07-01')));
  assert.equal(names(communes).sort(), ['Xã Bắc Ruộng', 'Xã Nghị Đức', 'Xã Suối Kiết', 'Xã Tánh Linh', 'Xã Đồng Kho']);
  assert.equal(left(unitOn('599', date('2025-07-01')))._tag, 'NotInForce');
});

test('the new commune’s predecessors include the old communes merged into it', () => {
  const found = right(predecessorsOf('23149'));
  const whole = found.filter((p) => p.portion === 'whole').map((p) => p.unit.name);
  assert.equal(whole.sort(), ['Thị trấn Lạc Tánh', 'Xã Gia An', 'Xã Đức Thuận']);
  // The district is a predecessor for part of its territory only.
  assert.equal(
    found.filter((p) => p.portion === 'part').map((p) => p.unit.code),
    ['599'],
  );
  assert.ok(found.every((p) => p.on === date('2025-07-01')));
  // Old codes to search under when asking about xã Tánh Linh today.
  assert.equal([...new Set(found.map((p) => p.unit.code))].sort(), ['23149', '23176', '23185', '599']);
});

test('the new province’s predecessors are the three old provinces', () => {
  const found = right(predecessorsOf('68'));
  assert.equal(found.map((p) => [p.unit.code, p.unit.name, p.unit.validUntil, p.portion]).sort(), [
    ['60', 'Tỉnh Bình Thuận', date('2025-06-30'), 'whole'],
    ['67', 'Tỉnh Đắk Nông', date('2025-06-30'), 'whole'],
    ['68', 'Tỉnh Lâm Đồng', date('2025-06-30'), 'whole'],
  ]);
  // The old Lâm Đồng had no recorded predecessors.
  assert.equal(right(predecessorsOf('68', date('2024-01-01'))), []);
});

test('unknown codes and days outside a unit’s life are refused with a clear error', () => {
  const unknown = left(unitOn('99999', date('2024-01-01')));
  assert.equal(unknown, { _tag: 'UnknownUnitCode', code: '99999' });
  assert.is(describeAreaError(unknown), 'no administrative unit with code 99999 is recorded');
  const early = left(unitOn('60', date('2000-01-01')));
  assert.is(describeAreaError(early), 'code 60 names no unit on 2000-01-01; it named Tỉnh Bình Thuận from 2004-06-30 to 2025-06-30');
  assert.is(left(successorsOf('23149', date('2026-01-01'), date('2000-01-01')))._tag, 'NotInForce');
});

test('the data: every succession links a unit ending the day before to one beginning that day', () => {
  for (const s of successions) {
    const former = right(unitOn(s.from, addDays(s.on, -1)));
    const successor = right(unitOn(s.to, s.on));
    assert.is(former.validUntil, addDays(s.on, -1), `${s.from} → ${s.to}`);
    assert.is(successor.validFrom, s.on, `${s.from} → ${s.to}`);
  }
  // Each of Tánh Linh's thirteen communes went wholly into exactly one new commune.
  const oldCommunes = administrativeUnits.filter((u) => u.parent === '599');
  assert.is(oldCommunes.length, 13);
  for (const u of oldCommunes) assert.is(successions.filter((s) => s.from === u.code && s.portion === 'whole').length, 1, u.name);
  // A unit's parent is in force from the unit's first day and sits at a higher level.
  const rank = { province: 0, district: 1, commune: 2 } as const;
  for (const u of administrativeUnits) {
    if (u.parent === undefined) continue;
    const parent = right(unitOn(u.parent, u.validFrom));
    assert.ok(rank[parent.level] < rank[u.level], u.name);
  }
  // Every code says where it was read; none was read in an official list, and the data says so.
  for (const u of administrativeUnits) {
    const codeSource = u.codeSource ?? u.source;
    assert.is(codeSource.verification, 'secondary', u.name);
    assert.ok(codeSource.note, u.name);
  }
});

// QĐ 26/2026 sheet headers: (Mã tỉnh)-(Mã xã)-(STT)-(Năm); before 2025, with the district's code too.
test('both product-code formats round-trip', () => {
  const old = right(parseProductCode('83-829-28780-3-2022'));
  assert.equal(old, { format: 'province-district-commune', province: '83', district: '829', commune: '28780', serial: 3, year: 2022 });
  assert.is(formatProductCode(old), '83-829-28780-3-2022');
  const tanhLinh2024 = '60-599-23176-12-2024';
  assert.is(formatProductCode(right(parseProductCode(tanhLinh2024))), tanhLinh2024);
  const current = right(parseProductCode('68-23149-1-2026'));
  assert.equal(current, { format: 'province-commune', province: '68', commune: '23149', serial: 1, year: 2026 });
  assert.is(formatProductCode(current), '68-23149-1-2026');
});

test('malformed product codes are refused, naming what is wrong', () => {
  const short = left(parseProductCode('68-23149-1'));
  assert.equal(short, { _tag: 'WrongNumberOfParts', input: '68-23149-1', parts: 3 });
  assert.is(
    describeProductCodeError(short),
    '"68-23149-1" has 3 parts separated by "-"; a product code has 4 (province-commune-serial-year) or, before July 2025, 5 (province-district-commune-serial-year)',
  );
  const commune = left(parseProductCode('60-599-2317-1-2024'));
  assert.is(describeProductCodeError(commune), '"60-599-2317-1-2024": the commune "2317" should be a commune code of 5 digits');
  const cases: ReadonlyArray<[string, string]> = [
    ['6-23149-1-2026', 'province'],
    ['68-23149-01-2026', 'serial'],
    ['68-23149-0-2026', 'serial'],
    ['68-23149-1-26', 'year'],
    ['60-59-23176-1-2024', 'district'],
    ['68-23149--2026', 'serial'],
    [' 68-23149-1-2026', 'province'],
  ];
  for (const [input, part] of cases) {
    const e = left(parseProductCode(input));
    assert.is(e._tag === 'MalformedPart' && e.part, part, input);
  }
  assert.is(left(parseProductCode(''))._tag, 'WrongNumberOfParts');
});

test.run();
