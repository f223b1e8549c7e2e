// The erasure scenario every key store must pass: Tánh Linh's history written through a sealing store,
// then the fish-cake maker's representative erased.
import * as assert from 'uvu/assert';
import { either as E } from 'fp-ts';
import { instantOf, type Json } from '@ocop/kernel';
import { verifyStream, type EventStore, type RecordedEvent } from '@ocop/eventstore';
import { loadTanhLinh } from '@ocop/example-tanh-linh-2024';
import { createVault, exportPerson, sealingStore, type KeyStore, type Vault } from '../src/index.js';

export const ERASED_PERSON = 'rep-cha-ca';
export const MASTER_KEY = Buffer.alloc(32, 7);
/** What the history held of that person in clear before it was sealed: none of it may be stored. */
export const CLEAR_VALUES = ['Phan Thị Hải Yến', '0900000005'];

export const allEvents = async (store: EventStore): Promise<RecordedEvent[]> => {
  const events: RecordedEvent[] = [];
  for await (const batch of store.readAll()) {
    if (E.isLeft(batch)) throw new Error(JSON.stringify(batch.left));
    events.push(...batch.right);
  }
  return events;
};

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

export interface ErasureRun {
  readonly vault: Vault;
  readonly store: EventStore;
  /** The erased person's wrapped key as it was stored, to look for its bytes afterwards. */
  readonly wrappedKey: Buffer;
}

/** Writes the history through a sealing store, checks it, erases the person, checks it again. */
export const runErasure = async (
  inner: EventStore,
  keys: KeyStore,
  beforeErasure: (wrappedKey: Buffer) => Promise<void> | void,
): Promise<ErasureRun> => {
  const vault = createVault({ keys, masterKey: MASTER_KEY, cacheMs: 0 });
  const store = sealingStore(inner, vault, () => instantOf(new Date()));
  const ledger = await loadTanhLinh(store);
  const streams = await assertChainsVerify(inner);
  assert.ok(streams > 30);

  const stored = JSON.stringify((await allEvents(inner)).map((e) => e.data));
  for (const clear of CLEAR_VALUES) assert.not.ok(stored.includes(clear), `"${clear}" is stored in clear`);

  const before = await vault.unseal(await subjectRegistration(inner, 'hkd-hai-yen'), { sensitive: true });
  assert.ok(E.isRight(before) && JSON.stringify(before.right.data).includes('Phan Thị Hải Yến'));

  const key = await keys.get([ERASED_PERSON]);
  const kept = E.isRight(key) ? key.right.get(ERASED_PERSON) : undefined;
  if (kept?.status !== 'active') throw new Error('the person had no key');
  const wrappedKey = Buffer.from(kept.wrapped);
  await beforeErasure(wrappedKey);

  assert.equal(await vault.erase(ERASED_PERSON, instantOf(new Date('2026-11-29T05:00:00Z'))), E.right('erased'));

  // The history is whole: every chain verifies, every aggregate still folds, the certificates stand.
  assert.is(await assertChainsVerify(inner), streams);
  const subject = await ledger.load.subject('hkd-hai-yen');
  assert.ok(E.isRight(subject) && subject.right.status === 'registered');
  const certification = await ledger.load.certification('cha-ca-that-lat');
  assert.ok(E.isRight(certification) && certification.right.certificates.map((c) => c.status).join() === 'superseded,valid');

  // The person reads as erased; others still read.
  const after = await vault.unseal(await subjectRegistration(inner, 'hkd-hai-yen'), { sensitive: true });
  assert.ok(E.isRight(after));
  if (E.isRight(after))
    assert.equal(after.right.data, {
      ...(JSON.parse(JSON.stringify(await subjectRegistration(inner, 'hkd-hai-yen'))) as Record<string, Json>),
      representative: { $personal: ERASED_PERSON, erased: true },
      representativeFacts: { $personal: ERASED_PERSON, sensitive: true, erased: true },
    });
  const other = await vault.unseal(await subjectRegistration(inner, 'htx-gia-an'), { sensitive: true });
  assert.ok(E.isRight(other) && JSON.stringify(other.right.data).includes('K’Brơi Thị Sen'));

  // The right of access: an export of one person holds theirs only; the erased one exports as erased.
  const exported = await exportPerson(inner, vault, 'rep-gia-an');
  assert.ok(E.isRight(exported) && exported.right.status === 'active' && exported.right.records.length === 1);
  assert.ok(
    E.isRight(exported) && JSON.stringify(exported.right).includes('K’Brơi Thị Sen') && !JSON.stringify(exported.right).includes('Hải Yến'),
  );
  const erasedExport = await exportPerson(inner, vault, ERASED_PERSON);
  assert.ok(E.isRight(erasedExport) && erasedExport.right.status === 'erased' && !JSON.stringify(erasedExport.right).includes('Hải Yến'));
  return { vault, store, wrappedKey };
};
