import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readdirSync, readFileSync } from 'node:fs';
import type * as t from 'io-ts';
import {
  certificationCommandCodecs,
  councilCommandCodecs,
  dossierCommandCodecs,
  planCommandCodecs,
  productCommandCodecs,
  roundCommandCodecs,
  subjectCommandCodecs,
} from '../src/index.js';
import { aggregates } from '../scripts/catalogue.js';
import { renderDomainDoc } from '../scripts/domain-doc.js';

// [inference] The catalogue is generated, never edited: it cannot drift from the codecs.
test('docs/domain.md is the rendering of the codecs and the catalogue (run scripts/write-domain-doc.ts after a change)', () => {
  const committed = readFileSync(new URL('../../../docs/domain.md', import.meta.url), 'utf8');
  assert.ok(
    committed === renderDomainDoc(),
    'docs/domain.md is out of date: pnpm --filter @ocop/domain exec node --conditions=source --import tsx scripts/write-domain-doc.ts',
  );
});

const commandCodecs: Readonly<Record<string, ReadonlyArray<t.Mixed>>> = {
  Subject: subjectCommandCodecs,
  Product: productCommandCodecs,
  ProgrammePlan: planCommandCodecs,
  Council: councilCommandCodecs,
  Round: roundCommandCodecs,
  Dossier: dossierCommandCodecs,
  Certification: certificationCommandCodecs,
};

// [inference] Every event type and version of the codecs is in the catalogue.
test('the catalogue lists every aggregate, and each one’s events in the order and versions of its codec', () => {
  assert.equal(
    aggregates.map((a) => a.name),
    Object.keys(commandCodecs),
  );
  for (const a of aggregates) {
    assert.equal(
      a.events.map((e) => e.type),
      a.family.types,
      `${a.name}: events`,
    );
    for (const e of a.events) assert.is(e.version, a.family.versionOf(e.type), `${a.name}: version of ${e.type}`);
  }
});

// [inference] Every event is explained, and caused by a command of its aggregate.
test('every event has a meaning and a command that may cause it; every command gives events of its aggregate', () => {
  for (const a of aggregates) {
    const types = a.events.map((e) => e.type);
    assert.equal(Object.keys(a.meanings).sort(), [...types].sort(), `${a.name}: meanings`);
    for (const type of types)
      assert.ok(
        a.commands.some((c) => c.emits.includes(type)),
        `${a.name}: nothing causes ${type}`,
      );
    for (const c of a.commands) {
      assert.ok(c.emits.length > 0 && c.emits.every((e) => types.includes(e)), `${a.name}: ${c.codec.name} gives ${c.emits.join(', ')}`);
      assert.ok(c.roles.length > 0, `${a.name}: nobody sends ${c.codec.name}`);
    }
  }
});

// [inference] Every command of the codecs is in the catalogue.
test('the catalogue lists every command of each aggregate, once', () => {
  for (const a of aggregates)
    assert.equal(
      a.commands.map((c) => c.codec.name),
      (commandCodecs[a.name] ?? []).map((c) => c.name),
      `${a.name}: commands`,
    );
});

/** The refusals a folder of src/ names, as `rule:kind`, read from calls of conflict/invalid/forbidden/notFound. */
const refusalsIn = (folder: string): ReadonlyArray<string> => {
  const dir = new URL(`../src/${folder}/`, import.meta.url);
  const found = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts')))
    for (const m of readFileSync(new URL(file, dir), 'utf8').matchAll(/\b(conflict|invalid|forbidden|notFound)\(\s*'([A-Za-z]+)'/g))
      found.add(`${m[2] ?? ''}:${m[1] ?? ''}`);
  return [...found].sort();
};

// [inference] Every refusal a decider names is documented with its kind.
test('every refusal a decider can give is in the catalogue with its kind, and the catalogue names no other', () => {
  for (const a of aggregates) {
    const documented = new Set(a.commands.flatMap((c) => c.refusals.filter((r) => r.computed !== true).map((r) => `${r.rule}:${r.kind}`)));
    assert.equal([...documented].sort(), refusalsIn(a.folder), `${a.name}: refusals`);
  }
});

// [inference] No refusal is listed twice for a command.
test('a command lists each refusal once', () => {
  for (const a of aggregates)
    for (const c of a.commands) {
      const rules = c.refusals.map((r) => `${r.rule}:${r.kind}`);
      assert.equal(rules, [...new Set(rules)], `${a.name}: ${c.codec.name}`);
    }
});

test.run();
