// Personal data over HTTP: sealed in the store, opened for the roles that may see it, sensitive facts of
// criterion 3.2 withheld from the others, each reveal recorded with its request id; a person's export; an
// erasure that reads as "erased" (never an error), then a master-key rotation.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { either as E } from 'fp-ts';
import { accessStream } from '@ocop/privacy';
import { accounts } from './support/accounts.js';
import { at, client, startTestHost, type TestHost } from './support/host.js';

let host: TestHost;
test.before(async () => {
  host = await startTestHost('sqlite');
});
test.after(async () => {
  await host.dispose();
});

test('the store holds only ciphertext; readers see what their role may, and each reveal is recorded', async () => {
  const raw = await host.store.readStream('Subject-hkd-hai-yen');
  assert.ok(E.isRight(raw));
  const stored = JSON.stringify(raw.right.map((e) => e.data));
  assert.not.match(stored, /Phan Thị Hải Yến/);
  assert.match(stored, /"sealed"/);

  const office = client(host, await host.token(accounts.office));
  const seen = await office.get('/api/subjects/hkd-hai-yen', { 'x-request-id': 'req-office-reads-subject' });
  assert.is(seen.status, 200, seen.text);
  assert.is(at(seen.body, 'representative', 'value', 'fullName'), 'Phan Thị Hải Yến');
  assert.is(at(seen.body, 'representativeFacts', 'value', 'woman'), true, 'the office scores criterion 3.2: it sees the facts');

  const commune = client(host, await host.token(accounts.commune));
  const communeSees = await commune.get('/api/subjects/hkd-hai-yen');
  assert.is(at(communeSees.body, 'representative', 'value', 'fullName'), 'Phan Thị Hải Yến');
  assert.is(at(communeSees.body, 'representativeFacts', 'withheld'), true, 'the commune has no need to know');
  assert.is(at(communeSees.body, 'representativeFacts', 'value'), undefined);

  const accesses = await host.store.readStream(accessStream('rep-cha-ca'));
  assert.ok(E.isRight(accesses));
  const mine = accesses.right.filter((e) => e.metadata.correlationId === 'req-office-reads-subject');
  assert.is(mine.length, 1);
  assert.is(at(mine[0]?.data, 'reader', 'role'), 'provincialOffice');
  assert.is(at(mine[0]?.data, 'purpose'), 'getSubject');
});

test('a person exports their data; the administrator erases them; they read as erased; the master key rotates', async () => {
  const subject = client(host, await host.token({ ...accounts.otherSubject, person: 'rep-cha-ca' as never }));
  const exported = await subject.get('/api/persons/rep-cha-ca/export');
  assert.is(exported.status, 200, exported.text);
  assert.is(at(exported.body, 'status'), 'active');
  assert.match(JSON.stringify(exported.body), /Phan Thị Hải Yến/);
  assert.is((await subject.get('/api/persons/rep-gia-an/export')).status, 403, 'not another person’s');

  const admin = client(host, await host.token(accounts.admin));
  const erased = await admin.post('/api/persons/rep-cha-ca/erasure');
  assert.is(erased.status, 200, erased.text);
  assert.is(at(erased.body, 'result'), 'erased');
  assert.match(String(at(erased.body, 'next')), /rotate the master key/, 'the answer says the erasure needs a rotation to be complete');
  assert.is(at((await admin.post('/api/persons/rep-cha-ca/erasure')).body, 'result'), 'alreadyErased');

  const office = client(host, await host.token(accounts.office));
  const after = await office.get('/api/subjects/hkd-hai-yen');
  assert.is(after.status, 200, after.text);
  assert.is(at(after.body, 'representative', 'erased'), true);
  assert.is(at(after.body, 'representative', '$personal'), 'rep-cha-ca');
  assert.is(at((await admin.get('/api/persons/rep-cha-ca/export')).body, 'status'), 'erased');

  // A new representative under the erased person's id is refused: their data is not stored again.
  const own = client(host, await host.token(accounts.otherSubject));
  const current = await own.get('/api/subjects/hkd-hai-yen');
  const again = await own.post(
    '/api/subjects/hkd-hai-yen/commands/ChangeRepresentative',
    {
      representative: { $personal: 'rep-cha-ca', value: { fullName: 'Phan Thị Hải Yến' } },
      representativeFacts: { $personal: 'rep-cha-ca', sensitive: true, value: { woman: true, ethnicMinority: false, disability: false } },
    },
    { 'if-match': current.headers.get('etag') ?? '' },
  );
  assert.is(again.status, 409, again.text);

  const rotated = await admin.post('/api/admin/master-key/rotation');
  assert.is(rotated.status, 200, rotated.text);
  assert.ok(Number(at(rotated.body, 'rewrapped')) > 10);
  const stillOpen = await office.get('/api/councils/hd-lam-dong-2026');
  assert.is(at(stillOpen.body, 'chair'), 'ld-chair');
  assert.match(JSON.stringify(stillOpen.body), /Vũ Đức Thịnh/, 'other persons still open under the new master key');

  // The trail of the product shows the erased signer's decisions whole.
  const verified = await client(host, await host.token(accounts.auditor)).get('/api/products/cha-ca-that-lat/trail?format=text');
  assert.is(verified.status, 200);
});

test('health is open; readiness says the store answers and the read models caught up', async () => {
  const anyone = client(host);
  assert.is((await anyone.get('/healthz')).status, 200);
  const ready = await anyone.get('/readyz');
  assert.is(ready.status, 200, ready.text);
  assert.equal(ready.body, { status: 'ready', store: true, projections: true });
  assert.is((await anyone.get('/openapi.json')).status, 401);
});

test.run();
