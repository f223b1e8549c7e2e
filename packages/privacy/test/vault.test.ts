import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { either as E } from 'fp-ts';
import { instant, type Json } from '@ocop/kernel';
import { createVault, memoryKeyStore, newKey, rotateMasterKey, sightOf, unwrapKey } from '../src/index.js';

const at = instant('2026-11-29T05:00:00.000Z');
const event = (): Json => ({
  subjectId: 'htx-1',
  representative: { $personal: 'rep-1', value: { fullName: 'Nguyễn Thị Lan', phone: '0912345678' } },
  representativeFacts: { $personal: 'rep-1', sensitive: true, value: { woman: true, ethnicMinority: false, disability: false } },
  members: [{ person: 'm-1', name: { $personal: 'm-1', value: { fullName: 'Trần Văn An' } } }],
});
const ref = { stream: 'Subject-htx-1', eventId: '00000000-0000-4000-8000-000000000001' };

const right = <A>(e: E.Either<unknown, A>): A => {
  if (E.isLeft(e)) throw new Error(JSON.stringify(e.left));
  return e.right;
};

test('sealing leaves no clear personal value in the stored data, and unsealing gives it back', async () => {
  const vault = createVault({ keys: memoryKeyStore(), masterKey: newKey() });
  const sealed = right(await vault.seal(ref, event(), at));
  const text = JSON.stringify(sealed);
  for (const clear of ['Nguyễn Thị Lan', '0912345678', 'Trần Văn An', '"woman"']) assert.not.ok(text.includes(clear), clear);
  assert.ok(text.includes('"$personal":"rep-1"') && text.includes('"sensitive":true') && text.includes('"subjectId":"htx-1"'));
  const opened = right(await vault.unseal(sealed, { sensitive: true }));
  assert.equal(opened.data, event());
  assert.equal([...opened.revealed].sort(), ['m-1', 'rep-1']);
});

// Need-to-know: readers without it see that the sensitive value exists, not what it is.
test('a reader without need-to-know sees sensitive values withheld, the others in clear', async () => {
  const vault = createVault({ keys: memoryKeyStore(), masterKey: newKey() });
  const sealed = right(await vault.seal(ref, event(), at));
  const opened = right(await vault.unseal(sealed, sightOf('recognisingAuthority')));
  assert.equal(opened.data, { ...(event() as object), representativeFacts: { $personal: 'rep-1', sensitive: true, withheld: true } });
  assert.equal(sightOf('councilMember'), { sensitive: true });
  assert.equal(sightOf('administrator'), { sensitive: false });
});

test('after erasure the person reads as erased everywhere, and their data is not stored again under that id', async () => {
  const vault = createVault({ keys: memoryKeyStore(), masterKey: newKey() });
  const sealed = right(await vault.seal(ref, event(), at));
  assert.is(right(await vault.erase('rep-1', at)), 'erased');
  assert.is(right(await vault.erase('rep-1', at)), 'alreadyErased');
  const opened = right(await vault.unseal(sealed, { sensitive: true }));
  assert.equal(opened.data, {
    ...(event() as object),
    representative: { $personal: 'rep-1', erased: true },
    representativeFacts: { $personal: 'rep-1', sensitive: true, erased: true },
  });
  assert.equal(opened.revealed, ['m-1']);
  const again = await vault.seal(ref, event(), at);
  assert.ok(E.isLeft(again) && again.left._tag === 'PersonErased' && again.left.person === 'rep-1');
});

test('a value sealed for one person does not open with another person’s key', async () => {
  const vault = createVault({ keys: memoryKeyStore(), masterKey: newKey() });
  const sealed = right(await vault.seal(ref, event(), at));
  const swapped = JSON.parse(JSON.stringify(sealed).replace('"$personal":"m-1"', '"$personal":"rep-1"')) as Json;
  const opened = right(await vault.unseal(swapped, { sensitive: true }));
  assert.ok(JSON.stringify(opened.data).includes('"members":[{"person":"m-1","name":{"$personal":"rep-1","erased":true}}]'));
});

test('rotating the master key re-wraps every key: the new master opens them, the old one no longer does', async () => {
  const keys = memoryKeyStore();
  const oldMaster = newKey();
  const vault = createVault({ keys, masterKey: oldMaster });
  const sealed = right(await vault.seal(ref, event(), at));
  const newMaster = newKey();
  assert.is(right(await rotateMasterKey(keys, oldMaster, newMaster)), 2);
  const state = right(await keys.get(['rep-1'])).get('rep-1');
  assert.ok(state?.status === 'active' && E.isLeft(unwrapKey(oldMaster, 'rep-1', state.wrapped)));
  const reopened = right(await createVault({ keys, masterKey: newMaster }).unseal(sealed, { sensitive: true }));
  assert.equal(reopened.data, event());
});

test('a master key must be 32 bytes', () => {
  assert.throws(() => createVault({ keys: memoryKeyStore(), masterKey: Buffer.alloc(16) }), /32 bytes/);
});

test.run();
