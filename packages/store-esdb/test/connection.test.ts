// What a connection string can ask for, against stand-ins configured like the servers it would reach:
// TLS with a CA file and credentials, a cluster found by gossip, an older server without BatchAppend.
import { deepEqual, equal, ok } from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import { ExpectedRevision } from '@ocop/eventstore';
import { event, events, left, readAllEvents, right } from '@ocop/eventstore/contract';
import { openEsdbStore } from '../src/index.js';
import { startStandIn, type StandIn } from './standin/server.js';
import { freshNamespace, openStore } from './target.js';

console.log('store-esdb connection: running against stand-ins (what they check needs a server configured for it)');

const standInTarget = (standIn: StandIn, connectionString = standIn.connectionString) => ({
  name: 'a stand-in',
  connectionString,
  standIn,
  close: standIn.stop,
});

/** A port nobody listens on. */
const deadPort = (): Promise<number> =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 1));
    });
  });

/** A CA and a certificate for localhost signed by it, made with openssl in `dir`. */
const certificates = (dir: string) => {
  const run = (...args: string[]): void => void execFileSync('openssl', args, { cwd: dir, stdio: 'ignore' });
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  run('req', '-x509', ...ec, '-keyout', 'ca.key', '-out', 'ca.crt', '-days', '1', '-subj', '/CN=ocop test CA');
  run('req', ...ec, '-keyout', 'node.key', '-out', 'node.csr', '-subj', '/CN=localhost');
  writeFileSync(join(dir, 'san.ext'), 'subjectAltName=DNS:localhost,IP:127.0.0.1\n');
  run(
    'x509',
    '-req',
    '-in',
    'node.csr',
    '-CA',
    'ca.crt',
    '-CAkey',
    'ca.key',
    '-CAcreateserial',
    '-out',
    'node.crt',
    '-days',
    '1',
    '-extfile',
    'san.ext',
  );
  return { key: readFileSync(join(dir, 'node.key')), cert: readFileSync(join(dir, 'node.crt')), ca: join(dir, 'ca.crt') };
};

const hasOpenssl = ((): boolean => {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

const whenOpenssl = (name: string, body: () => Promise<void>): void =>
  hasOpenssl ? test(name, body) : test.skip(`${name} (needs openssl)`, () => undefined);

whenOpenssl('TLS with tlsCAFile and credentials in the connection string; wrong credentials are StoreUnavailable', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ocop-esdb-tls-'));
  try {
    const { key, cert, ca } = certificates(dir);
    const credentials = { username: 'admin', password: 'changeit' };
    const standIn = await startStandIn({ tls: { key, cert }, credentials });
    const connectionString = `${standIn.connectionString}&tlsCAFile=${ca}`;
    ok(connectionString.startsWith('esdb://admin:changeit@localhost:'), connectionString);
    const store = await openStore(standInTarget(standIn, connectionString));
    right(await store.append('Test-a', events(2), ExpectedRevision.noStream));
    equal((await readAllEvents(store)).length, 2);
    await store.close();
    const refused = left(await openEsdbStore({ connectionString: connectionString.replace('changeit', 'wrong') }));
    equal(refused._tag, 'StoreUnavailable');
    const untrusted = left(await openEsdbStore({ connectionString: standIn.connectionString }));
    equal(untrusted._tag, 'StoreUnavailable', 'a server certificate no CA vouches for');
    await standIn.stop();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a cluster connection string finds the leader by gossip, past a node that does not answer', async () => {
  const standIn = await startStandIn();
  const dead = await deadPort();
  for (const connectionString of [
    `esdb://127.0.0.1:${dead},127.0.0.1:${standIn.port}?tls=false&discoveryInterval=10`,
    `esdb+discover://127.0.0.1:${standIn.port}?tls=false`,
  ]) {
    const store = await openStore(standInTarget(standIn, connectionString));
    right(await store.append('Test-a', [event()], ExpectedRevision.noStream));
    equal((await readAllEvents(store)).length, 1, connectionString);
    await store.close();
  }
  await standIn.stop();
});

test('a server without BatchAppend is written to with Append: same answers, conflicts and deduplication', async () => {
  const standIn = await startStandIn({ batchAppend: false });
  const namespace = freshNamespace();
  const store = await openStore(standInTarget(standIn), { namespace });
  right(await store.append('Test-a', events(2), ExpectedRevision.noStream));
  deepEqual(left(await store.append('Test-a', [event()], ExpectedRevision.noStream)), {
    _tag: 'WrongExpectedRevision',
    stream: 'Test-a',
    expected: ExpectedRevision.noStream,
    actual: 1n,
  });
  standIn.loseNextReply();
  right(await store.append('Test-a', events(2), ExpectedRevision.exact(1n)));
  equal((await readAllEvents(store)).length, 4);
  ok(standIn.received.appends.length > 0 && standIn.received.appends.every((a) => a.via === 'append'));
  await store.close();
  await standIn.stop();
});

test("an append above the server's MaxAppendSize is refused as InvalidEvent, and nothing is written", async () => {
  const standIn = await startStandIn();
  const store = await openStore(standInTarget(standIn));
  const big = event({ text: 'Đặc sản vùng miền, '.repeat(50_000) });
  const error = left(await store.append('Test-big', [big], ExpectedRevision.noStream));
  ok(error._tag === 'InvalidEvent' && error.reason.includes('1048576'), JSON.stringify(error));
  equal((await readAllEvents(store)).length, 0);
  right(
    await store.append('Test-big', [event({ text: 'small' }, { eventId: big.eventId })], ExpectedRevision.noStream),
    'its id is free again',
  );
  await store.close();
  await standIn.stop();
});

test.run();
