// The erasure scenario every key store must pass: Tánh Linh's history written through a sealing store,
// then the fish-cake maker's representative erased.
import * as assert from 'uvu/assert';
import { either as E } from 'fp-ts';
import { instantOf, type Json } from '@ocop/kernel';
import { verifyStream, type EventStore, type RecordedEvent } from '@ocop/eventstore';
import { loadTanhLinh, representatives } from '@ocop/example-tanh-linh-2024';
import { createVault, exportPerson, mapPersonal, personsIn, sealingStore, sightOf, type KeyStore, type Vault } from '@ocop/privacy';
import { renderTrail, verify } from '@ocop/audit';
import { assertTrailExplains } from './decisions.js';
import { rebuiltReadModels } from './read-models.js';
import { allEvents, right } from './support.js';
import { tracesOf, valuesWrittenFor } from './traces.js';

export const ERASED_PERSON = representatives.chaCa.id;
/** The representative's household business, and the product whose decisions must still be explained. */
const SUBJECT = 'hkd-hai-yen';
const PRODUCT = 'cha-ca-that-lat';
export const MASTER_KEY = Buffer.alloc(32, 7);

export const assertChainsVerify = async (store: EventStore): Promise<number> => {
  const streams = new Map<string, RecordedEvent[]>();
  for (const e of await allEvents(store)) streams.set(e.stream, [...(streams.get(e.stream) ?? []), e]);
  for (const [stream, events] of streams) assert.ok(E.isRight(verifyStream(events)), `the chain of ${stream} is broken`);
  return streams.size;
};

const subjectRegistration = async (store: EventStore, subject: string): Promise<Json> => {
  const e = (await allEvents(store)).find((x) => x.stream === `Subject-${subject}` && x.type === 'SubjectRegistered');
  if (!e) throw new Error(`no registration of ${subject}`);
  return e.data;
};

/** The personal objects of `person` in `data`, as they are there. */
const personalOf = (person: string, data: Json): ReadonlyArray<Json> => {
  const found: Json[] = [];
  mapPersonal(data, (p) => {
    if (p.$personal === person) found.push(p);
    return p;
  });
  return found;
};

const inClear = (text: string, traces: ReadonlyArray<string>): ReadonlyArray<string> => traces.filter((trace) => text.includes(trace));

export interface ErasureRun {
  readonly vault: Vault;
  readonly store: EventStore;
  /** The erased person's wrapped key as it was stored, to look for its bytes afterwards. */
  readonly wrappedKey: Buffer;
  /** What the example wrote of the person, as it would show in clear bytes: none of it may be stored. */
  readonly traces: ReadonlyArray<string>;
}

/**
 * Writes the history through a sealing store, checks it, erases the person, checks it again: as the auditor
 * verifies and explains it, and as read models rebuilt from zero into the SQLite file `readModelPath` show it.
 */
