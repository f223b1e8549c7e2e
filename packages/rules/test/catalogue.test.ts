import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { criteriaOf, loadCatalogue, qd26Catalogue, ruleSets, validateCatalogue } from '../src/index.js';
import committed from '../src/sheets/qd26-2026.json' with { type: 'json' };
import { deriveQd26Catalogue } from '../scripts/derive-qd26.js';
import { left, right } from './helpers.js';

// QĐ 26/2026 Art. 3.1 and Annex II: every sheet totals 100, parts A 40, B 25, C 35.
test('every QĐ 26/2026 sheet sums to 100 = 40 + 25 + 35, computed from its criteria', () => {
  assert.is(qd26Catalogue.sheets.length, 26);
  for (const sheet of qd26Catalogue.sheets) {
    const byPart = { A: 0, B: 0, C: 0 };
    for (const c of criteriaOf(sheet)) byPart[c.part] += c.max;
    assert.equal(byPart, { A: 40, B: 25, C: 35 }, `sheet ${sheet.number}`);
  }
});

test("each criterion's maximum equals its best option, and groups sum to their maximum", () => {
  for (const sheet of qd26Catalogue.sheets) {
    for (const part of sheet.parts) {
      assert.is(
        part.groups.reduce((n, g) => n + g.max, 0),
        part.max,
        `sheet ${sheet.number} part ${part.code}`,
      );
      for (const group of part.groups) {
        assert.is(
          group.criteria.reduce((n, c) => n + c.max, 0),
          group.max,
          `sheet ${sheet.number} group ${group.code}`,
        );
        for (const c of group.criteria) {
          const best = c.kind === 'yesNo' ? c.max : Math.max(...c.options.map((o) => o.points));
          assert.is(best, c.max, `sheet ${sheet.number} criterion ${c.code}`);
        }
      }
    }
  }
});

test('every rule set ships a valid catalogue with its own parts', () => {
  for (const r of ruleSets) {
    right(validateCatalogue(r.sheets));
    assert.equal(r.sheets.parts, r.parts.value, r.id);
    assert.is(r.sheets.sheets.length, 26, r.id);
  }
});

test('old acts say that their sheets are provisional; QĐ 26/2026 says official', () => {
  const status = Object.fromEntries(ruleSets.map((r) => [r.id, r.sheets.provenance.status]));
  assert.equal(status, {
    'qd1048-2019': 'provisional',
    'qd148-2023': 'provisional',
    'qd148-2023-qd1489-2025': 'provisional',
    'qd26-2026': 'official',
  });
});

test('each correction of the extracted data carries its reason and evidence', () => {
  const corrections = qd26Catalogue.corrections ?? [];
  assert.ok(corrections.length > 0);
  for (const c of corrections) {
    assert.ok(c.reason.length > 10 && c.evidence.length > 5, JSON.stringify(c));
    assert.ok(c.sheet >= 1 && c.sheet <= 26);
  }
  const changes = corrections.map((c) => `${c.sheet} ${c.location} ${c.change}`);
  assert.ok(changes.includes('4 criterion 7 (Dinh dưỡng), option 3 points: 13 → 3'));
  assert.ok(changes.includes('11 criterion 6.1.1 (Tạp chất), option 2 points: 11 → 1'));
  assert.ok(changes.some((c) => c.startsWith('3 criterion 5.1, option 5 marker')));
});

test('corrected figures are in the data: sheet 4 nutrition tops at 3, sheet 3 story carries its 4-star marker', () => {
  const c4 = criteriaOf(qd26Catalogue.sheets[3]!).find((c) => c.code === '7');
  assert.equal(
    c4?.options.map((o) => o.points),
    [0, 1, 3],
  );
  const c3 = criteriaOf(qd26Catalogue.sheets[2]!).find((c) => c.code === '5.1');
  assert.is(c3?.options[4]?.minStars, 4);
  assert.not.match(c3?.options[4]?.label ?? '', /\*/);
});

const reference = fileURLToPath(new URL('../../../../shared/reference/', import.meta.url));
const referencePresent = existsSync(`${reference}qd26-2026-sheets.json`);

// Re-derives the catalogue when the reference files sit beside the checkout (they do on the project's machines).
const rederive = (): void => {
  const extracted: unknown = JSON.parse(readFileSync(`${reference}qd26-2026-sheets.json`, 'utf8'));
  const text = readFileSync(`${reference}qd26-2026-text.txt`, 'utf8');
  assert.equal(JSON.parse(JSON.stringify(deriveQd26Catalogue(extracted, text))), committed);
};
if (referencePresent) test('the committed catalogue is exactly what the derivation produces from the reference', rederive);
else test.skip('the committed catalogue is exactly what the derivation produces from the reference', rederive);

test('a catalogue loaded from JSON is checked for shape and invariants, with every problem named', () => {
  const broken = JSON.parse(JSON.stringify(committed)) as { sheets: { parts: { groups: { criteria: Record<string, unknown>[] }[] }[] }[] };
  const criterion = broken.sheets[0]!.parts[0]!.groups[0]!.criteria[0]!;
  criterion['max'] = 4;
  criterion['weight'] = 2;
  const shape = left(loadCatalogue(broken));
  assert.is(shape._tag, 'ValidationFailure');
  assert.ok(JSON.stringify(shape).includes('unknown field \\"weight\\"'));

  delete criterion['weight'];
  const invariants = left(loadCatalogue(broken));
  assert.is(invariants._tag, 'CatalogueInvalid');
  const messages = invariants._tag === 'CatalogueInvalid' ? invariants.errors.map((e) => `${e.sheet} ${e.location}: ${e.message}`) : [];
  assert.ok(messages.includes('1 criterion 1.1: maximum 4 but the best option gives 3'), messages.join('\n'));
  assert.ok(messages.includes('1 group 1: criteria sum to 19, not 18'), messages.join('\n'));
});

test('a catalogue that is not even an object is refused, not thrown on', () => {
  assert.is(left(loadCatalogue('sheets'))._tag, 'ValidationFailure');
  assert.is(left(loadCatalogue(null))._tag, 'ValidationFailure');
});

test.run();
