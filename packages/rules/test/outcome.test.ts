import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  outcomeAt,
  qd1048_2019,
  qd148_2023,
  qd148_2023_qd1489_2025,
  qd26_2026,
  type Level,
  type RuleSet,
  type Stars,
} from '../src/index.js';
import { left, right } from './helpers.js';

const describe = (ruleSet: RuleSet, level: Level, stars: Stars): string => {
  const o = right(outcomeAt(ruleSet, level, stars));
  switch (o.kind) {
    case 'recognise':
      return `recognise ${o.stars}★ at ${o.level} by ${o.authority.title}`;
    case 'forward':
      return `forward ${o.stars}★ from ${o.from} to ${o.to}`;
    case 'fallback':
      return `fallback ${o.stars}★ from ${o.from} to ${o.to}`;
    case 'notCertified':
      return `not certified (${o.stars}★)`;
  }
};

// QĐ 1048/2019: the district forwards 50 points and more; the province recognises 3★ and 4★; 5★ are national.
test('QĐ 1048: district forwards 3★ and up, province recognises 3★–4★ and forwards 5★', () => {
  assert.is(describe(qd1048_2019, 'district', 2), 'not certified (2★)');
  assert.is(describe(qd1048_2019, 'district', 3), 'forward 3★ from district to province');
  assert.is(describe(qd1048_2019, 'province', 3), 'recognise 3★ at province by Chủ tịch UBND cấp tỉnh');
  assert.is(describe(qd1048_2019, 'province', 4), 'recognise 4★ at province by Chủ tịch UBND cấp tỉnh');
  assert.is(describe(qd1048_2019, 'province', 5), 'forward 5★ from province to central');
  assert.is(describe(qd1048_2019, 'central', 5), 'recognise 5★ at central by Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn');
});

// QĐ 148/2023: the district recognises 3★ and forwards ≥ 70; the province recognises 4★ and forwards ≥ 90.
test('QĐ 148: district recognises 3★ and forwards 4★–5★; province recognises 4★', () => {
  assert.is(describe(qd148_2023, 'district', 3), 'recognise 3★ at district by Chủ tịch UBND cấp huyện');
  assert.is(describe(qd148_2023, 'district', 4), 'forward 4★ from district to province');
  assert.is(describe(qd148_2023, 'district', 5), 'forward 5★ from district to province');
  assert.is(describe(qd148_2023, 'province', 4), 'recognise 4★ at province by Chủ tịch UBND cấp tỉnh');
  assert.is(describe(qd148_2023, 'province', 5), 'forward 5★ from province to central');
  assert.is(describe(qd148_2023, 'province', 3), 'fallback 3★ from province to district');
  assert.is(right(outcomeAt(qd148_2023, 'district', 4)).source.article, 'Annex II');
});

// QĐ 1489/2025 and QĐ 26/2026 Art. 4.1, 7.3.e, 7.4.g: province 3★–4★, ≥ 90 to the ministry, fallback below 90.
test('QĐ 1489 and QĐ 26: the province recognises 3★–4★ and forwards 5★; below 90 at the ministry falls back', () => {
  for (const r of [qd148_2023_qd1489_2025, qd26_2026]) {
    assert.is(describe(r, 'province', 3), 'recognise 3★ at province by Chủ tịch UBND cấp tỉnh', r.id);
    assert.is(describe(r, 'province', 4), 'recognise 4★ at province by Chủ tịch UBND cấp tỉnh', r.id);
    assert.is(describe(r, 'province', 5), 'forward 5★ from province to central', r.id);
    assert.is(describe(r, 'central', 5), 'recognise 5★ at central by Bộ trưởng Bộ Nông nghiệp và Môi trường', r.id);
    assert.is(describe(r, 'central', 4), 'fallback 4★ from central to province', r.id);
    assert.is(describe(r, 'central', 3), 'fallback 3★ from central to province', r.id);
    assert.is(describe(r, 'central', 2), 'not certified (2★)', r.id);
  }
  assert.is(right(outcomeAt(qd26_2026, 'province', 5)).source.article, 'Art. 7.3.e');
});

test('there is no district council after QĐ 1489, and the commune never scores', () => {
  assert.equal(left(outcomeAt(qd26_2026, 'district', 3)), { _tag: 'NoCouncilAtLevel', ruleSet: 'qd26-2026', level: 'district' });
  assert.is(left(outcomeAt(qd148_2023, 'commune', 3))._tag, 'NoCouncilAtLevel');
});

test('the forwarding thresholds of each act', () => {
  const thresholds = (r: RuleSet) => r.forwarding.map((f) => `${f.from}→${f.to} ≥${f.minScore}`);
  assert.equal(thresholds(qd1048_2019), ['district→province ≥50', 'province→central ≥90']);
  assert.equal(thresholds(qd148_2023), ['district→province ≥70', 'province→central ≥90']);
  assert.equal(thresholds(qd148_2023_qd1489_2025), ['province→central ≥90']);
  assert.equal(thresholds(qd26_2026), ['province→central ≥90']);
});

test.run();