export const runErasure = async (
  inner: EventStore,
  keys: KeyStore,
  readModelPath: string,
  beforeErasure: (wrappedKey: Buffer) => Promise<void> | void,
): Promise<ErasureRun> => {
  const written = await valuesWrittenFor(ERASED_PERSON);
  const traces = await tracesOf(ERASED_PERSON);
  assert.ok(traces.length > 0, 'the example writes personal data of the person');

  const vault = createVault({ keys, masterKey: MASTER_KEY, cacheMs: 0 });
  const store = sealingStore(inner, vault, () => instantOf(new Date()));
  const ledger = await loadTanhLinh(store);
  const streams = await assertChainsVerify(inner);
  assert.ok(streams > 30);

  const stored = (await allEvents(inner)).map((e) => e.data);
  assert.equal(inClear(JSON.stringify(stored), traces), [], 'stored in clear');
  const sealed = personalOf(ERASED_PERSON, stored);
  assert.is(sealed.length, written.length, 'every value written of the person is stored');
  for (const p of sealed) assert.ok(typeof p === 'object' && p !== null && 'sealed' in p && !('value' in p), 'a value is stored unsealed');

  // Before the erasure the person's export opens exactly what the example wrote: the traces are their data.
  const before = right(await exportPerson(inner, vault, ERASED_PERSON), 'no export');
  const opened = before.records.flatMap((r) => r.values).flatMap((v) => personalOf(ERASED_PERSON, v));
  const openedValues = opened.flatMap((p) =>
    typeof p === 'object' && p !== null && !Array.isArray(p) && 'value' in p ? [p['value']] : [],
  );
  assert.equal(openedValues.map((v) => JSON.stringify(v)).sort(), written.map((v) => JSON.stringify(v)).sort());
  assert.equal(inClear(JSON.stringify(before), traces), traces, 'the export before the erasure shows every trace');

  const key = await keys.get([ERASED_PERSON]);
  const kept = E.isRight(key) ? key.right.get(ERASED_PERSON) : undefined;
  if (kept?.status !== 'active') throw new Error('the person had no key');
  const wrappedKey = Buffer.from(kept.wrapped);
  await beforeErasure(wrappedKey);

  assert.equal(await vault.erase(ERASED_PERSON, instantOf(new Date('2026-11-29T05:00:00Z'))), E.right('erased'));

  // The history is whole: every chain verifies, and so does the auditor's whole verification — every event
  // decoded and folded, every sheet, result and decision recomputed under its rules — with no finding.
  assert.is(await assertChainsVerify(inner), streams);
  const report = right(await verify(inner), 'the store cannot be verified');
  assert.equal(report.findings, [], 'the verification after the erasure has findings');
  assert.ok(report.clean && report.summary.resultsRecomputed > 0 && report.summary.decisionsChecked > 0);
  const subject = await ledger.load.subject(SUBJECT);
  assert.ok(E.isRight(subject) && subject.right.status === 'registered');
  const certification = await ledger.load.certification(PRODUCT);
  assert.ok(E.isRight(certification) && certification.right.certificates.map((c) => c.status).join() === 'superseded,valid');

  // The person reads as erased; others still read.
  const after = right(await vault.unseal(await subjectRegistration(inner, SUBJECT), { sensitive: true }), 'cannot unseal');
  assert.equal(after.data, {
    ...(JSON.parse(JSON.stringify(await subjectRegistration(inner, SUBJECT))) as Record<string, Json>),
    representative: { $personal: ERASED_PERSON, erased: true },
    representativeFacts: { $personal: ERASED_PERSON, sensitive: true, erased: true },
  });
  const other = right(await vault.unseal(await subjectRegistration(inner, 'htx-gia-an'), { sensitive: true }), 'cannot unseal');
  assert.ok(JSON.stringify(other.data).includes(representatives.giaAn.fullName));

  // The right of access: an export of one person holds theirs only; the erased one exports as erased.
  const exported = right(await exportPerson(inner, vault, representatives.giaAn.id), 'no export');
  assert.ok(exported.status === 'active' && exported.records.length === 1);
  assert.equal([...personsIn(exported.records.flatMap((r) => r.values))], [representatives.giaAn.id]);
  assert.ok(JSON.stringify(exported).includes(representatives.giaAn.fullName));
  const erasedExport = right(await exportPerson(inner, vault, ERASED_PERSON), 'no export');
  assert.is(erasedExport.status, 'erased');
  assert.equal(inClear(JSON.stringify(erasedExport), traces), [], 'in the export after the erasure');

  // The auditor's trail of the product still explains every decision; nothing of the person is in it. (A
  // trail names signers, chairs and members, not a subject's representative: the person has no line there.)
  const explained = await assertTrailExplains(inner, vault, PRODUCT);
  for (const format of ['text', 'json'] as const)
    assert.equal(inClear(renderTrail(explained, format), traces), [], `in the trail as ${format}`);

  // Read models rebuilt from zero: any value of the person they hold reads as erased, and nothing of it is in
  // clear. (Today none copies a representative, only signers' and members' names, which still open.)
  const documents = await rebuiltReadModels(inner, readModelPath);
  const read = right(await vault.unseal(documents, sightOf('auditor')), 'cannot unseal the read models');
  for (const p of personalOf(ERASED_PERSON, read.data))
    assert.ok(typeof p === 'object' && p !== null && 'erased' in p && !('value' in p), 'a read model shows the person');
  assert.not.ok(read.revealed.includes(ERASED_PERSON));
  assert.ok(read.revealed.length > 0, "others' names in the read models still open");
  assert.equal(inClear(JSON.stringify(documents) + JSON.stringify(read.data), traces), [], 'in the read models');
  return { vault, store, wrappedKey, traces };
};
