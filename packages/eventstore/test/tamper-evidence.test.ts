import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { fail } from 'node:assert/strict';
import { either as E } from 'fp-ts';
import { canonicalJson, eventHash, ExpectedRevision, memoryStore, verifyStream, type RecordedEvent } from '../src/index.js';
import { events, right } from '../src/contract/index.js';

const stream = async (): Promise<ReadonlyArray<RecordedEvent>> => {
  const store = memoryStore();
  right(await store.append('Dossier-1', events(3), ExpectedRevision.noStream));
  right(await store.append('Dossier-1', events(3), ExpectedRevision.exact(2n)));
  return right(await store.readStream('Dossier-1'));
};

const breakOf = (es: ReadonlyArray<RecordedEvent>) => {
  const result = verifyStream(es);
  if (E.isRight(result)) return fail('the chain was expected to break');
  return result.left;
};

test('canonical JSON sorts keys at every depth, has no white space, writes bigints as decimal strings', () => {
  assert.is(
    canonicalJson({ b: 1, a: { d: [true, null], c: 'x' }, e: undefined, n: 12345678901234567890n }),
    '{"a":{"c":"x","d":[true,null]},"b":1,"n":"12345678901234567890"}',
  );
  assert.is(canonicalJson({ a: 1, b: 2 }), canonicalJson({ b: 2, a: 1 }));
  assert.is.not(canonicalJson('Gạo'.normalize('NFC')), canonicalJson('Gạo'.normalize('NFD')));
  assert.throws(() => canonicalJson(Number.NaN));
});

test('a clean stream verifies and reports its last hash', async () => {
  const es = await stream();
  assert.equal(verifyStream(es), E.right({ lastHash: es[5]?.hash }));
  assert.equal(verifyStream([]), E.right({ lastHash: null }));
});

test('a changed byte in the data is a hash mismatch at that event', async () => {
  const es = await stream();
  const tampered = es.map((e) => (e.revision === 3n ? { ...e, data: { ...(e.data as object), i: 99 } } : e));
  assert.equal(
    { ...breakOf(tampered), detail: '' },
    { _tag: 'ChainBreak', revision: 3n, eventId: es[3]?.eventId, reason: 'HashMismatch', detail: '' },
  );
});

test('an edited event whose hash was recomputed breaks the next link', async () => {
  const es = await stream();
  const edited = es.map((e) => {
    if (e.revision !== 2n) return e;
    const changed = { ...e, type: 'CertificateIssued' };
    return { ...changed, hash: eventHash(changed) };
  });
  const b = breakOf(edited);
  assert.is(b.reason, 'WrongPreviousHash');
  assert.is(b.revision, 3n);
});

test('a deleted event is a revision gap at the event after it', async () => {
  const es = await stream();
  const b = breakOf(es.filter((e) => e.revision !== 1n));
  assert.equal([b.reason, b.revision, b.eventId], ['RevisionGap', 2n, es[2]?.eventId]);
});

test('two swapped events break the order at the first of them', async () => {
  const es = await stream();
  const [e0, e1, e2, ...rest] = es;
  if (!e0 || !e1 || !e2) return fail();
  assert.is(breakOf([e0, e2, e1, ...rest]).reason, 'RevisionGap');
  const renumbered = [e0, { ...e2, revision: 1n }, { ...e1, revision: 2n }, ...rest];
  const b = breakOf(renumbered);
  assert.equal([b.reason, b.revision, b.eventId], ['WrongPreviousHash', 1n, e2.eventId]);
});

test('a repeated revision is named as such', async () => {
  const es = await stream();
  const [e0, e1] = es;
  if (!e0 || !e1) return fail();
  assert.is(breakOf([e0, e1, e1]).reason, 'DuplicateRevision');
  assert.is(breakOf([e1]).reason, 'RevisionGap');
  assert.is(breakOf([e0, { ...e0, revision: 0n }]).reason, 'DuplicateRevision');
});

test('the first event must start the chain from null', async () => {
  const es = await stream();
  const [e0, ...rest] = es;
  if (!e0) return fail();
  const b = breakOf([{ ...e0, previousHash: 'f'.repeat(64) }, ...rest]);
  assert.equal([b.reason, b.revision], ['WrongPreviousHash', 0n]);
});

test.run();
