import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { either as E } from 'fp-ts';
import { memoryStore, verifyStream, type RecordedEvent } from '@ocop/eventstore';
import { generatorVersion, keptNationalDataset, populateNational } from '../src/index.js';

const store = memoryStore();
const populated = populateNational(store, { seed: 7, subjects: 120, products: 240 });

const all = async (): Promise<RecordedEvent[]> => {
  await populated;
  const events: RecordedEvent[] = [];
  for await (const batch of store.readAll()) if (E.isRight(batch)) events.push(...batch.right);
  return events;
};

test('a small national history is written entirely through the deciders and every stream verifies', async () => {
  const { events } = await populated;
  const stored = await all();
  assert.is(stored.length, events);
  const streams = new Map<string, RecordedEvent[]>();
  for (const e of stored) streams.set(e.stream, [...(streams.get(e.stream) ?? []), e]);
  for (const [stream, list] of streams) assert.ok(E.isRight(verifyStream(list)), stream);
});

test('it holds what a national history holds: every act, every level, upgrades, re-evaluations, expiries, revocations', async () => {
  const stored = await all();
  const types = new Set(stored.map((e) => e.type));
  for (const t of [
    'CouncilEstablished',
    'ResultAdopted',
    'RecognitionDecided',
    'CertificateIssued',
    'CertificateSuperseded',
    'ReEvaluationConcluded',
    'CertificateExpired',
    'CommuneCheckCompleted',
    'ProgrammeTargetsSet',
  ])
    assert.ok(types.has(t), t);
  const ruleSets = new Set(stored.flatMap((e) => (e.metadata.ruleSet ? [e.metadata.ruleSet] : [])));
  assert.equal([...ruleSets].sort(), ['qd1048-2019', 'qd148-2023', 'qd148-2023-qd1489-2025', 'qd26-2026']);
  assert.ok(stored.every((e) => e.metadata.businessTime <= '2026-11-28T23:59:59.999Z'));
});

test('the same seed writes the same history', async () => {
  const again = memoryStore();
  await populateNational(again, { seed: 7, subjects: 120, products: 240 });
  const first = (await all()).map((e) => e.eventId);
  const second: string[] = [];
  for await (const batch of again.readAll()) if (E.isRight(batch)) second.push(...batch.right.map((e) => e.eventId));
  assert.equal(second, first);
});

// The benchmarks keep their data set between runs; a file written by other code must never be measured.
test('a kept data set is generated once, reused by the same code, and named after the code that wrote it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ocop-kept-'));
  try {
    const options = { dir, seed: 7, products: 30, subjects: 15 };
    const first = await keptNationalDataset(options);
    assert.ok(first.generated !== undefined && first.generated.events > 0);
    assert.ok(first.path.endsWith(`national-7-30-15-${generatorVersion()}.sqlite`), first.path);
    assert.match(generatorVersion(), /^[0-9a-f]{12}$/);
    const again = await keptNationalDataset(options);
    assert.equal(again, { path: first.path });
    assert.equal(readdirSync(dir), [basename(first.path)], 'nothing else left behind');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
